import type { Payload, PayloadRequest } from 'payload'

import { defaultLocale, isLocale } from '@shared/locales'
import type { Application, User } from '../payload-types'
import { collections } from '@shared/slugs'
import { clusterFacts, staffAddress } from './addresses'
import type { Rendered } from './inquiryMail'
import { welcomeContextKey, type WelcomeContext } from './passwordMail'
import { templatesFor } from './templates'

/** How long the welcome link works: longer than a reset link, a new member may be on leave. */
export const welcomeLinkDays = 7

type Token = Pick<User, 'resetPasswordToken' | 'resetPasswordExpiration'>

/**
 * The new member's password link. A retry of the same mail reuses the token while it is valid,
 * so that a repeated message carries the same working link as the first.
 */
async function welcomeToken(req: PayloadRequest, user: User): Promise<string> {
  const stored = (await req.payload.db.findOne({
    collection: collections.users,
    where: { id: { equals: user.id } },
    req,
  })) as Token | null
  const validUntil = Date.parse(String(stored?.resetPasswordExpiration ?? ''))
  if (stored?.resetPasswordToken && validUntil > Date.now() + 24 * 60 * 60 * 1000)
    return stored.resetPasswordToken
  const token = await req.payload.forgotPassword({
    collection: collections.users,
    data: { email: user.email },
    disableEmail: true,
    expiration: welcomeLinkDays * 24 * 60 * 60 * 1000,
    req,
  })
  if (!token) throw new Error(`no password token was made for ${user.email}`)
  return token
}

/**
 * The welcome mail of an approved application: the Users collection's own `forgotPassword`
 * templates, told by `req.context` to welcome the new member in the application's language.
 */
async function renderWelcome(req: PayloadRequest, application: Application): Promise<Rendered> {
  const userId =
    typeof application.createdUser === 'object'
      ? application.createdUser?.id
      : application.createdUser
  if (!userId)
    throw new Error(
      `Application ${application.id} is approved, but its approval did not finish (no user was made).`,
    )
  const user = (await req.payload.findByID({
    collection: collections.users,
    id: userId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as User
  const token = await welcomeToken(req, user)
  const welcome: WelcomeContext = {
    locale: isLocale(application.locale) ? application.locale : defaultLocale,
    companyName: application.companyName,
    contactName: application.contactName,
    validDays: welcomeLinkDays,
  }
  const mailReq = { ...req, context: { ...req.context, [welcomeContextKey]: welcome } }
  const templates = req.payload.collections.users.config.auth.forgotPassword!
  const args = { req: mailReq as PayloadRequest, token, user }
  const subject = await templates.generateEmailSubject!(args)
  const html = await templates.generateEmailHTML!(args)
  return { message: { to: user.email, subject, html } }
}

async function renderRejection(payload: Payload, application: Application): Promise<Rendered> {
  const { clusterName } = await clusterFacts(payload)
  const text = templatesFor(application.locale).rejection({
    clusterName,
    companyName: application.companyName,
    contactName: application.contactName,
  })
  return { message: { to: application.email, ...text } }
}

/**
 * The mail that tells an applicant the decision: the welcome with a link to set the password
 * after an approval, a polite notice after a rejection. Replies go to staff.
 */
export async function renderDecisionMail(
  req: PayloadRequest,
  id: number | string,
): Promise<Rendered> {
  const application = await req.payload.findByID({
    collection: collections.applications,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const rendered =
    application.status === 'approved'
      ? await renderWelcome(req, application)
      : application.status === 'rejected'
        ? await renderRejection(req.payload, application)
        : { skipped: `Application ${id} is "${application.status}": no decision to tell.` }
  if ('skipped' in rendered) return rendered
  // The notice invites questions: replies go to staff, not to the portal's sender address.
  const replyTo = (await staffAddress(req.payload)) ?? undefined
  return { message: { ...rendered.message, replyTo } }
}
