import { formErrorTexts } from '@shared/formErrors'
import type { FormErrorCode } from '@shared/formSchema'
import type { Locale } from '@shared/locales'
import { format, type Vars } from '../../i18n/format'

/**
 * The form's UI strings, passed as a prop: the `form.*` keys of site/i18n/ui/<locale>.json and
 * `form.error.<code>` from formErrorLabels.
 */
export type FormLabels = Record<string, string>

/**
 * The words for every error code of the shared rules as `form.error.<code>` labels: the same
 * texts the CMS endpoints answer with (cms/shared/formErrors.ts), so an error reads the same
 * whether the browser found it or the server. Used at build time; an island reads its props.
 */
export const formErrorLabels = (locale: Locale): FormLabels =>
  Object.fromEntries(
    Object.entries(formErrorTexts[locale]).map(([code, text]) => [`form.error.${code}`, text]),
  )

/**
 * A label with its {placeholders} filled by the portal's one format() (site/i18n/format.ts);
 * the key itself when the page did not pass it, so a missing string shows up in the site's
 * text checks instead of vanishing.
 */
export const say = (locale: string, labels: FormLabels, key: string, vars: Vars = {}) =>
  format(locale, labels[key] ?? key, vars)

/** The words for an error code of the shared rules (cms/shared/formSchema.ts). */
export const errorText = (labels: FormLabels, code: FormErrorCode | string) =>
  labels[`form.error.${code}`] ?? labels['form.error.invalid'] ?? code

/**
 * How long to wait, from a Retry-After header (seconds or an HTTP date), in words of the
 * locale ("45 секунди", "2 Minuten"); undefined when the header is missing or unreadable.
 */
export function waitText(locale: string, retryAfter: string | null): string | undefined {
  if (!retryAfter) return undefined
  const asNumber = Number(retryAfter)
  const seconds = Number.isFinite(asNumber)
    ? asNumber
    : (Date.parse(retryAfter) - Date.now()) / 1000
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined
  const [value, unit] =
    seconds < 90 ? [Math.ceil(seconds), 'second'] : [Math.ceil(seconds / 60), 'minute']
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}
