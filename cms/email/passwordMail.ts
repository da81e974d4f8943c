import type { PayloadRequest } from 'payload'

import { requestLanguage } from '../i18n/messages'
import type { Locale } from '@shared/locales'
import { clusterFacts, cmsBaseUrl } from './addresses'
import { templatesFor, textToHtml, type MailText } from './templates'

/**
 * Put on `req.context` by the approval of a membership application: the password mail is then
 * a welcome in the application's language instead of a plain reset notice.
 */
export type WelcomeContext = {
  locale: Locale
  companyName: string
  contactName: string
  validDays: number
}
export const welcomeContextKey = 'membershipWelcome'

type Args = { req?: PayloadRequest; token?: string } | undefined

/** The admin's own reset page on the CMS's public address (CMS_URL), e.g. …/admin/reset/<token>. */
function resetLink(req: PayloadRequest, token: string): string {
  const { routes, admin } = req.payload.config
  return `${cmsBaseUrl(req.payload)}${routes.admin}${admin.routes.reset}/${token}`
}

async function passwordMail(args: Args): Promise<MailText> {
  const { req, token = '' } = args ?? {}
  if (!req) throw new Error('The password mail needs the request that asked for it.')
  const { clusterName } = await clusterFacts(req.payload)
  const link = resetLink(req, token)
  const welcome = req.context?.[welcomeContextKey] as WelcomeContext | undefined
  if (welcome) return templatesFor(welcome.locale).welcome({ ...welcome, clusterName, link })
  return templatesFor(requestLanguage(req)).passwordReset({ clusterName, link })
}

/** Users `auth.forgotPassword.generateEmailHTML`. */
export const passwordMailHtml = async (args: Args) => textToHtml((await passwordMail(args)).text)

/** Users `auth.forgotPassword.generateEmailSubject`. */
export const passwordMailSubject = async (args: Args) => (await passwordMail(args)).subject
