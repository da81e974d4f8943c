import type { Payload, SendEmailOptions } from 'payload'

import { isEmail } from '@shared/validators'
import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import type { Inquiry } from '../payload-types'
import { collections } from '@shared/slugs'
import { adminUrl, clusterFacts, staffAddress } from './addresses'
import { countryName, templatesFor, type InquiryFacts } from './templates'

const idOf = (ref: unknown): number | null =>
  ref && typeof ref === 'object' ? (ref as { id: number }).id : ((ref as number | null) ?? null)

type Read = { depth: 0; overrideAccess: true; locale: Locale }

/** The product or cooperation post the inquiry is about, by its title in the inquiry's locale. */
async function concernOf(payload: Payload, inquiry: Inquiry, read: Read) {
  const productId = idOf(inquiry.product)
  if (productId) {
    const product = await payload.findByID({
      collection: collections.products,
      id: productId,
      ...read,
    })
    return { kind: 'product' as const, title: product.name }
  }
  const postId = idOf(inquiry.cooperation)
  if (postId) {
    const post = await payload.findByID({
      collection: collections.cooperation,
      id: postId,
      ...read,
    })
    return { kind: 'cooperation' as const, title: post.title }
  }
  return null
}

// Reads without `req`: passing a locale together with `req` would switch the request's own
// locale for everything after this. The documents read here were committed before.
async function describeInquiry(payload: Payload, inquiry: Inquiry) {
  const locale = isLocale(inquiry.locale) ? inquiry.locale : defaultLocale
  const read: Read = { depth: 0, overrideAccess: true, locale }
  const memberId = idOf(inquiry.member)!
  const member = await payload.findByID({ collection: collections.members, id: memberId, ...read })
  const contact = member.contact?.email?.trim()
  const memberAddress = contact && isEmail(contact) ? contact : null
  return { locale, member, concerns: await concernOf(payload, inquiry, read), memberAddress }
}

/** Who an inquiry notifies: the member's public contact address, and staff. */
export type InquiryRecipient = 'member' | 'staff'

/** A message ready to send, or why there is none (logged, not retried). */
export type Rendered = { message: SendEmailOptions } | { skipped: string }

/**
 * One notification of a stored inquiry, in the inquiry's language, with Reply-To set to the
 * buyer: to the member's public contact address or to staff (STAFF_EMAIL, else the settings'
 * contact address). Rendered when it is sent, from the stored inquiry.
 */
export async function renderInquiryMail(
  payload: Payload,
  id: number | string,
  to: InquiryRecipient,
): Promise<Rendered> {
  const inquiry = await payload.findByID({
    collection: collections.inquiries,
    id,
    depth: 0,
    overrideAccess: true,
  })
  const { locale, member, concerns, memberAddress } = await describeInquiry(payload, inquiry)
  const what = `Inquiry ${inquiry.id}`
  const address = to === 'member' ? memberAddress : await staffAddress(payload)
  if (!address) {
    return {
      skipped:
        to === 'member'
          ? `${what}: ${member.name} has no public contact email, so it was not notified.`
          : `${what}: no staff address (set STAFF_EMAIL or the contact email in Settings).`,
    }
  }
  const facts: InquiryFacts = {
    clusterName: (await clusterFacts(payload)).clusterName,
    memberName: member.name,
    buyerName: inquiry.name,
    buyerEmail: inquiry.email,
    buyerCompany: inquiry.company || null,
    buyerCountry: countryName(locale, inquiry.country),
    message: inquiry.message,
    concerns,
    adminLink: adminUrl(payload, `/collections/${collections.inquiries}/${inquiry.id}`),
    memberNotified: Boolean(memberAddress),
  }
  const templates = templatesFor(locale)
  const text =
    to === 'member' ? templates.inquiryForMember(facts) : templates.inquiryForStaff(facts)
  return {
    message: { to: address, replyTo: { name: inquiry.name, address: inquiry.email }, ...text },
  }
}
