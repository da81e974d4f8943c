import type { GraphQLExtension } from 'payload'

type Resolver = (...args: unknown[]) => Promise<Record<string, unknown>>

/**
 * Payload's `Access` query declares `canAccessAdmin: Boolean!`, but its permission sanitizer
 * deletes every `false`, so for an anonymous visitor the field is missing and GraphQL answers
 * with an internal error instead of `false`. This keeps Payload's resolver and puts the
 * `false` back.
 */
export const accessQuery: GraphQLExtension = (_graphQL, { Query }) => {
  const access = Query.fields.Access as { resolve: Resolver } | undefined
  if (!access) return {}
  return {
    Access: {
      ...access,
      resolve: async (...args: unknown[]) => {
        const result = await access.resolve(...args)
        return { ...result, canAccessAdmin: result.canAccessAdmin === true }
      },
    },
  }
}
