/**
 * The matchmaking registration's rules and the profile a participant may change later, shared by
 * the CMS endpoint (authoritative, cms/matchmaking/endpoints/register.ts) and the portal's
 * registration island (the same checks before sending). Pure: zod and plain checks only.
 *
 * Errors carry the public forms' codes (cms/shared/formSchema.ts, words in formErrors.ts); run a
 * schema with `checkForm` to get one code per field. Category slugs and session ids are only
 * checked for shape here: the server turns them into the event's own (`unknownTarget`).
 */
import { z } from 'zod'

import { isCountryCode } from './countries'
import { isCleanText } from './formSchema'
import { localeCodes, type Locale } from './locales'
import { languages, organisationKinds } from './options'
import { isEmail, isTimeZone, slugPattern } from './validators'

// As in formSchema.ts: no `new Function` probe under the portal's Content-Security-Policy.
if (typeof window !== 'undefined') z.config({ jitless: true })

/** Field limits, the same as the participants collection's (cms/collections/Participants.ts). */
export const matchmakingLimits = {
  name: { min: 2, max: 120 },
  email: { max: 254 },
  organisation: { min: 2, max: 160 },
  role: { max: 120 },
  profile: { max: 1500 },
  languages: { max: languages.length },
  needs: { max: 10 },
  needTitle: { min: 3, max: 120 },
  needDescription: { max: 1000 },
  needCategories: { max: 5 },
  attends: { max: 20 },
  timeZone: { max: 64 },
} as const

const text = (min: number, max: number, multiline = false) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(min, { error: (issue) => (issue.input === '' ? 'required' : 'tooShort') })
    .max(max, { error: 'tooLong' })
    .refine((v) => isCleanText(v, multiline), { error: 'invalid' })

const optionalText = (max: number, multiline = false) =>
  z
    .string({ error: 'invalid' })
    .trim()
    .max(max, { error: 'tooLong' })
    .refine((v) => isCleanText(v, multiline), { error: 'invalid' })
    .default('')

const slug = z.string({ error: 'invalid' }).max(120, { error: 'tooLong' }).regex(slugPattern, {
  error: 'unknownTarget',
})

/** One offer or request: what it is, a few words more, and the catalogue's categories. */
export const needSchema = z.strictObject(
  {
    title: text(matchmakingLimits.needTitle.min, matchmakingLimits.needTitle.max),
    description: optionalText(matchmakingLimits.needDescription.max, true),
    // Slugs; a category as `Me` carries it ({ slug, name }) counts as its slug, so the island
    // may send back what it read.
    categories: z
      .array(
        z.preprocess(
          (v) => (v && typeof v === 'object' && 'slug' in v ? (v as { slug: unknown }).slug : v),
          slug,
        ),
        { error: 'invalid' },
      )
      .max(matchmakingLimits.needCategories.max, { error: 'tooLong' })
      .default([]),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid') },
)
export type NeedInput = z.infer<typeof needSchema>

const needs = z
  .array(needSchema, { error: 'invalid' })
  .max(matchmakingLimits.needs.max, { error: 'tooLong' })
  .default([])

/** Ids of the event's sessions (Payload array row ids: 24 hex digits, or similar). */
const sessionId = z
  .string({ error: 'invalid' })
  .max(64, { error: 'tooLong' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'unknownTarget' })

/** What a participant may change after registering (PATCH /api/matchmaking/me), and registers with. */
const profileFields = {
  role: optionalText(matchmakingLimits.role.max),
  languages: z
    .array(z.enum(languages, { error: 'choice' }), { error: 'invalid' })
    .max(matchmakingLimits.languages.max, { error: 'tooLong' })
    .default([])
    .transform((list) => [...new Set(list)]),
  timeZone: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(matchmakingLimits.timeZone.max, { error: 'invalid' })
    .refine(isTimeZone, { error: 'choice' }),
  profile: optionalText(matchmakingLimits.profile.max, true),
  offers: needs,
  requests: needs,
  attends: z
    .array(sessionId, { error: 'invalid' })
    .max(matchmakingLimits.attends.max, { error: 'tooLong' })
    .default([])
    .transform((list) => [...new Set(list)]),
}

const strict = {
  error: (issue: { code: string }) =>
    issue.code === 'unrecognized_keys' ? 'unknownField' : 'invalid',
}

/**
 * A registration for an event's matchmaking (POST /api/matchmaking/register). `event` is the
 * event's slug; the honeypot and opening time work as on the public forms.
 */
export const registrationSchema = z.strictObject(
  {
    event: z.string({ error: 'required' }).pipe(slug),
    locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }),
    /** Honeypot: hidden from people, so anything in it came from a bot. */
    homepage: z.literal('', { error: 'spam' }).default(''),
    /** When the form was opened (ms since epoch); checked against `minFillSeconds`. */
    startedAt: z
      .number({ error: 'invalid' })
      .int({ error: 'invalid' })
      .positive({ error: 'invalid' }),
    name: text(matchmakingLimits.name.min, matchmakingLimits.name.max),
    email: z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .max(matchmakingLimits.email.max, { error: 'email' })
      .refine((v) => isEmail(v) && isCleanText(v), { error: 'email' })
      // One spelling per address, so a second registration is recognised whatever its case.
      .transform((v) => v.toLowerCase()),
    organisation: text(matchmakingLimits.organisation.min, matchmakingLimits.organisation.max),
    organisationKind: z.enum(organisationKinds, { error: 'choice' }),
    country: z
      .string({ error: 'required' })
      .trim()
      .toUpperCase()
      .refine(isCountryCode, { error: 'country' }),
    consent: z.literal(true, { error: 'consent' }),
    ...profileFields,
  },
  strict,
)

/**
 * A change to one's own profile (PATCH /api/matchmaking/me): only these fields, each optional;
 * anything else (status, email, event, member, calendarKey…) is `unknownField`.
 */
export const profileUpdateSchema = z.strictObject(
  {
    /** The answer's language only: the mail language stays the one registered with. */
    locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }).optional(),
    role: profileFields.role.optional(),
    languages: profileFields.languages.optional(),
    timeZone: profileFields.timeZone.optional(),
    profile: profileFields.profile.optional(),
    offers: z
      .array(needSchema, { error: 'invalid' })
      .max(matchmakingLimits.needs.max, { error: 'tooLong' })
      .optional(),
    requests: z
      .array(needSchema, { error: 'invalid' })
      .max(matchmakingLimits.needs.max, { error: 'tooLong' })
      .optional(),
    attends: profileFields.attends.optional(),
  },
  strict,
)

/** Asking for a sign-in link (POST /api/matchmaking/signin). */
export const signinRequestSchema = z.strictObject(
  {
    event: z.string({ error: 'required' }).pipe(slug),
    email: z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .max(matchmakingLimits.email.max, { error: 'email' })
      .refine((v) => isEmail(v) && isCleanText(v), { error: 'email' })
      .transform((v) => v.toLowerCase()),
    locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }),
  },
  strict,
)

/** Spending an email link (POST /api/matchmaking/confirm and /session). */
export const linkSchema = z.strictObject(
  {
    token: z.string({ error: 'required' }).max(100, { error: 'invalid' }),
    locale: z.enum(localeCodes as [Locale, ...Locale[]], { error: 'choice' }).optional(),
  },
  strict,
)
