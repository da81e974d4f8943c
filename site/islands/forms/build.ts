/**
 * Build-time helpers for the pages that host a form (used in Astro frontmatter, never by an
 * island: it reads the environment and the UI dictionaries).
 */
import type { Locale } from '@shared/locales'
import { t, type UiKey } from '../../i18n/t'
import en from '../../i18n/ui/en.json'
import { formErrorLabels } from './labels'

/** The CMS's public address, where the forms post: env CMS_URL when the site is built. */
export const cmsUrl = (): string =>
  (process.env.CMS_URL || 'http://localhost:3000').replace(/\/+$/, '')

/**
 * How far below the screen a form starts loading (Astro's client:visible rootMargin): a page's
 * JavaScript, React's runtime included, loads when the visitor scrolls towards its form, not
 * with the page, and this margin gives it the time to arrive before the form is in view.
 */
export const formMargin = '600px 0px'

// Keys (and their sub-keys) only one of the two forms uses; both get the rest (errors, email).
const only = {
  inquiry: [
    'form.inquiry',
    'form.interest',
    'form.name',
    'form.company',
    'form.country',
    'form.message',
  ],
  application: [
    'form.application',
    'form.companyName',
    'form.legalId',
    'form.website',
    'form.employees',
    'form.sectors',
    'form.recommendedBy',
    'form.contactName',
    'form.motivation',
    'form.consent',
    'form.privacy',
  ],
}

/**
 * The matchmaking registration's own strings (`matchmakingForm.*`) and the parts of the forms'
 * frame it shares with them: optional mark, sending, honeypot, country groups, send errors.
 */
const matchmaking = [
  'matchmakingForm.',
  'form.optional',
  'form.sending',
  'form.honeypot',
  'form.country.',
  'form.waitLater',
  'form.error.',
]

type FormName = keyof typeof only | 'matchmaking'

/**
 * The `form.*` strings of a locale that one form needs, so that a page does not carry the
 * other form's texts in its island props; the error codes' words come with them.
 */
export function formLabels(locale: Locale, form: FormName): Record<string, string> {
  const key = `${locale}/${form}`
  let labels = computed.get(key)
  if (!labels) computed.set(key, (labels = collectLabels(locale, form)))
  return labels
}

// Every product and member page carries the inquiry form: collect its strings once per build.
const computed = new Map<string, Record<string, string>>()

function collectLabels(locale: Locale, form: FormName): Record<string, string> {
  const other = form === 'inquiry' ? only.application : only.inquiry
  const wanted =
    form === 'matchmaking'
      ? (k: string) => matchmaking.some((key) => k === key || k.startsWith(key))
      : (k: string) =>
          k.startsWith('form.') && !other.some((key) => k === key || k.startsWith(`${key}.`))
  // Plural messages are formatted at build time, not by the islands.
  const keys = (Object.keys(en) as UiKey[]).filter((k) => wanted(k) && typeof en[k] === 'string')
  return { ...Object.fromEntries(keys.map((k) => [k, t(locale, k)])), ...formErrorLabels(locale) }
}
