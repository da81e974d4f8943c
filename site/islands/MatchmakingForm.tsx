import { type ReactNode, useMemo } from 'react'

import { languages } from '@shared/options'
import { CheckboxList, ChoiceFieldset } from './forms/Choices'
import FormFrame from './forms/FormFrame'
import { ConsentField, SelectField, TextArea, TextField } from './forms/Fields'
import { type FormLabels, say } from './forms/labels'
import { useCountryChoices } from './forms/useCountryChoices'
import { type Rows, usePublicForm } from './forms/usePublicForm'
import NeedList from './matchmakingForm/NeedList'
import { blankRow, type ListName, type NeedRow, sentNeeds } from './matchmakingForm/needs'

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
        offers: sentNeeds(o),
        requests: sentNeeds(r),
        event,
        locale,
      }
    },
    url: `${props.cmsUrl}/api/matchmaking/register`,
    locale,
    labels,
  })
  // Built once mounted: navigator.languages, the browser's zone and its list of zones exist
  // only in the browser, and the server's HTML (the no-JavaScript fallback) has no select.
  const countries = useCountryChoices(form.mounted, locale, props.markets)
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

  const id = form.id
  const checkboxes = (name: 'languages' | 'attends', options: Option[], optional: boolean) => {
    const error = form.errors[name] || undefined
    return (
      <ChoiceFieldset
        id={`${id}-${name}`}
        legend={text(`matchmakingForm.${name}`)}
        optional={optional ? text('form.optional') : undefined}
        error={error}
      >
        <CheckboxList
          id={`${id}-${name}`}
          name={name}
          options={options}
          chosen={form.values[name]}
          invalid={Boolean(error)}
          onChange={(chosen) => form.set(name, chosen)}
        />
      </ChoiceFieldset>
    )
  }
  const needList = (list: ListName) => (
    <NeedList
      formId={id}
      list={list}
      rows={form.values[list] as NeedRow[]}
      errors={form.errors}
      onRows={(rows, path) => form.set(list, rows, path)}
      categories={props.categories}
      text={text}
    />
  )

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
      <ConsentField
        id={`${id}-consent`}
        label={text('matchmakingForm.consent')}
        checked={form.values.consent}
        error={form.errors.consent || undefined}
        onChange={(on) => form.set('consent', on)}
        privacy={
          props.privacyUrl
            ? { url: props.privacyUrl, label: text('matchmakingForm.privacy') }
            : undefined
        }
      />
    </FormFrame>
  )
}
