import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  type Config,
  type PayloadRequest,
} from 'payload'

import { companyOf, isMemberUser } from '../access/roles'
import { message } from '../i18n/messages'

/**
 * What a member company changes stays a draft until staff publish it: a member user's create or
 * update is always saved as a draft version, so the published page stays as it was. Restoring
 * an old version is a change too: as a member it may only ever write a draft version.
 */
export const keepMemberEditsAsDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (!isMemberUser(req.user)) return args
  if (operation === 'restoreVersion') {
    // Payload's restoreVersion reads `draft` before this hook runs, so it can only refuse here;
    // the REST route and the GraphQL mutation (below) ask for a draft before it starts.
    if (args.draft !== true) throw new APIError(message(req, 'restoreAsDraft'), 403, null, true)
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data && typeof args.data === 'object' ? { ...args.data } : args.data
  if (data && '_status' in data) data._status = 'draft'
  return { ...args, data, draft: true }
}

/** A member user's new product or cooperation post belongs to its own company, whatever was sent. */
export const assignOwnCompany: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const company = companyOf(req.user)
  if (operation === 'create' && company !== null) return { ...data, member: company }
  return data
}

/**
 * Payload drops the fields a user may not update from a restored version and, while restoring,
 * does not fill them back in, so a member's restored draft would lose staff-only fields (the
 * owning company, internal notes, featured): staff publishing it would wipe them. They keep
 * the document's current values instead; those fields are top-level and not localized.
 */
export const keepStaffFieldsOnRestore: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  originalDoc,
  req,
}) => {
  if (!context.isRestoringVersion || !isMemberUser(req.user) || !originalDoc) return data
  const kept = { ...data }
  for (const field of collection.fields) {
    if (!('name' in field) || !('access' in field) || !field.access?.update) continue
    const allowed = await field.access.update({ req, id: originalDoc.id, data, doc: originalDoc })
    if (!allowed) kept[field.name] = originalDoc[field.name]
  }
  return kept
}

const restorePath = '/versions/:id'

/**
 * `POST /api/<collection>/versions/:id` restores a version; the admin's Restore button sends
 * `draft=false` for every draft version. For a member user it always asks for a draft, then
 * hands over to Payload's own handler (listed after this one).
 */
export const memberRestoreAsDraft: Endpoint = {
  path: restorePath,
  method: 'post',
  // Marks this endpoint in copies too: guardInput wraps every endpoint in a new object.
  custom: { restoresAsDraft: true },
  handler: async (req) => {
    const slug = req.routeParams?.collection as CollectionSlug
    const own = req.payload.collections[slug]?.config.endpoints || []
    const payloadHandler = own.find(
      (e: Endpoint) => !e.custom?.restoresAsDraft && e.path === restorePath && e.method === 'post',
    )
    if (!payloadHandler) throw new APIError('Restoring versions is not available here.', 404)
    if (isMemberUser(req.user)) req.query = { ...req.query, draft: 'true' }
    return payloadHandler.handler(req)
  },
}

type MutationExtension = NonNullable<NonNullable<Config['graphQL']>['mutations']>
type Resolver = (
  source: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: unknown,
) => unknown

/**
 * Every GraphQL `restoreVersion<Name>` mutation asks for a draft when a member user calls it
 * (Payload's `graphQL.mutations` replaces generated fields of the same name).
 */
export const memberRestoreMutations: MutationExtension = (_graphQL, { Mutation }) => {
  const fields = Mutation.fields as Record<string, { resolve?: Resolver }>
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([name, field]) => name.startsWith('restoreVersion') && field.resolve)
      .map(([name, field]) => {
        const resolve: Resolver = (source, args, context, info) => {
          const member = isMemberUser((context as { req: PayloadRequest }).req.user)
          return field.resolve!(source, member ? { ...args, draft: true } : args, context, info)
        }
        return [name, { ...field, resolve }]
      }),
  )
}
