import { type ReactNode } from 'react'

import FormFrame from './forms/FormFrame'
import { SelectField, TextArea, TextField } from './forms/Fields'
import { type FormLabels, say } from './forms/labels'
import { useCountryChoices } from './forms/useCountryChoices'
import { usePublicForm } from './forms/usePublicForm'

type Props = {
  locale: string
  /** The CMS's public URL (env CMS_URL at build time); the endpoint is under its /api. */
  cmsUrl: string
  /** Slugs of what the inquiry is about: always the member, perhaps a product or a post. */
  member: string
  product?: string
  cooperation?: string
  /** The member's name, for the texts. */
  memberName: string
  /** The cluster's home country and main export markets, suggested first (site/lib/markets.ts). */
  markets: string[]
  /** `form.*` strings of the page's language. */
  labels: FormLabels
  /** The no-JavaScript notice with the member's contact, from the page. */
  children?: ReactNode
}

const fields = ['name', 'email', 'company', 'country', 'message'] as const

/** A buyer's inquiry to a member, about the company, one of its products or a cooperation post. */
export default function InquiryForm(props: Props) {
  const { locale, labels, member, product, cooperation } = props
  const form = usePublicForm({
    fields: [...fields],
    initial: { name: '', email: '', company: '', country: '', message: '' },
    schema: 'inquirySchema',
    body: (v) => ({ ...v, member, product, cooperation, locale }),
    url: `${props.cmsUrl}/api/inquiries/submit`,
    locale,
    labels,
  })
  const countries = useCountryChoices(form.mounted, locale, props.markets)
  const text = (key: string) => say(locale, labels, key)
  return (
    <FormFrame
      form={form}
      fallback={props.children}
      success={say(locale, labels, 'form.inquiry.success', { member: props.memberName })}
      submitLabel={text(cooperation ? 'form.interest.submit' : 'form.inquiry.submit')}
      sendingLabel={text('form.sending')}
      honeypotLabel={text('form.honeypot')}
    >
      <TextField {...form.field('name')} autoComplete="name" maxLength={120} />
      <TextField {...form.field('email')} type="email" autoComplete="email" />
      <TextField
        {...form.field('company')}
        optional={text('form.optional')}
        autoComplete="organization"
        maxLength={160}
      />
      <SelectField
        {...form.field('country')}
        optional={text('form.optional')}
        autoComplete="country"
        groups={[
          { label: text('form.country.likely'), options: countries.likely },
          { label: text('form.country.all'), options: countries.others },
        ]}
        placeholder={text('form.country.none')}
      />
      <TextArea {...form.field('message')} hint={text('form.message.hint')} maxLength={5000} />
    </FormFrame>
  )
}
