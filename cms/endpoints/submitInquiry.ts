import type { Endpoint, Payload } from 'payload'

import { publicFormEndpoints, type Resolved } from '../forms/submit'
import { inquirySchema, type FieldErrors, type InquiryInput } from '@shared/formSchema'
import { publicIdBySlug, startOfTodayUtc } from '../forms/targets'
import { collections } from '@shared/slugs'

/**
 * The member an inquiry is for, and the product or cooperation post it concerns: each must be
 * published, belong to that member, and a post must still be open.
 */
async function resolveInquiry(payload: Payload, data: InquiryInput): Promise<Resolved> {
  const member = await publicIdBySlug(payload, collections.members, data.member)
  if (member === null) return { ok: false, errors: { member: 'unknownTarget' } }
  const ofMember = [{ member: { equals: member } }]
  const errors: FieldErrors = {}
  const product = data.product
    ? await publicIdBySlug(payload, collections.products, data.product, ofMember)
    : undefined
  if (product === null) errors.product = 'unknownTarget'
  const cooperation = data.cooperation
    ? await publicIdBySlug(payload, collections.cooperation, data.cooperation, [
        ...ofMember,
        { validUntil: { greater_than_equal: startOfTodayUtc() } },
      ])
    : undefined
  if (cooperation === null) errors.cooperation = 'unknownTarget'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    doc: {
      name: data.name,
      email: data.email,
      company: data.company || undefined,
      country: data.country || undefined,
      message: data.message,
      member,
      product: product ?? undefined,
      cooperation: cooperation ?? undefined,
      locale: data.locale,
    },
  }
}

/** `POST /api/inquiries/submit`: a buyer's inquiry from a product, member or cooperation page. */
export const submitInquiryEndpoints: Endpoint[] = publicFormEndpoints({
  name: collections.inquiries,
  schema: inquirySchema,
  resolve: resolveInquiry,
  sent: 'inquirySent',
})
