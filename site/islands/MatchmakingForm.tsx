import { type ReactNode, useEffect, useMemo, useRef } from 'react'

import { languages } from '@shared/options'
import { countryOptions, likelyCountries } from './forms/countries'
import FormFrame from './forms/FormFrame'
import { describedBy, FieldError, SelectField, TextArea, TextField } from './forms/Fields'
import { type FormLabels, say } from './forms/labels'
import { type Rows, usePublicForm } from './forms/usePublicForm'

type Option = { value: string; label: string }

type Props = {
  locale: string
  /** The CMS's public URL (env CMS_URL at build time); the endpoint is under its /api. */
  cmsUrl: string
  /** The event's slug: what the registration is for. */
  event: string
  /** The event's matchmaking sessions: id, and name with its time as the page shows it. */
  sessions: Option[]
  /** The kinds of organisation, named in the page's language. */
  kinds: Option[]
  /** The catalogue's categories by slug, under their top-level category, in the page's language. */
  categories: { label: string; options: Option[] }[]
  /** The cluster's home country and main export markets, suggested first (site/lib/markets.ts). */
  markets: string[]
  /** Address of the privacy notice in the page's language. */
  privacyUrl?: string
  /** `matchmakingForm.*` and the shared `form.*` strings of the page's language. */
  labels: FormLabels
  /** The no-JavaScript notice with the cluster's contact, from the page. */
  children?: ReactNode
}

/** How many categories one offer or request may have (cms/collections/Participants.ts). */
const maxCategories = 5
/** How many offers, and requests, a participant may list. */
const maxNeeds = 10

type ListName = 'offers' | 'requests'
type NeedRow = { key: string; title: string; description: string; categories: string[] }

let rowCount = 0
/** An empty offer or request; `key` keeps React's rows apart and is not sent. */
const blankRow = (): NeedRow => ({
  key: `row${++rowCount}`,
  title: '',
  description: '',
  categories: [],
})
const isBlank = (row: NeedRow) =>
  !row.title.trim() && !row.description.trim() && row.categories.length === 0

const fields = [
  'name',
  'email',
  'organisation',
  'organisationKind',
  'country',
  'role',
  'languages',
  'timeZone',
  'attends',
  'profile',
  'offers',
  'requests',
  'consent',
] as const

/** The IANA zone the browser runs in: the default of the time zone select. */
const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

/**
 * Registration for an event's B2B matchmaking: who, which organisation, what it offers and
 * seeks. Posts to /api/matchmaking/register with the same rules the server checks
 * (cms/shared/matchmakingSchema.ts); the server mails a link to confirm the address.
 */
