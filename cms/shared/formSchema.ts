/**
 * The public forms' rules, shared by the CMS endpoints (authoritative) and the portal's form
 * islands (the same rules before sending). Pure: zod and plain checks only, so the site may
 * import it without pulling in Payload.
 *
 * Every error carries a code from `FormErrorCode` as its message; each side turns codes into
 * words in the visitor's language from one source, cms/shared/formErrors.ts (read by the CMS's
 * catalogue and by the portal's form islands).
 */
import { z } from 'zod'

import { isCountryCode } from './countries'
import { employeeRanges } from './options'
import { isEmail, isWebUrl, slugPattern } from './validators'
import { localeCodes, type Locale } from './locales'
import { isLegalId, normalizeLegalId } from './legalId'

// In the browser zod would probe `new Function` when the first object schema below is made (to
// compile a faster parser). The portal's Content-Security-Policy has no 'unsafe-eval', and the
// browser reports the probe as a violation although zod catches it. The CMS keeps the fast path.
if (typeof window !== 'undefined') z.config({ jitless: true })

export const formErrorCodes = [
  'required',
  'tooShort',
  'tooLong',
  'email',
  'url',
  'country',
  'legalId',
  'consent',
  'choice',
  'unknownTarget',
  'unknownField',
  'invalid',
  'tooFast',
  'spam',
] as const
export type FormErrorCode = (typeof formErrorCodes)[number]

/** Fewer seconds than this between opening a form and sending it marks a bot. */
export const minFillSeconds = 3
/** Bodies above this many bytes are refused with 413 before parsing. */
export const maxBodyBytes = 32 * 1024

// Invisible characters that have no place in a form: C0/C1 controls other than tab and line
// breaks, the bidirectional embeddings, overrides and isolates used to disguise text (a
// reversed file name in a mail subject), and lone surrogates (with the u flag, a proper pair is
// one code point and does not match).
const hiddenChars =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u
// Names end up in mail subjects and admin lists: one line, and no markup.
const lineBreaksOrMarkup = /[\t\n\r\u2028\u2029<>]/

/** True when the text has no hidden characters (and, unless `multiline`, no breaks or < >). */
export const isCleanText = (value: string, multiline = false): boolean =>
  !hiddenChars.test(value) && (multiline || !lineBreaksOrMarkup.test(value))

const text = (min: number, max: number, multiline = false) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(min, { error: (issue) => (issue.input === '' ? 'required' : 'tooShort') })
    .max(max, { error: 'tooLong' })
    .refine((v) => isCleanText(v, multiline), { error: 'invalid' })

const optionalText = (max: number) =>
  z
    .string({ error: 'invalid' })
    .trim()
    .max(max, { error: 'tooLong' })
    .refine((v) => isCleanText(v), { error: 'invalid' })
    .default('')

const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine((v) => isEmail(v) && isCleanText(v), { error: 'email' })

const slug = z.string({ error: 'invalid' }).max(120, { error: 'tooLong' }).regex(slugPattern, {
  error: 'unknownTarget',
})

/** An optional target: absent, or "" from a form that has none, both mean none. */
const optionalSlug = z.preprocess((v) => (v === '' ? undefined : v), slug.optional())

/** Fields every public form carries besides its own: the page's language and the two traps. */
const common = {
  locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }),
  /** Honeypot: hidden from people, so anything in it came from a bot. */
  homepage: z.literal('', { error: 'spam' }).default(''),
  /** When the form was opened (ms since epoch); checked against `minFillSeconds` by the server. */
  startedAt: z
    .number({ error: 'invalid' })
    .int({ error: 'invalid' })
    .positive({ error: 'invalid' }),
}

/**
 * A buyer's inquiry to a member company, about one of its products or cooperation posts, or
 * the company in general. Targets are slugs of published documents; the server checks them.
 */
export const inquirySchema = z.strictObject(
  {
    name: text(2, 120),
    email,
    company: optionalText(160),
    country: z
      .string({ error: 'invalid' })
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || isCountryCode(v), { error: 'country' })
      .default(''),
    message: text(20, 5000, true),
    member: slug,
    product: optionalSlug,
    cooperation: optionalSlug,
    ...common,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid') },
)
export type InquiryInput = z.infer<typeof inquirySchema>

/** A company's application to join the cluster. */
export const applicationSchema = z.strictObject(
  {
    companyName: text(2, 160),
    legalId: z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .max(20, { error: 'legalId' })
      .refine(isLegalId, { error: 'legalId' })
      .transform(normalizeLegalId),
    website: z
      .string({ error: 'invalid' })
      .trim()
      .max(300, { error: 'tooLong' })
      .refine((v) => v === '' || (isWebUrl(v) && isCleanText(v)), { error: 'url' })
      .default(''),
    employees: z.enum(employeeRanges, { error: 'choice' }),
    sectors: z.array(slug, { error: 'invalid' }).max(10, { error: 'tooLong' }).default([]),
    /** The existing member that recommends the company (a published member's slug). */
    recommendedBy: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).pipe(slug),
    contactName: text(2, 120),
    email,
    motivation: text(20, 5000, true),
    consent: z.literal(true, { error: 'consent' }),
    ...common,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid') },
)
export type ApplicationInput = z.infer<typeof applicationSchema>

export type FieldErrors = Record<string, FormErrorCode>

/**
 * Fields people never see (the honeypot, the opening time): their problems are reported on
 * `_form`, the key a form shows above its fields.
 */
export const hiddenFields: Record<string, FormErrorCode> = {
  homepage: 'spam',
  startedAt: 'invalid',
}

/**
 * Runs a schema and returns either the parsed data or one error code per field
 * (the first problem of each; `_form` for problems with the whole body or hidden fields).
 *
 * @example checkForm(inquirySchema, { name: 'A' }) // { ok: false, errors: { name: 'tooShort', … } }
 */
export function checkForm<T>(
  schema: z.ZodType<T>,
  body: unknown,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  // A Map, not an object: a body may carry keys such as "__proto__" or "constructor".
  const errors = new Map<string, FormErrorCode>()
  const add = (field: string, code: FormErrorCode) => {
    if (!errors.has(field)) errors.set(field, code)
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(key, 'unknownField')
      continue
    }
    const field = issue.path.length ? String(issue.path[0]) : '_form'
    if (Object.hasOwn(hiddenFields, field)) {
      add('_form', hiddenFields[field]!)
      continue
    }
    const code = (formErrorCodes as readonly string[]).includes(issue.message)
      ? (issue.message as FormErrorCode)
      : 'invalid'
    add(field, code)
  }
  if (errors.size === 0) errors.set('_form', 'invalid')
  return { ok: false, errors: Object.fromEntries(errors) }
}
