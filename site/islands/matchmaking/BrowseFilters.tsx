import { type FormEvent, useId, useMemo } from 'react'

import { countryOptions } from '../forms/countries'
import type { Shared } from './shared'

export type Filters = { q: string; country: string; kind: string; category: string; has: string }
export const noFilters: Filters = { q: '', country: '', kind: '', category: '', has: '' }

type Option = { value: string; label: string }

type Props = Pick<Shared, 'say' | 'locale' | 'kinds' | 'categories'> & {
  /** What the visitor has chosen so far; applied only on submit. */
  draft: Filters
  onDraft: (change: Partial<Filters>) => void
  onApply: () => void
  onReset: () => void
}

/** The filters above the list of participants: a keyword and four selects, applied together. */
export default function BrowseFilters(props: Props) {
  const { say, locale, draft } = props
  const id = useId()
  const countries = useMemo(() => countryOptions(locale, []).others, [locale])

  // A select whose first choice ("any …", value '') leaves that filter out.
  const select = (name: Exclude<keyof Filters, 'q'>, any: string, options: Option[]) => (
    <div className="form-field">
      <label htmlFor={`${id}-${name}`}>{say(`filters.${name}`)}</label>
      <select
        id={`${id}-${name}`}
        name={name}
        value={draft[name]}
        onChange={(e) => props.onDraft({ [name]: e.target.value })}
      >
        <option value="">{say(any)}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )

  function submit(e: FormEvent) {
    e.preventDefault()
    props.onApply()
  }

  return (
    <form
      className="public-form mm-filters"
      onSubmit={submit}
      role="search"
      aria-label={say('filters.heading')}
    >
      <div className="form-field mm-filter-q">
        <label htmlFor={`${id}-q`}>{say('filters.q')}</label>
        <input
          type="search"
          id={`${id}-q`}
          name="q"
          value={draft.q}
          onChange={(e) => props.onDraft({ q: e.target.value })}
        />
      </div>
      {select('country', 'filters.anyCountry', countries)}
      {select(
        'kind',
        'filters.anyKind',
        Object.entries(props.kinds).map(([value, label]) => ({ value, label })),
      )}
      {select(
        'category',
        'filters.anyCategory',
        props.categories.map((c) => ({ value: c.slug, label: c.name })),
      )}
      {select('has', 'filters.hasAny', [
        { value: 'offer', label: say('filters.hasOffer') },
        { value: 'request', label: say('filters.hasRequest') },
      ])}
      <div className="mm-filter-actions">
        <button type="submit" className="button">
          {say('filters.apply')}
        </button>
        <button type="button" className="button button-secondary" onClick={props.onReset}>
          {say('filters.reset')}
        </button>
      </div>
    </form>
  )
}
