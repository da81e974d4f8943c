import { type ReactNode } from 'react'

import { employeeRanges } from '@shared/options'
import FormFrame from './forms/FormFrame'
import { ChoiceFieldset, GroupedCheckboxes } from './forms/Choices'
import { ConsentField, SelectField, TextArea, TextField } from './forms/Fields'
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
  const sectors = {
    id: `${id}-sectors`,
    hint: text('form.sectors.hint'),
    error: form.errors.sectors || undefined,
  }
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
        <ChoiceFieldset {...sectors} legend={text('form.sectors')} optional={text('form.optional')}>
          <GroupedCheckboxes
            id={sectors.id}
            name="sectors"
            groups={props.sectors}
            chosen={form.values.sectors}
            invalid={Boolean(sectors.error)}
            onChange={(chosen) => form.set('sectors', chosen)}
          />
        </ChoiceFieldset>
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
      <ConsentField
        id={`${id}-consent`}
        label={text('form.consent')}
        checked={form.values.consent}
        error={form.errors.consent || undefined}
        onChange={(on) => form.set('consent', on)}
        privacy={
          props.privacyUrl ? { url: props.privacyUrl, label: text('form.privacy') } : undefined
        }
      />
    </FormFrame>
  )
}
