import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Create access of the collections the public forms fill: staff, or the form endpoint itself,
 * which validated the input and marks its own Local API call with `context.publicForm`.
 * REST and GraphQL clients cannot set `req.context`, so for them this stays staff only.
 */
export const staffOrPublicForm: Access = ({ req }) =>
  isStaffUser(req.user) || req.context?.publicForm === true
