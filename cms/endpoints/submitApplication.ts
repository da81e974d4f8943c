import type { Endpoint, Payload } from 'payload'

import { publicFormEndpoints, type Resolved } from '../forms/submit'
import { applicationSchema, type ApplicationInput } from '@shared/formSchema'
import { publicIdsBySlug } from '../forms/targets'
import { collections } from '@shared/slugs'

/** The sectors an applicant chose must be published categories. */
async function resolveApplication(payload: Payload, data: ApplicationInput): Promise<Resolved> {
  const slugs = [...new Set(data.sectors)]
  const found = await publicIdsBySlug(payload, collections.categories, slugs)
  if (found.size !== slugs.length) return { ok: false, errors: { sectors: 'unknownTarget' } }
  return {
    ok: true,
    doc: {
      companyName: data.companyName,
      legalId: data.legalId,
      website: data.website || undefined,
      employees: data.employees,
      sectors: slugs.map((s) => found.get(s)),
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
