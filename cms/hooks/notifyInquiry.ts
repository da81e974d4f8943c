import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { adminUrl, clusterFacts, staffAddress } from '../email/addresses'
import { countryName, templatesFor, type InquiryFacts } from '../email/templates'
import { isEmail } from '../fields/validators'
import { defaultLocale, isLocale, type Locale } from '../locales'
import type { Inquiry } from '../payload-types'
import { collections } from '../slugs'

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
// locale for everything after this hook. The documents read here were committed before.
async function describeInquiry(payload: Payload, inquiry: Inquiry) {
  const locale = isLocale(inquiry.locale) ? inquiry.locale : defaultLocale
  const read: Read = { depth: 0, overrideAccess: true, locale }
  const memberId = idOf(inquiry.member)!
  const member = await payload.findByID({ collection: collections.members, id: memberId, ...read })
  const contact = member.contact?.email?.trim()
  const memberAddress = contact && isEmail(contact) ? contact : null
  return { locale, member, concerns: await concernOf(payload, inquiry, read), memberAddress }
}

async function send(
  req: PayloadRequest,
  what: string,
  message: Parameters<Payload['sendEmail']>[0],
) {
  try {
    await req.payload.sendEmail(message)
  } catch (error) {
    req.payload.logger.error({
      err: error,
      msg: `${what} could not be sent; the inquiry is stored. Check the mail settings (SMTP_*).`,
    })
  }
}

/**
 * After a new inquiry is stored: one mail to the member's public contact address and one to
 * staff, in the inquiry's language, with Reply-To set to the buyer. A failing mail transport is
 * logged and never undoes the stored inquiry. Seeding and imports send nothing.
 */
export const notifyInquiry: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context?.seeding) return doc
  const { payload } = req
  try {
    const { locale, member, concerns, memberAddress } = await describeInquiry(payload, doc)
    const facts: InquiryFacts = {
      clusterName: (await clusterFacts(payload)).clusterName,
      memberName: member.name,
      buyerName: doc.name,
      buyerEmail: doc.email,
      buyerCompany: doc.company || null,
      buyerCountry: countryName(doc.country, locale),
      message: doc.message,
      concerns,
      adminLink: adminUrl(payload, `/collections/${collections.inquiries}/${doc.id}`),
      memberNotified: Boolean(memberAddress),
    }
    const templates = templatesFor(locale)
    const replyTo = { name: doc.name, address: doc.email }
    const what = `Inquiry ${doc.id}`
    if (memberAddress) {
      await send(req, `${what}: the mail to ${member.name}`, {
        to: memberAddress,
        replyTo,
        ...templates.inquiryForMember(facts),
      })
    } else {
      payload.logger.warn(
        `${what}: ${member.name} has no public contact email, so it was not notified.`,
      )
    }
    const staff = await staffAddress(payload)
    if (staff) {
      await send(req, `${what}: the mail to staff`, {
        to: staff,
        replyTo,
        ...templates.inquiryForStaff(facts),
      })
    } else {
      payload.logger.warn(
        `${what}: no staff address (set STAFF_EMAIL or the contact email in Settings).`,
      )
    }
  } catch (error) {
    payload.logger.error({
      err: error,
      msg: `Inquiry ${doc.id} is stored, but its notifications failed.`,
    })
  }
  return doc
}
