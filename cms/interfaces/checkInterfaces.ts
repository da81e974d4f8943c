import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { companyOf, isStaffUser } from '../access/roles'
import { message } from '../i18n/messages'
import { collections } from '@shared/slugs'

type Id = number | string
type Row = { protocol?: unknown; apiDescription?: unknown }

const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/**
 * A product's interfaces name protocols of the staff's published vocabulary (a draft or
 * deleted protocol connects nobody on the portal), and a member company attaches only its own
 * API descriptions. Checked on every save, drafts included: Payload skips field validation on
 * drafts, and every save of a member company is one.
 */
export const checkInterfaces: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  const rows: Row[] = Array.isArray(data?.interfaces) ? data.interfaces : []
  if (!rows.length) return data
  const { payload } = req
  const protocolIds = rows.map((row) => idOf(row.protocol))
  const wanted = protocolIds.filter((id): id is Id => id !== null)
  const published = wanted.length
    ? await payload.find({
        collection: collections.protocols,
        where: { and: [{ id: { in: wanted } }, { _status: { equals: 'published' } }] },
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const known = new Set(published.docs.map((doc) => String(doc.id)))
  const errors: { path: string; message: string }[] = []
  protocolIds.forEach((id, i) => {
    if (id === null || !known.has(String(id)))
      errors.push({
        path: `interfaces.${i}.protocol`,
        message: message(req, 'interfaceProtocol', { n: i + 1 }),
      })
  })
  const company = isStaffUser(req.user) ? null : companyOf(req.user)
  if (company !== null) {
    const apiIds = rows.map((row) => idOf(row.apiDescription))
    const attached = apiIds.filter((id): id is Id => id !== null)
    const own = attached.length
      ? await payload.find({
          collection: collections.apiDescriptions,
          where: { and: [{ id: { in: attached } }, { owner: { equals: company } }] },
          pagination: false,
          depth: 0,
          select: {},
          overrideAccess: true,
          req,
        })
      : { docs: [] }
    const owned = new Set(own.docs.map((doc) => String(doc.id)))
    apiIds.forEach((id, i) => {
      if (id !== null && !owned.has(String(id)))
        errors.push({
          path: `interfaces.${i}.apiDescription`,
          message: message(req, 'interfaceApiDescription', { n: i + 1 }),
        })
    })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
