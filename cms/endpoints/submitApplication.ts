import type { Endpoint, Payload } from 'payload'

import { publicFormEndpoints, type Resolved } from '../forms/submit'
import { applicationSchema, type ApplicationInput, type FieldErrors } from '@shared/formSchema'
import { publicIdBySlug, publicIdsBySlug } from '../forms/targets'
import { collections } from '@shared/slugs'

/**
 * The sectors an applicant chose must be published categories, and the recommending company a
 * published member.
 */
async function resolveApplication(payload: Payload, data: ApplicationInput): Promise<Resolved> {
  const slugs = [...new Set(data.sectors)]
  const [found, recommendedBy] = await Promise.all([
    publicIdsBySlug(payload, collections.categories, slugs),
    publicIdBySlug(payload, collections.members, data.recommendedBy),
  ])
  const errors: FieldErrors = {}
  if (found.size !== slugs.length) errors.sectors = 'unknownTarget'
  if (recommendedBy === null) errors.recommendedBy = 'unknownTarget'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    doc: {
      companyName: data.companyName,
      legalId: data.legalId,
      website: data.website || undefined,
      employees: data.employees,
      sectors: slugs.map((s) => found.get(s)),
      recommendedBy,
      contactName: data.contactName,
      email: data.email,
      motivation: data.motivation,
      consent: data.consent,
      locale: data.locale,
    },
  }
}

/** `POST /api/applications/submit`: a company's application from the membership page. */
export const submitApplicationEndpoints: Endpoint[] = publicFormEndpoints({
  name: collections.applications,
  schema: applicationSchema,
  resolve: resolveApplication,
  sent: 'applicationSent',
})
