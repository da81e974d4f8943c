import type { CollectionConfig, GlobalConfig, Where } from 'payload'

import { companyOf, isMemberUser } from '../access/roles'
import { collections } from '@shared/slugs'
import { hasPortalPage } from '@shared/portalPaths'
import { isLocale } from '@shared/locales'
import { previewEndpoint } from '../preview/endpoint'
import { previewPath } from '../preview/paths'

/**
 * What a member user sees of the admin: only what its company may change or receive. Staff see
 * everything as before. Hiding is for the navigation and the dashboard; access rules still
 * decide what anyone may read or write.
 */
const forMembers = new Set<string>([
  collections.members,
  collections.products,
  collections.cooperation,
  collections.inquiries,
  collections.media,
  collections.documents,
])

/** How each collection shown to members names its company, for the member's list filter. */
const ownedBy: Record<string, (company: number | string) => Where> = {
  [collections.members]: (company) => ({ id: { equals: company } }),
  [collections.products]: (company) => ({ member: { equals: company } }),
  [collections.cooperation]: (company) => ({ member: { equals: company } }),
  [collections.inquiries]: (company) => ({ member: { equals: company } }),
  [collections.media]: (company) => ({ owner: { equals: company } }),
  [collections.documents]: (company) => ({ owner: { equals: company } }),
}

const isMember = ({ user }: { user: unknown }) =>
  (user as { role?: string } | null)?.role === 'member'

/**
 * A collection as the admin shows it to member users: hidden when it is not theirs, its list
 * filtered to their company's documents (a member may read every published profile, but its
 * list is its own), and a Preview button on every document the portal shows.
 */
export function withMemberAdmin(config: CollectionConfig): CollectionConfig {
  const hidden = config.admin?.hidden
  const owned = ownedBy[config.slug]
  return {
    ...config,
    ...(hasPortalPage(config.slug) && {
      endpoints: [...(config.endpoints || []), previewEndpoint],
    }),
    admin: {
      ...config.admin,
      hidden: hidden === true || forMembers.has(config.slug) ? hidden : isMember,
      ...(owned && {
        baseFilter: ({ req }) => {
          const company = companyOf(req.user)
          return isMemberUser(req.user) && company !== null ? owned(company) : null
        },
      }),
      ...(hasPortalPage(config.slug) && {
        // The CMS's preview of the latest version, which links the published page on the portal.
        preview: (doc, { locale }) =>
          doc.id == null
            ? null
            : previewPath(config.slug, doc.id as number | string, isLocale(locale) ? locale : 'en'),
      }),
    },
  }
}

/** Settings and the site build are staff business. */
export const withMemberAdminGlobal = (config: GlobalConfig): GlobalConfig => ({
  ...config,
  admin: { ...config.admin, hidden: config.admin?.hidden === true ? true : isMember },
})