export default function MatchmakingForm(props: Props) {
  const { locale, labels, event, sessions } = props
  const text = (key: string, vars?: Record<string, string | number>) =>
    say(locale, labels, key, vars)
  // Rows left wholly empty (the first offer and request are there to be filled) are not sent.
  const needs = (rows: Rows) =>
    (rows as NeedRow[])
      .filter((row) => !isBlank(row))
      .map(({ title, description, categories }) => ({ title, description, categories }))
  const initial = {
    name: '',
    email: '',
    organisation: '',
    organisationKind: '',
    country: '',
    role: '',
    languages: [] as string[],
    timeZone: '',
    attends: sessions.map((s) => s.value),
    profile: '',
    offers: [blankRow()] as Rows,
    requests: [blankRow()] as Rows,
    consent: false,
  }
  const form = usePublicForm({
    fields: [...fields],
    initial,
    schema: () => import('@shared/matchmakingSchema').then((m) => m.registrationSchema),
    labelPrefix: 'matchmakingForm',
    body: (v) => {
      // Blank rows are left out, so errors name a row by its place among those sent (sentIndex).
      const { offers: o, requests: r, timeZone, ...rest } = v
      return {
        ...rest,
        timeZone: timeZone || browserZone(),
        offers: needs(o),
        requests: needs(r),
        event,
        locale,
      }
    },
    url: `${props.cmsUrl}/api/matchmaking/register`,
    locale,
    labels,
  })
  const { markets } = props
  // Built once mounted: navigator.languages, the browser's zone and its list of zones exist
  // only in the browser, and the server's HTML (the no-JavaScript fallback) has no select.
  const countries = useMemo(
    () =>
      form.mounted
        ? countryOptions(
            locale,
            likelyCountries({ locale, languages: navigator.languages ?? [], markets }),
          )
        : { likely: [], others: [] },
    [form.mounted, locale, markets],
  )
  const zones = useMemo(() => {
    if (!form.mounted) return { list: [] as Option[], own: 'UTC' }
    // The device's zone is the first choice (value ''), so it is not listed again below.
    const own = browserZone()
    const list = Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone !== own)
      .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))
    return { list, own }
  }, [form.mounted])
  const languageOptions = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'language' })
    // Capitalised as list items ("Deutsch", "Български"), as the site names languages.
    const capital = (name: string) => name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
    return languages.map((code) => ({ value: code, label: capital(names.of(code) ?? code) }))
  }, [locale])

  // Adding or removing a row moves the focus (to the new row's title, or to the row that took
  // the removed one's place), once the rows are drawn.
  const focusNext = useRef<string | null>(null)
  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = null
  })

  const id = form.id
  const rowsOf = (list: ListName) => form.values[list] as NeedRow[]
  const rowId = (list: ListName, i: number, f: string) => `${id}-${list}-${i}-${f}`
  // Sent rows are numbered without the blank ones: map a row's place to its place in the body.
  const sentIndex = (list: ListName, i: number) =>
    rowsOf(list)
      .slice(0, i)
      .filter((row) => !isBlank(row)).length
  const rowError = (list: ListName, i: number, f: string) =>
    isBlank(rowsOf(list)[i]!)
      ? undefined
      : form.errors[`${list}.${sentIndex(list, i)}.${f}`] || undefined
  const setRow = (list: ListName, i: number, change: Partial<NeedRow>, f: string) => {
    const rows = rowsOf(list).map((row, j) => (j === i ? { ...row, ...change } : row))
    form.set(list, rows, `${list}.${sentIndex(list, i)}.${f}`)
  }
  const addRow = (list: ListName) => {
    const rows = rowsOf(list)
    focusNext.current = rowId(list, rows.length, 'title')
    form.set(list, [...rows, blankRow()])
  }
  const removeRow = (list: ListName, i: number) => {
    const rows = rowsOf(list).filter((_, j) => j !== i)
    focusNext.current =
      rows.length === 0 ? `${id}-${list}-add` : rowId(list, Math.min(i, rows.length - 1), 'title')
    form.set(list, rows)
  }

  const checkboxes = (
    name: 'languages' | 'attends',
    options: Option[],
    optional: boolean,
    hint?: string,
  ) => {
    const chosen = form.values[name]
    const group = { id: `${id}-${name}`, hint, error: form.errors[name] || undefined }
    return (
      <fieldset
        className={`form-field form-field-wide form-choices${group.error ? ' has-error' : ''}`}
        aria-describedby={describedBy(group)}
      >
        <legend>
          {text(`matchmakingForm.${name}`)}
          {optional && <span className="form-optional"> ({text('form.optional')})</span>}
        </legend>
        {hint && (
          <p id={`${group.id}-hint`} className="form-hint">
            {hint}
          </p>
        )}
        <FieldError {...group} />
        <ul>
          {options.map((option) => (
            <li key={option.value}>
              <input
                id={`${group.id}-${option.value}`}
                type="checkbox"
                name={name}
                value={option.value}
                checked={chosen.includes(option.value)}
                aria-invalid={group.error ? true : undefined}
                onChange={(e) =>
                  form.set(
                    name,
                    e.target.checked
                      ? [...chosen, option.value]
                      : chosen.filter((v) => v !== option.value),
                  )
                }
              />
              <label htmlFor={`${group.id}-${option.value}`}>{option.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    )
  }

  const needList = (list: ListName) => {
    const rows = rowsOf(list)
    const one = list === 'offers' ? 'offer' : 'request'
    const group = {
      id: `${id}-${list}`,
      hint: text(`matchmakingForm.${list}.hint`),
      // The server names a problem with the list as a whole (e.g. too many rows) by the list.
      error:
        form.errors[list] && !rows.some((_, i) => rowError(list, i, 'title'))
          ? form.errors[list]
          : undefined,
    }
    return (
      <fieldset
        className={`form-field form-field-wide need-list${group.error ? ' has-error' : ''}`}
        aria-describedby={describedBy(group)}
      >
        <legend>
          {text(`matchmakingForm.${list}`)}{' '}
          <span className="form-optional">({text('form.optional')})</span>
        </legend>
        <p id={`${group.id}-hint`} className="form-hint">
          {group.hint}
        </p>
        <FieldError {...group} />
        {rows.length === 0 && <p className="form-hint">{text('matchmakingForm.needs.none')}</p>}
        {rows.map((row, i) => {
          const n = i + 1
          const cats = { id: rowId(list, i, 'categories'), error: rowError(list, i, 'categories') }
          const full = row.categories.length >= maxCategories
          return (
            <fieldset key={row.key} className="need">
              <legend>{text(`matchmakingForm.${one}`, { n })}</legend>
              <div className="form-grid">
                <TextField
                  id={rowId(list, i, 'title')}
                  name={`${list}.${i}.title`}
                  label={text('matchmakingForm.need.title')}
                  value={row.title}
                  error={rowError(list, i, 'title')}
                  maxLength={120}
                  wide
                  onChange={(value) => setRow(list, i, { title: value }, 'title')}
                />
                <TextArea
                  id={rowId(list, i, 'description')}
                  name={`${list}.${i}.description`}
                  label={text('matchmakingForm.need.description')}
                  optional={text('form.optional')}
                  value={row.description}
                  error={rowError(list, i, 'description')}
                  rows={3}
                  maxLength={1000}
                  onChange={(value) => setRow(list, i, { description: value }, 'description')}
                />
                <details className="form-field form-field-wide need-categories">
                  <summary>
                    {text('matchmakingForm.need.categories')}{' '}
                    <span className="form-optional">
                      ({text('matchmakingForm.need.chosen', { count: row.categories.length })})
                    </span>
                  </summary>
                  <fieldset
                    className="form-choices"
                    aria-describedby={describedBy({
                      ...cats,
                      hint: text('matchmakingForm.need.categories.hint'),
                    })}
                  >
                    <legend className="visually-hidden">
                      {text('matchmakingForm.need.categories')}
                    </legend>
                    <p id={`${cats.id}-hint`} className="form-hint">
                      {text('matchmakingForm.need.categories.hint')}
                    </p>
                    <FieldError {...cats} />
                    {props.categories.map((top, g) => (
                      <div key={top.label} role="group" aria-labelledby={`${cats.id}-group-${g}`}>
                        <p id={`${cats.id}-group-${g}`} className="form-choices-group">
                          {top.label}
                        </p>
                        <ul>
                          {top.options.map((c) => {
                            const on = row.categories.includes(c.value)
                            return (
                              <li key={c.value}>
                                <input
                                  id={`${cats.id}-${c.value}`}
                                  type="checkbox"
                                  value={c.value}
                                  checked={on}
                                  disabled={!on && full}
                                  aria-invalid={cats.error ? true : undefined}
                                  onChange={(e) =>
                                    setRow(
                                      list,
                                      i,
                                      {
                                        categories: e.target.checked
                                          ? [...row.categories, c.value]
                                          : row.categories.filter((s) => s !== c.value),
                                      },
                                      'categories',
                                    )
                                  }
                                />
                                <label htmlFor={`${cats.id}-${c.value}`}>{c.label}</label>
                              </li>
                            )
                          })}
                        </ul>
                      </div>
                    ))}
                  </fieldset>
                </details>
              </div>
              <button
                type="button"
                className="button button-small button-secondary need-remove"
                onClick={() => removeRow(list, i)}
              >
                {text(`matchmakingForm.${list}.remove`, { n })}
              </button>
            </fieldset>
          )
        })}
        {rows.length < maxNeeds && (
          <p className="need-add">
            <button
              id={`${id}-${list}-add`}
              type="button"
              className="button button-small button-secondary"
              onClick={() => addRow(list)}
            >
              {text(`matchmakingForm.${list}.add`)}
            </button>
          </p>
        )}
      </fieldset>
    )
  }

  const consent = { id: `${id}-consent`, error: form.errors.consent || undefined }
  const field = (name: 'name' | 'email' | 'organisation' | 'role' | 'profile') => form.field(name)
  return (
    <FormFrame
      form={form}
      fallback={props.children}
      success={text('matchmakingForm.success', { email: String(form.values.email).trim() })}
      submitLabel={text('matchmakingForm.submit')}
      sendingLabel={text('form.sending')}
      honeypotLabel={text('form.honeypot')}
    >
      <TextField {...field('name')} autoComplete="name" maxLength={120} />
      <TextField
        {...field('email')}
        type="email"
        autoComplete="email"
        hint={text('matchmakingForm.email.hint')}
        maxLength={254}
      />
      <TextField {...field('organisation')} autoComplete="organization" maxLength={160} />
      <SelectField
        {...form.field('organisationKind')}
        options={props.kinds}
        placeholder={text('matchmakingForm.organisationKind.choose')}
      />
      <SelectField
        {...form.field('country')}
        autoComplete="country"
        groups={[
          { label: text('form.country.likely'), options: countries.likely },
          { label: text('form.country.all'), options: countries.others },
        ]}
        placeholder={text('matchmakingForm.country.choose')}
      />
      <TextField
        {...field('role')}
        optional={text('form.optional')}
        hint={text('matchmakingForm.role.hint')}
        autoComplete="organization-title"
        maxLength={120}
      />
      <SelectField
        {...form.field('timeZone')}
        hint={text('matchmakingForm.timeZone.hint')}
        options={zones.list}
        placeholder={text('matchmakingForm.timeZone.device', { zone: zones.own })}
        wide
      />
      {checkboxes('languages', languageOptions, true)}
      {sessions.length > 1 && checkboxes('attends', sessions, false)}
      <TextArea
        {...field('profile')}
        optional={text('form.optional')}
        hint={text('matchmakingForm.profile.hint')}
        rows={4}
        maxLength={1500}
      />
      {needList('offers')}
      {needList('requests')}
      <div
        className={`form-field form-field-wide form-consent${consent.error ? ' has-error' : ''}`}
      >
        <FieldError {...consent} />
        <div className="form-check">
          <input
            id={consent.id}
            type="checkbox"
            name="consent"
            checked={form.values.consent}
            aria-invalid={consent.error ? true : undefined}
            aria-describedby={describedBy(consent)}
            aria-required
            onChange={(e) => form.set('consent', e.target.checked)}
          />
          <label htmlFor={consent.id}>{text('matchmakingForm.consent')}</label>
        </div>
        {props.privacyUrl && (
          <p className="form-hint">
            <a href={props.privacyUrl}>{text('matchmakingForm.privacy')}</a>
          </p>
        )}
      </div>
    </FormFrame>
  )
}
