import { type ReactNode } from 'react'

import { employeeRanges } from '@shared/options'
import FormFrame from './forms/FormFrame'
import { describedBy, FieldError, SelectField, TextArea, TextField } from './forms/Fields'
import { type FormLabels, say } from './forms/labels'
import { usePublicForm } from './forms/usePublicForm'

type Option = { value: string; label: string }

type Props = {
  locale: string
  /** The CMS's public URL (env CMS_URL at build time); the endpoint is under its /api. */
  cmsUrl: string
  /**
   * The catalogue's categories, by slug, named in the page's language: each top-level
   * category with its subcategories (a member's sectors are the same categories).
   */
  sectors: { label: string; options: Option[] }[]
  /** Published member companies, by slug, that may recommend the applicant. */
  members: Option[]
  /** Address of the privacy notice in the page's language. */
  privacyUrl?: string
  /** `form.*` strings of the page's language. */
  labels: FormLabels
  /** The no-JavaScript notice with the cluster's contact, from the page. */
  children?: ReactNode
}

const fields = [
  'companyName',
  'legalId',
  'website',
  'employees',
  'sectors',
  'recommendedBy',
  'contactName',
  'email',
  'motivation',
  'consent',
] as const
type Field = (typeof fields)[number]

/** A company's application to join the cluster, for the membership page. */
export default function ApplicationForm(props: Props) {
  const { locale, labels } = props
  const form = usePublicForm({
    fields: [...fields],
    initial: {
      companyName: '',
      legalId: '',
      website: '',
      employees: '',
      sectors: [] as string[],
      recommendedBy: '',
      contactName: '',
      email: '',
      motivation: '',
      consent: false,
    },
    schema: 'applicationSchema',
    body: (v) => ({ ...v, locale }),
    url: `${props.cmsUrl}/api/applications/submit`,
    locale,
    labels,
  })
  const text = (key: string) => say(locale, labels, key)
  // Sectors and consent are a checkbox group and a checkbox, not text fields.
  const field = (name: Exclude<Field, 'sectors' | 'consent'>) => form.field(name)
  const id = form.id
  const chosen = form.values.sectors
  const toggle = (slug: string, on: boolean) =>
    form.set('sectors', on ? [...chosen, slug] : chosen.filter((s) => s !== slug))
  const sectors = {
    id: `${id}-sectors`,
    hint: text('form.sectors.hint'),
    error: form.errors.sectors,
  }
  const consent = { id: `${id}-consent`, error: form.errors.consent }
  return (
    <FormFrame
      form={form}
      fallback={props.children}
      success={say(locale, labels, 'form.application.success', {
        email: String(form.values.email).trim(),
      })}
      submitLabel={text('form.application.submit')}
      sendingLabel={text('form.sending')}
      honeypotLabel={text('form.honeypot')}
    >
      <TextField {...field('companyName')} autoComplete="organization" maxLength={160} />
      <TextField {...field('legalId')} hint={text('form.legalId.hint')} maxLength={20} />
      <TextField
        {...field('website')}
        type="url"
        optional={text('form.optional')}
        hint={text('form.website.hint')}
        autoComplete="url"
      />
      <SelectField
        {...field('employees')}
        options={employeeRanges.map((value) => ({ value, label: value.replace('-', '–') }))}
        placeholder={text('form.employees.choose')}
      />
      {props.sectors.length > 0 && (
        <fieldset
          className="form-field form-field-wide form-choices"
          aria-describedby={describedBy(sectors)}
        >
          <legend>
            {text('form.sectors')} <span className="form-optional">({text('form.optional')})</span>
          </legend>
          <p id={`${sectors.id}-hint`} className="form-hint">
            {sectors.hint}
          </p>
          <FieldError {...sectors} />
          {props.sectors.map((group, g) => (
            <div key={group.label} role="group" aria-labelledby={`${sectors.id}-group-${g}`}>
              <p id={`${sectors.id}-group-${g}`} className="form-choices-group">
                {group.label}
              </p>
              <ul>
                {group.options.map((sector) => (
                  <li key={sector.value}>
                    <input
                      id={`${sectors.id}-${sector.value}`}
                      type="checkbox"
                      name="sectors"
                      value={sector.value}
                      checked={chosen.includes(sector.value)}
                      aria-invalid={sectors.error ? true : undefined}
                      onChange={(event) => toggle(sector.value, event.target.checked)}
                    />
                    <label htmlFor={`${sectors.id}-${sector.value}`}>{sector.label}</label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </fieldset>
      )}
      <SelectField
        {...field('recommendedBy')}
        options={props.members}
        placeholder={text('form.recommendedBy.choose')}
        hint={text('form.recommendedBy.hint')}
      />
      <TextField {...field('contactName')} autoComplete="name" maxLength={120} />
      <TextField {...field('email')} type="email" autoComplete="email" />
      <TextArea {...field('motivation')} hint={text('form.motivation.hint')} maxLength={5000} />
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
            onChange={(event) => form.set('consent', event.target.checked)}
          />
          <label htmlFor={consent.id}>{text('form.consent')}</label>
        </div>
        {props.privacyUrl && (
          <p className="form-hint">
            <a href={props.privacyUrl}>{text('form.privacy')}</a>
          </p>
        )}
      </div>
    </FormFrame>
  )
}
