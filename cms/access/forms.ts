import type { Access } from 'payload'

/**
 * Create access of the collections the public forms fill (inquiries, applications): the form
 * endpoint alone, which validated the input and marks its own Local API call with
 * `context.publicForm`. REST and GraphQL clients cannot set `req.context`, and staff do not
 * create these by hand, so the admin shows no "Create new" for them.
 */
export const publicFormOnly: Access = ({ req }) => req.context?.publicForm === true
