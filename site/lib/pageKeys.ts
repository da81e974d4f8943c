/**
 * The cacheKeys (site/lib/cacheKey.ts) of the catalogue's and the members' pages and of home:
 * what each page shows, read from the same entries the page renders from. A key is over the
 * inputs, not the finished HTML, and errs on the side of too much: a page whose key changed
 * without a visible change is only rendered once more, a key that misses an input leaves a page
 * stale. tests/int/incremental.test.ts checks known edits against full builds.
 *
 * Computed once per locale where a page needs a whole collection (the forms' markets, the
 * connection index, the cards), so that getStaticPaths stays linear in the catalogue.
 */
import type { Locale } from '@shared/locales'
import { cacheKey } from './cacheKey'
import { alternativesIn } from './compareEntries'
import {
  type Entry,
  entriesByName,
  entriesOf,
  entryBySlug,
  populatedAll,
  productsOf,
} from './entries'
import { eventPhase, groupEvents, newestFirst } from './listing'
import { clusterMarkets } from './markets'
import { privacyUrl } from './privacy'
import { productConnections } from './registryData'
import { richTextLinks } from './routeKeys'
import { makerOf } from './relations'

const once = <T>(make: (locale: Locale) => Promise<T>) => {
  const made = new Map<Locale, Promise<T>>()
  return (locale: Locale): Promise<T> => {
    if (!made.has(locale)) made.set(locale, make(locale))
    return made.get(locale)!
  }
}

/**
 * What the inquiry form shows besides its member (components/InquiryFormArea.astro): the
 * markets it suggests, from every member, and the privacy notice's address.
 */
const formInputs = once(async (locale) => ({
  markets: clusterMarkets(await entriesOf('members', locale)),
  privacy: await privacyUrl(locale),
}))

/** What a product's card shows (lib/productCards.ts): its own fields and its maker's name. */
const cardInputs = (p: Entry<'products'>) => ({
  slug: p.slug,
  name: p.name,
  kind: p.kind,
  maker: makerOf(p)?.name ?? null,
  summary: p.summary,
  untranslated: p.untranslated,
  image: p.images?.[0] ?? null,
})

/**
 * What a product page shows of its maker besides the copy in the product (facts, contact, the
 * inquiry form): not its sectors or description, so that renaming a category the maker works in
 * does not render its products' pages again.
 */
const makerInputs = (m: Entry<'members'> | undefined) =>
  m
    ? {
        slug: m.slug,
        name: m.name,
        city: m.city,
        country: m.country,
        website: m.website,
        contact: m.contact,
      }
    : null

/** A member's card (components/MemberCard.astro), and its logo among home's hero logos. */
const memberCardInputs = (m: Entry<'members'>) => ({
  slug: m.slug,
  name: m.name,
  city: m.city,
  country: m.country,
  tagline: m.tagline,
  untranslated: m.untranslated,
  sectors: populatedAll(m.sectors).slice(0, 3),
  logo: m.logo,
})

/** An event in a list (components/EventItem.astro), with its phase as of this build. */
const eventInputs = (e: Entry<'events'>, now: Date) => ({ event: e, phase: eventPhase(e, now) })

/**
 * A product page's key (pages/[locale]/catalogue/[slug].astro): the product with the copies it
 * carries (maker's name, categories, images, interfaces with their protocols and API
 * descriptions, brochure), what it shows of its maker (facts, contact, the inquiry form), the
 * products it works with (their cards), its computed connections as the page lists them (with
 * the other products' names and makers and the protocols' names), its "compare with"
 * alternatives and the inquiry form's inputs.
 */
export async function productKey(product: Entry<'products'>): Promise<string> {
  const { locale, slug } = product
  const maker = await entryBySlug('members', locale, makerOf(product)?.slug)
  const worksWith = await Promise.all(
    populatedAll<{ slug?: string | null }>(product.integrations).map(async (i) => {
      const other = await entryBySlug('products', locale, i.slug)
      return other ? cardInputs(other) : null
    }),
  )
  const connections = await productConnections(locale, slug)
  const alternatives = ((await alternativesIn(locale)).get(slug) ?? []).map((p) => [p.slug, p.name])
  // A link in the description that holds only an id shows the linked document's slug of today.
  const links = await richTextLinks(product.description)
  return cacheKey(locale, product, makerInputs(maker), worksWith, connections, alternatives, [
    links,
    await formInputs(locale),
  ])
}

/**
 * A member page's key (pages/[locale]/members/[slug].astro): the member, its products (cards, in
 * order), the events it organises with their phases today, and the inquiry form's inputs.
 */
export async function memberKey(member: Entry<'members'>, now: Date): Promise<string> {
  const { locale } = member
  const products = (await productsOf(member)).map(cardInputs)
  const isMember = (ref: unknown) =>
    typeof ref === 'object' && ref !== null && (ref as { id: unknown }).id === member.id
  const organised = (await entriesOf('events', member.locale)).filter((e) =>
    (e.organisers ?? []).some(isMember),
  )
  const { upcoming, postponed, past } = groupEvents(organised, now)
  const events = [...upcoming, ...postponed, ...past].map((e) => eventInputs(e, now))
  const links = await richTextLinks(member.description)
  return cacheKey(locale, member, products, events, links, await formInputs(locale))
}

/** The cards of the whole catalogue of a locale in name order, made once. */
const catalogueCards = once(async (locale) =>
  (await entriesByName('products', locale, (p) => p.name)).map(cardInputs),
)

/**
 * A catalogue list page's key (components/CatalogueListing.astro): its cards, its place among
 * the pages and the count of all products.
 */
export async function catalogueKey(locale: Locale, page: number, pageSize: number) {
  const cards = await catalogueCards(locale)
  const shown = cards.slice((page - 1) * pageSize, page * pageSize)
  return cacheKey(locale, page, Math.ceil(cards.length / pageSize), cards.length, shown)
}

/** The members list's key (pages/[locale]/members/index.astro): every member's card. */
export async function membersKey(locale: Locale) {
  return cacheKey(locale, (await entriesOf('members', locale)).map(memberCardInputs))
}

/**
 * Home's key (pages/[locale]/index.astro): every member (figures, the map of their cities,
 * featured members and logos), the number of products, every partner, the upcoming events with
 * their phases and the latest publications.
 */
export async function homeKey(locale: Locale, now: Date) {
  const [members, products, partners, events, publications] = await Promise.all([
    entriesOf('members', locale),
    entriesOf('products', locale),
    entriesOf('partners', locale),
    entriesOf('events', locale),
    entriesOf('publications', locale),
  ])
  const upcoming = groupEvents(events, now)
    .upcoming.slice(0, 3)
    .map((e) => eventInputs(e, now))
  const latest = newestFirst(publications).slice(0, 3)
  return cacheKey(locale, members, products.length, partners, upcoming, latest)
}
