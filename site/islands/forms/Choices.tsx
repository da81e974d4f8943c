import type { ReactNode } from 'react'

import { describedBy, FieldError } from './Fields'

type Option = { value: string; label: string }

/**
 * A group of checkboxes as one field: its legend (with "(optional)"), hint and error, tied to
 * the fieldset by aria-describedby.
 */
export function ChoiceFieldset(props: {
  id: string
  legend: string
  optional?: string
  hint?: string
  error?: string
  className?: string
  children: ReactNode
}) {
  const { id, hint, error } = props
  return (
    <fieldset
      className={`form-field form-field-wide ${props.className ?? 'form-choices'}${error ? ' has-error' : ''}`}
      aria-describedby={describedBy(props)}
    >
      <legend>
        {props.legend}
        {props.optional && <span className="form-optional"> ({props.optional})</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {props.children}
    </fieldset>
  )
}

type ListProps = {
  /** Each checkbox's id is `<id>-<value>`. */
  id: string
  name?: string
  options: Option[]
  chosen: readonly string[]
  invalid?: boolean
  /** No more may be ticked (a limit reached): the unticked ones are disabled. */
  full?: boolean
  onChange: (chosen: string[]) => void
}

/** Checkboxes in a list, each with its label; `onChange` gets the new choice, in ticking order. */
export function CheckboxList({ id, name, options, chosen, invalid, full, onChange }: ListProps) {
  return (
    <ul>
      {options.map((option) => {
        const on = chosen.includes(option.value)
        return (
          <li key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              name={name}
              value={option.value}
              checked={on}
              disabled={full && !on ? true : undefined}
              aria-invalid={invalid ? true : undefined}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...chosen, option.value]
                    : chosen.filter((v) => v !== option.value),
                )
              }
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </li>
        )
      })}
    </ul>
  )
}

/** Checkboxes under group headings (the catalogue's top-level categories), each group named. */
export function GroupedCheckboxes(
  props: Omit<ListProps, 'options'> & { groups: { label: string; options: Option[] }[] },
) {
  const { groups, ...list } = props
  return groups.map((group, g) => (
    <div key={group.label} role="group" aria-labelledby={`${props.id}-group-${g}`}>
      <p id={`${props.id}-group-${g}`} className="form-choices-group">
        {group.label}
      </p>
      <CheckboxList {...list} options={group.options} />
    </div>
  ))
}
