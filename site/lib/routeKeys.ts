import type { Document } from '@cms/payload-types'
import { defaultLocale, type Locale, localeCodes } from '@shared/locales'
import { cacheKey } from './cacheKey'
import { byName, type Entry, entriesOf, entryBySlug, populated, populatedAll } from './entries'
import { eventFilterOptions, matchesFilter } from './eventFilters'
import { languageOf } from './fallback'
import { registrationOpen } from './feeds'
import { imageUrl } from './images'
import { eventPhase } from './listing'
import { clusterMarkets } from './markets'
import { registrationState } from './matchmaking'
import { privacyUrl } from './privacy'
import { slugLookup } from './entries'
import type { RichText } from './richtext'
import { publishUpload } from './uploads'
import type { EventFilter } from './urls'

/**
 * The `cacheKey` of each route that is not a product, member, catalogue list or home page
 * (those are keyed next to their pages): what each page shows, computed the way the page
 * computes it, so that Astro's incremental build (astro.config.mjs) copies a page from the last
 * build only when a full build would make the same bytes. Values read from the clock enter as
 * what the page shows (an event's phase, whether registration is open), never as the date, so
 * a key changes when an event ends and not on every build.
 *
 * Routes that render on every build, without a key (tests/unit/cacheKeys.test.ts fails when a
 * route with more paths than these has none):
 * - one path per locale that lists a whole collection, so a key would hash about as much as
 *   rendering reads: the events and publications pages and their feeds (events.xml/.ics,
 *   publications.xml; the events' phases are read from the clock there too), partners, map,
 *   cooperation (open posts by date), membership, developers (every event selection's feeds),
 *   the integrations registry and its JSON, the catalogue's cards.json;
 * - one path per locale that shows no content besides the settings: the comparison page (its
 *   island fetches the columns), search, the 404, the feeds' stylesheet rss.xsl;
 * - a handful of files: open data (/data/<locale>/<dataset>.json, eight per locale, each a whole
 *   collection) and its schemas (made from code);
 * - routes without parameters, which Astro cannot key (no getStaticPaths): the language chooser
 *   /, /404.html, robots.txt, rss.css.
 */

type Path = { params: { locale?: string } & Record<string, string | undefined> }

/** Adds the key of each path, made of what `inputsOf` says the path's page shows. */
export async function keyed<P extends Path>(
  paths: P[],
  inputsOf: (path: P) => Promise<unknown[]> | unknown[],
): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(
    paths.map(async (path) => {
      const locale = (path.params.locale ?? defaultLocale) as Locale
      const inputs = await inputsOf(path)
      return { ...path, cacheKey: await cacheKey(locale, ...inputs) }
    }),
  )
}

/**
 * The addresses a rich text's internal links go to when they hold only an id: the linked
 * document's slug, looked up when the page renders (site/components/RichText.astro).
 */
export async function richTextLinks(data: RichText): Promise<(string | undefined)[]> {
  const slugOf = await slugLookup()
  const found: (string | undefined)[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { fields?: { doc?: { relationTo?: string; value?: unknown } } }
    const doc = n.fields?.doc
    if (doc?.relationTo && (typeof doc.value === 'number' || typeof doc.value === 'string'))
      found.push(slugOf(doc.relationTo, doc.value))
    ;(node as { children?: unknown[] }).children?.forEach(walk)
  }
  data?.root.children.forEach(walk)
  return found
}

/** Where an event stands as its pages and feeds show it, read from the clock once per path. */
const eventState = (event: Entry<'events'>, now: Date) => ({
  phase: eventPhase(event, now),
  registrationOpen: registrationOpen(event, now),
})

const markets = new Map<Locale, Promise<string[]>>()
const formCategories = new Map<Locale, Promise<unknown[]>>()

/** What the matchmaking registration form shows besides the event (MatchmakingFormArea). */
async function matchmakingForm(locale: Locale) {
  if (!markets.has(locale))
    markets.set(
      locale,
      entriesOf('members', locale).then((members) => clusterMarkets(members)),
    )
  if (!formCategories.has(locale))
    formCategories.set(
      locale,
      entriesOf('categories', locale).then((categories) =>
        [...categories]
          .sort(byName(locale, (c) => c.name))
          .map((c) => [c.id, c.slug, c.name, populated(c.parent)?.id ?? c.parent ?? null]),
      ),
    )
  return {
    markets: await markets.get(locale),
    categories: await formCategories.get(locale),
    privacy: await privacyUrl(locale),
  }
}

/** /<locale>/events/<slug>/ (site/pages/[locale]/events/[slug].astro) */
export async function eventPageInputs(locale: Locale, event: Entry<'events'>): Promise<unknown[]> {
  const now = new Date()
  const organisers = await Promise.all(
    populatedAll<{ slug?: string | null }>(event.organisers).map(async (o) => {
      const member = await entryBySlug('members', locale, o.slug)
      return member && [member.slug, member.name]
    }),
  )
  const matchmaking = event.matchmaking?.enabled ? registrationState(event, now) : undefined
  return [
    event,
    eventState(event, now),
    matchmaking,
    matchmaking === 'open' ? await matchmakingForm(locale) : undefined,
    organisers,
    await richTextLinks(event.description),
    // The image's address holds the file's fingerprint (site/lib/uploads.ts).
    await imageUrl(event.image, 1200),
    await imageUrl(event.image, 400),
  ]
}

/** /<locale>/events/<slug>.ics: the event, with what its description says of its phase. */
export const eventCalendarInputs = (event: Entry<'events'>): unknown[] => [
  event,
  eventState(event, new Date()),
]

/** The matchmaking pages of an event: its name and address, and the island's categories. */
export async function matchmakingInputs(
  locale: Locale,
  event: Entry<'events'>,
): Promise<unknown[]> {
  const categories = (await entriesOf('categories', locale)).map((c) => [c.slug, c.name])
  return [event.slug, event.title, categories]
}

/**
 * /<locale>/events/<by>/<value>/ and its .ics and .xml: the selection's events with their
 * phases, and on the page every selection's name and count (it links to each).
 */
export async function selectionInputs(
  locale: Locale,
  filter: EventFilter,
  withOptions: boolean,
): Promise<unknown[]> {
  const now = new Date()
  const all = await entriesOf('events', locale)
  return [
    filter,
    all.filter((e) => matchesFilter(e, filter)).map((e) => [e, eventState(e, now)]),
    withOptions && eventFilterOptions(all, locale),
  ]
}

/**
 * /<locale>/publications/<slug>/: the publication, its cover and the PDF of each locale as the
 * page offers them (computed as the page does: a locale's file may be the English one).
 */
export async function publicationInputs(
  locale: Locale,
  publication: Entry<'publications'>,
): Promise<unknown[]> {
  const files: unknown[] = []
  for (const code of localeCodes) {
    const version =
      code === locale ? publication : await entryBySlug('publications', code, publication.slug)
    const doc = populated<Document>(version?.file)
    if (!doc?.filename) continue
    files.push([
      code,
      version ? languageOf(version, 'file') : code,
      doc.id,
      await publishUpload('documents', doc.filename),
    ])
  }
  return [
    publication,
    files,
    await richTextLinks(publication.body),
    await imageUrl(publication.cover, 800),
    await imageUrl(publication.cover, 400),
  ]
}
