import type { Payload, SendEmailOptions } from 'payload'

import { isEmail } from '@shared/validators'
import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import type { Inquiry, Member } from '../payload-types'
import { collections } from '@shared/slugs'
import { takeSubmission } from '../forms/rateLimit'
import { adminUrl, clusterFacts, staffAddress } from './addresses'
import { memberLanguage } from './memberLanguage'
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
async function readMember(payload: Payload, inquiry: Inquiry) {
  const member = await payload.findByID({
    collection: collections.members,
    id: idOf(inquiry.member)!,
    depth: 0,
    overrideAccess: true,
  })
  const contact = member.contact?.email?.trim()
  return { member, memberAddress: contact && isEmail(contact) ? contact : null }
}

/**
 * Who an inquiry notifies: the member's public contact address, staff, and the buyer (a copy of
 * what was sent, to the address the form was sent with and nowhere else).
 */
export type InquiryRecipient = 'member' | 'staff' | 'buyer'

/** A message ready to send, or why there is none (logged, not retried). */
export type Rendered = { message: SendEmailOptions } | { skipped: string }

/**
 * The language of each mail: the member reads its own language (its choice, else its
 * country's: a Bulgarian company gets Bulgarian whatever the buyer wrote in); the buyer and
 * staff the language of the portal page the inquiry was sent from.
 */
const languageFor = (to: InquiryRecipient, inquiry: Inquiry, member: Member): Locale =>
  to === 'member'
    ? memberLanguage(member)
    : isLocale(inquiry.locale)
      ? inquiry.locale
      : defaultLocale

/**
 * One notification of a stored inquiry, rendered when it is sent, from the stored inquiry:
 * - to the member's public contact address, in the member's language, Reply-To the buyer;
 * - to staff (STAFF_EMAIL, else the settings' contact address), Reply-To the buyer;
 * - to the buyer, a confirmation with a copy of the message, Reply-To the cluster's office.
 * Not an open relay: the buyer's copy goes only to the address stored with the inquiry (the
 * form's limit per address and per IP holds for it as for the inquiry), and every header is
 * ours. The visitor's words appear only in the body, fenced off, and in no header but the
 * member's and staff's Reply-To, which the mail library encodes.
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
  const { member, memberAddress } = await readMember(payload, inquiry)
  const locale = languageFor(to, inquiry, member)
  const read: Read = { depth: 0, overrideAccess: true, locale }
  const concerns = await concernOf(payload, inquiry, read)
  const cluster = await clusterFacts(payload)
  const what = `Inquiry ${inquiry.id}`
  const address =
    to === 'member'
      ? memberAddress
      : to === 'staff'
        ? await staffAddress(payload)
        : isEmail(inquiry.email)
          ? inquiry.email
          : null
  if (!address) {
    return {
      skipped: {
        member: `${what}: ${member.name} has no public contact email, so it was not notified.`,
        staff: `${what}: no staff address (set STAFF_EMAIL or the contact email in Settings).`,
        buyer: `${what}: the stored address is not an email address; no confirmation sent.`,
      }[to],
    }
  }
  const facts: InquiryFacts = {
    clusterName: cluster.clusterName,
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
  if (to === 'buyer') {
    // However many addresses a sender uses, one inbox gets a handful of copies per window (the
    // form's own limit, per recipient): the inquiry still reaches the member, only the copy is
    // left out.
    const wait = await takeSubmission(payload, 'inquiry-copy', address.toLowerCase())
    if (wait !== null)
      return { skipped: `${what}: ${address} got the form's limit of copies; none sent.` }
    const text = templates.inquiryForBuyer(facts)
    // Replies go to the cluster's public address, never to the member or anyone the form named.
    const replyTo = cluster.contactEmail ? { replyTo: cluster.contactEmail } : {}
    return { message: { to: address, ...replyTo, ...text } }
  }
  const text =
    to === 'member' ? templates.inquiryForMember(facts) : templates.inquiryForStaff(facts)
  return {
    message: { to: address, replyTo: { name: inquiry.name, address: inquiry.email }, ...text },
  }
}
