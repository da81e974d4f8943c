/** Collection and global slugs, so that access rules, hooks, seed and site agree on one name. */
export const collections = {
  members: 'members',
  products: 'products',
  categories: 'categories',
  events: 'events',
  publications: 'publications',
  partners: 'partners',
  cooperation: 'cooperation',
  pages: 'pages',
  media: 'media',
  documents: 'documents',
  protocols: 'protocols',
  apiDescriptions: 'api-descriptions',
  inquiries: 'inquiries',
  applications: 'applications',
  participants: 'participants',
  meetings: 'meetings',
  matchmakingTokens: 'matchmaking-tokens',
  meetingBookings: 'meeting-bookings',
  users: 'users',
  seedState: 'seed-state',
} as const

export const globals = {
  settings: 'settings',
  buildStatus: 'build-status',
} as const

/** Collections the public site shows; each has drafts and versions. */
export const publicCollections = [
  collections.members,
  collections.products,
  collections.categories,
  collections.events,
  collections.publications,
  collections.partners,
  collections.cooperation,
  collections.pages,
  collections.protocols,
] as const
