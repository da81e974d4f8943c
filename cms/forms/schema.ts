/**
 * The public forms' rules, shared by the CMS endpoints (authoritative) and the portal's form
 * islands (the same rules before sending). Pure: zod and plain checks only, so the site may
 * import it without pulling in Payload.
 *
 * Every error carries a code from `FormErrorCode` as its message; each side turns codes into
 * words in the visitor's language (CMS: cms/i18n/messages.ts, portal: site/i18n/ui/*.json).
 */
import { z } from 'zod'

import { isCountryCode } from '../fields/country'
import { employeeRanges } from '../fields/options'
import { isEmail, isWebUrl, slugPattern } from '../fields/validators'
import { localeCodes, type Locale } from '../locales'
import { isLegalId, normalizeLegalId } from './legalId'

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

const text = (min: number, max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(min, { error: (issue) => (issue.input === '' ? 'required' : 'tooShort') })
    .max(max, { error: 'tooLong' })

const optionalText = (max: number) =>
  z.string({ error: 'invalid' }).trim().max(max, { error: 'tooLong' }).default('')

const email = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine(isEmail, { error: 'email' })

const slug = z.string({ error: 'invalid' }).max(120, { error: 'tooLong' }).regex(slugPattern, {
  error: 'unknownTarget',
})

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
    message: text(20, 5000),
    member: slug,
    product: slug.optional(),
    cooperation: slug.optional(),
    ...common,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid') },
)
export type InquiryInput = z.infer<typeof inquirySchema>

export const employeeRangeValues = employeeRanges.map((o) => o.value) as [string, ...string[]]

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
      .refine((v) => v === '' || isWebUrl(v), { error: 'url' })
      .default(''),
    employees: z.enum(employeeRangeValues, { error: 'choice' }),
    sectors: z.array(slug, { error: 'invalid' }).max(10, { error: 'tooLong' }).default([]),
    contactName: text(2, 120),
    email,
    motivation: text(20, 5000),
    consent: z.literal(true, { error: 'consent' }),
    ...common,
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid') },
)
export type ApplicationInput = z.infer<typeof applicationSchema>

export type FieldErrors = Record<string, FormErrorCode>

/**
 * Runs a schema and returns either the parsed data or one error code per field
 * (the first problem of each; `_form` for problems with the whole body).
 */
export function checkForm<T>(
  schema: z.ZodType<T>,
  body: unknown,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] ??= 'unknownField'
      continue
    }
    const field = issue.path.length ? String(issue.path[0]) : '_form'
    const code = (formErrorCodes as readonly string[]).includes(issue.message)
      ? (issue.message as FormErrorCode)
      : 'invalid'
    errors[field] ??= code
  }
  return { ok: false, errors }
}
