import fs from 'node:fs'
import path from 'node:path'

/** Collections whose documents the site shows, on their own page or on a list page. */
export const listedCollections = [
  'members',
  'products',
  'events',
  'publications',
  'pages',
  'partners',
  'cooperation',
] as const
export type ListedCollection = (typeof listedCollections)[number]

export type SiteDoc = {
  slug: string
  title: string
  status?: string
  start?: string
  end?: string
  date?: string
  summary?: string
  country?: string
  validUntil?: string
  format?: string
}

/**
 * What the seeded database holds, read when the site was built: the public documents (as an
 * anonymous visitor reads them through the Local API), the drafts, and text that must never be
 * published (staff notes, form submissions, user emails, an unpublished revision).
 */
export type SiteFacts = {
  locales: string[]
  builtAt: string
  docs: Record<ListedCollection, Record<string, SiteDoc[]>>
  drafts: { collection: ListedCollection; slug: string; title: string }[]
  secrets: { what: string; text: string }[]
  /**
   * What the seed's matchmaking participants wrote or gave (names, emails, profiles, offers' and
   * requests' titles, meeting messages): only staff and the participants themselves read it.
   */
  participantTexts: { what: string; text: string }[]
  /** A published document with English text only: other locales show it with a notice. */
  untranslated: { collection: ListedCollection; slug: string; text: string }
  /** A published document whose text is written the same in every locale (a brand tagline). */
  sameEverywhere: { collection: ListedCollection; slug: string; text: string }
}

/** Where a seeded site lives: the database folder, the facts file and the built site. */
export type SiteLocation = { root: string; dataDir: string; outDir: string; factsFile: string }

export const siteLocation = (root: string): SiteLocation => ({
  root,
  dataDir: path.join(root, 'data'),
  outDir: path.join(root, 'dist'),
  factsFile: path.join(root, 'facts.json'),
})

export const readFacts = (location: SiteLocation): SiteFacts =>
  JSON.parse(fs.readFileSync(location.factsFile, 'utf8')) as SiteFacts
