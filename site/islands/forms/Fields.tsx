import type { ReactNode } from 'react'

type Shell = {
  id: string
  label: string
  hint?: string
  error?: string
  /** Shown after the label, e.g. "(optional)"; required fields carry no mark. */
  optional?: string
}

/** The ids an input points at with aria-describedby: its hint, then its error. */
export const describedBy = ({ id, hint, error }: Pick<Shell, 'id' | 'hint' | 'error'>) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined

/** The error text under a field, tied to it by id. */
export const FieldError = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <p id={`${id}-error`} className="form-error">
      {error}
    </p>
  ) : null

/** Label, hint and error around one control, which gets the matching aria attributes. */
function FieldShell(props: Shell & { children: ReactNode; wide?: boolean }) {
  const { id, label, hint, error, optional, wide, children } = props
  return (
    <div className={`form-field${wide ? ' form-field-wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="form-optional"> ({optional})</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  )
}

type Control = Shell & {
  name: string
  value: string
  onChange: (value: string) => void
  autoComplete?: string
  wide?: boolean
}

const aria = (props: Shell) => ({
  'aria-invalid': props.error ? true : undefined,
  'aria-describedby': describedBy(props),
  'aria-required': props.optional ? undefined : true,
})

export function TextField(
  props: Control & { type?: 'text' | 'email' | 'url'; maxLength?: number },
) {
  const { id, name, value, onChange, type = 'text', autoComplete, maxLength } = props
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        maxLength={maxLength}
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
        {...aria(props)}
      />
    </FieldShell>
  )
}

export function TextArea(props: Control & { rows?: number; maxLength?: number }) {
  const { id, name, value, onChange, rows = 6, maxLength } = props
  return (
    <FieldShell {...props} wide>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        {...aria(props)}
      />
    </FieldShell>
  )
}

type SelectOption = { value: string; label: string }

/** A native select: keyboard, screen readers and phones' pickers handle it as they know. */
export function SelectField(
  props: Control & {
    options?: SelectOption[]
    /** Options in labelled <optgroup>s, after `options`; an empty group is left out. */
    groups?: { label: string; options: SelectOption[] }[]
    placeholder: string
  },
) {
  const { id, name, value, onChange, options = [], groups = [], placeholder, autoComplete } = props
  const list = (items: SelectOption[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ))
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={name}
        value={value}
        autoComplete={autoComplete}
        onChange={(event) => onChange(event.target.value)}
        {...aria(props)}
      >
        <option value="">{placeholder}</option>
        {list(options)}
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {list(group.options)}
            </optgroup>
          ))}
      </select>
    </FieldShell>
  )
}

/**
 * The required consent checkbox at the end of a form, with its error above it and, where the
 * site has one, the link to the privacy notice below.
 */
export function ConsentField(props: {
  id: string
  label: string
  checked: boolean
  error?: string
  onChange: (checked: boolean) => void
  privacy?: { url: string; label: string }
}) {
  const { id, error, privacy } = props
  return (
    <div className={`form-field form-field-wide form-consent${error ? ' has-error' : ''}`}>
      <FieldError id={id} error={error} />
      <div className="form-check">
        <input
          id={id}
          type="checkbox"
          name="consent"
          checked={props.checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          aria-required
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label htmlFor={id}>{props.label}</label>
      </div>
      {privacy && (
        <p className="form-hint">
          <a href={privacy.url}>{privacy.label}</a>
        </p>
      )}
    </div>
  )
}
