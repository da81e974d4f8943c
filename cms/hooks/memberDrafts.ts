import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { companyOf, isMemberUser } from '../access/roles'

/**
 * What a member company changes stays a draft until staff publish it: a member user's create or
 * update is always saved as a draft version, so the published page stays as it was.
 */
export const keepMemberEditsAsDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (!isMemberUser(req.user)) return args
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
