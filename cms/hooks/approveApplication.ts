import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { staffAddress } from '../email/addresses'
import { welcomeContextKey, type WelcomeContext } from '../email/passwordMail'
import { isCountryCode } from '../fields/country'
import { slugify } from '../fields/validators'
import { isBulgarianUic, normalizeLegalId } from '../forms/legalId'
import { defaultLocale, isLocale } from '../locales'
import type { Application, Member, User } from '../payload-types'
import { collections } from '../slugs'
import { reviewMessage } from './reviewMessages'

/** How long the welcome link works: longer than a reset link, a new member may be on leave. */
export const welcomeLinkDays = 7

/** Marks a failure of the mail transport, as opposed to bad data. */
export class MailNotSent extends Error {}

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : ref)

/**
 * The company's country from its legal identifier: BG for a UIC/EIK, else the VAT prefix
 * (Greece writes EL, Northern Ireland XI). BG, the cluster's home, when nothing fits.
 */
export function countryOfLegalId(legalId: string): string {
  const id = normalizeLegalId(legalId)
  if (isBulgarianUic(id)) return 'BG'
  const prefix = id.slice(0, 2)
  const country = prefix === 'EL' ? 'GR' : prefix === 'XI' ? 'GB' : prefix
  return isCountryCode(country) ? country : 'BG'
}

/** The company name as a slug no other member has: name, name-2, name-3, … */
async function freeSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = slugify(name) || 'member'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collections.members,
      where: { slug: { equals: slug } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return slug
  }
}

const createMember = async (req: PayloadRequest, application: Application) =>
  (await req.payload.create({
    collection: collections.members,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    data: {
      _status: 'draft',
      name: application.companyName,
      slug: await freeSlug(req, application.companyName),
      website: application.website || undefined,
      employees: application.employees || undefined,
      sectors: (application.sectors ?? []).map(idOf) as number[],
      country: countryOfLegalId(application.legalId),
      contact: { name: application.contactName, email: application.email },
      memberSince: new Date().toISOString(),
      internalNotes: reviewMessage(req, 'memberNote', {
        id: application.id,
        legalId: application.legalId,
      }),
    },
  })) as Member

const createUser = async (req: PayloadRequest, application: Application, member: Member) =>
  (await req.payload.create({
    collection: collections.users,
    depth: 0,
    overrideAccess: true,
    req,
    data: {
      email: application.email.trim().toLowerCase(),
      name: application.contactName,
      role: 'member',
      company: member.id,
      // Nobody ever sees it: the member sets its own password through the welcome link.
      password: crypto.randomBytes(32).toString('base64url'),
    },
  })) as User

/**
 * Payload's forgot-password flow makes the token; the mail comes from the Users collection's
 * own `forgotPassword` templates, told by `req.context` to welcome the new member in the
 * application's language. (`disableEmail` keeps the flow inside this request's transaction:
 * with mail on, Payload reserves the user outside it, where the new user does not exist yet.)
 */
async function sendWelcome(req: PayloadRequest, application: Application, user: User) {
  const { payload } = req
  const token = await payload.forgotPassword({
    collection: collections.users,
    data: { email: user.email },
    disableEmail: true,
    expiration: welcomeLinkDays * 24 * 60 * 60 * 1000,
    req,
  })
  if (!token) throw new Error(`no password token was made for ${user.email}`)
  const welcome: WelcomeContext = {
    locale: isLocale(application.locale) ? application.locale : defaultLocale,
    companyName: application.companyName,
    contactName: application.contactName,
    validDays: welcomeLinkDays,
  }
  const mailReq = { ...req, context: { ...req.context, [welcomeContextKey]: welcome } }
  const templates = payload.collections.users.config.auth.forgotPassword!
  const args = { req: mailReq as PayloadRequest, token, user }
  const [subject, html] = [
    await templates.generateEmailSubject!(args),
    await templates.generateEmailHTML!(args),
  ]
  try {
    const replyTo = (await staffAddress(payload)) ?? undefined
    await payload.sendEmail({ to: user.email, replyTo, subject, html })
  } catch (error) {
    throw new MailNotSent(error instanceof Error ? error.message : String(error))
  }
}

type Made = { member: Member; user: User }

/** Records what approval made on the application, and takes it off again. */
export type Linking = {
  link: (made: Made) => Promise<unknown>
  unlink: () => Promise<unknown>
}

/**
 * Approves an application: a draft member profile, a member user for it, `link` (which records
 * both on the application), and a welcome mail with a link to set the password. Whatever fails,
 * the application is unlinked, what was already made is removed again (SQLite runs without
 * transactions) and the error is rethrown.
 */
export async function approveApplication(
  req: PayloadRequest,
  application: Application,
  { link, unlink }: Linking,
): Promise<Made> {
  const made: { collection: 'members' | 'users'; id: number }[] = []
  try {
    const member = await createMember(req, application)
    made.push({ collection: collections.members, id: member.id })
    const user = await createUser(req, application, member)
    made.push({ collection: collections.users, id: user.id })
    await link({ member, user })
    await sendWelcome(req, application, user)
    return { member, user }
  } catch (error) {
    // The application's references to the new documents would block their removal.
    await unlink().catch((err) => req.payload.logger.error({ err, msg: 'Could not unlink' }))
    for (const { collection, id } of made.reverse()) {
      await req.payload
        .delete({ collection, id, overrideAccess: true, req })
        .catch((err) =>
          req.payload.logger.error({ err, msg: `Could not remove ${collection} ${id}` }),
        )
    }
    throw error
  }
}
