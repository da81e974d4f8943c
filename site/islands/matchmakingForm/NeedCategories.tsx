import { GroupedCheckboxes } from '../forms/Choices'
import { describedBy, FieldError } from '../forms/Fields'
import { maxCategories } from './needs'

type Option = { value: string; label: string }

type Props = {
  id: string
  error?: string
  chosen: string[]
  /** The catalogue's categories under their top-level category. */
  groups: { label: string; options: Option[] }[]
  text: (key: string, vars?: Record<string, string | number>) => string
  onChange: (chosen: string[]) => void
}

/**
 * An offer's or request's categories, folded away under a summary that counts them (the list
 * is long); once the maximum is ticked, the others are disabled.
 */
export default function NeedCategories({ id, error, chosen, groups, text, onChange }: Props) {
  const hint = text('matchmakingForm.need.categories.hint')
  return (
    <details className="form-field form-field-wide need-categories">
      <summary>
        {text('matchmakingForm.need.categories')}{' '}
        <span className="form-optional">
          ({text('matchmakingForm.need.chosen', { count: chosen.length })})
        </span>
      </summary>
      <fieldset className="form-choices" aria-describedby={describedBy({ id, error, hint })}>
        <legend className="visually-hidden">{text('matchmakingForm.need.categories')}</legend>
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
        <FieldError id={id} error={error} />
        <GroupedCheckboxes
          id={id}
          groups={groups}
          chosen={chosen}
          invalid={Boolean(error)}
          full={chosen.length >= maxCategories}
          onChange={onChange}
        />
      </fieldset>
    </details>
  )
}
