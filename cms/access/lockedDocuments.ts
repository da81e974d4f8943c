import {
  type Access,
  APIError,
  type CollectionSlug,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { message } from '../i18n/messages'
import { isStaffUser } from './roles'

/**
 * Payload's document locks (`payload-locked-documents`, "X is editing this document") let any
 * logged-in user create, list, change and delete every lock, in anyone's name. Payload offers
 * no option for their access and adds the collection while it sanitizes the config, so these
 * rules replace its access afterwards (guardDocumentLocks, in payload.config.ts).
 *
 * A lock is always in the requester's own name, on a document or global the requester may
 * edit. Staff see and clear every lock; a member user sees the locks on documents it may edit
 * (the admin shows who else is editing its profile) and changes or deletes only its own. The
 * admin's own locking writes through the database adapter and is not affected.
 */
export const lockedDocumentsSlug = 'payload-locked-documents'

type Ref = { relationTo?: unknown; value?: unknown }
type LockData = { document?: Ref | null; globalSlug?: string | null; user?: Ref | number | string }

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** The lock names the requester itself, in either shape Payload accepts. */
function isOwnName(req: PayloadRequest, user: LockData['user']): boolean {
  if (!req.user || user == null) return false
  const ref = typeof user === 'object' ? user : { relationTo: req.user.collection, value: user }
  return ref.relationTo === req.user.collection && String(idOf(ref.value)) === String(req.user.id)
}

/** Ids of a collection's documents the requester may update: `true` for all of them. */
async function editableIds(
  req: PayloadRequest,
  slug: CollectionSlug,
): Promise<true | (number | string)[]> {
  const collection = req.payload.collections[slug]
  const result = await collection.config.access.update({ req })
  if (result === true) return true
  if (!result) return []
  const { docs } = await req.payload.find({
    collection: slug,
    where: result as Where,
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}

async function mayEditTarget(req: PayloadRequest, data: LockData): Promise<boolean> {
  if (data.globalSlug) {
    const global = req.payload.config.globals.find((g) => g.slug === data.globalSlug)
    return Boolean(global && (await global.access.update({ req })) === true)
  }
  const slug = data.document?.relationTo as CollectionSlug | undefined
  const id = idOf(data.document?.value)
  if (!slug || id == null || !req.payload.collections[slug]) return false
  const ids = await editableIds(req, slug)
  return ids === true || ids.some((own) => String(own) === String(id))
}

/** Locks on every document the requester may edit, as a query. */
async function locksOnEditable(req: PayloadRequest): Promise<Where> {
  const lockable = req.payload.collections[lockedDocumentsSlug].config.fields.find(
    (f) => 'name' in f && f.name === 'document',
  ) as { relationTo?: CollectionSlug[] } | undefined
  const or: Where[] = [{ 'user.value': { equals: req.user!.id } }]
  for (const slug of lockable?.relationTo ?? []) {
    const ids = await editableIds(req, slug)
    if (ids !== true && ids.length === 0) continue
    or.push({
      and: [
        { 'document.relationTo': { equals: slug } },
        ...(ids === true ? [] : [{ 'document.value': { in: ids } }]),
      ],
    })
  }
  return { or }
}

const refuse = (req: PayloadRequest) => {
  throw new APIError(message(req, 'lockNotYours'), 403, null, true)
}

/** Without `data` Payload is asking what the admin may show: any logged-in user may lock. */
const createLock: Access = async ({ req, data }) => {
  if (!req.user) return false
  if (!data) return true
  const lock = data as LockData
  if (!isOwnName(req, lock.user) || !(await mayEditTarget(req, lock))) refuse(req)
  return true
}

const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaffUser(req.user)) return true
  return locksOnEditable(req)
}

/** Taking over a lock (the admin's "take over") renames it to the requester, never to another. */
const updateLock: Access = ({ req, data }) => {
  if (!req.user) return false
  const user = (data as LockData | undefined)?.user
  if (user !== undefined && !isOwnName(req, user)) refuse(req)
  return isStaffUser(req.user) ? true : { 'user.value': { equals: req.user.id } }
}

const deleteLock: Access = ({ req }) => {
  if (!req.user) return false
  return isStaffUser(req.user) ? true : { 'user.value': { equals: req.user.id } }
}

/** Replaces the access of Payload's lock collection in the built config. */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === lockedDocumentsSlug)
  if (!locks) throw new Error(`Payload no longer adds ${lockedDocumentsSlug}: review its access`)
  locks.access = {
    ...locks.access,
    create: createLock,
    read: readLocks,
    update: updateLock,
    delete: deleteLock,
  }
  return config
}
