import type { Locale } from '@shared/locales'
import type {
  Category,
  Cooperation,
  Event,
  Member,
  Partner,
  Product,
  Publication,
} from '../../cms/payload-types'
import { feedPath } from './feeds'
import { makerOf, productsByMaker } from './relations'
import { isoInZone } from './timezones'
import { absolute, type Route, urlFor } from './urls'

/**
 * Open data for partner clusters: the public directory, catalogue and events as JSON with a
 * stable, documented shape. Each record is built field by field from the public view of a
 * document, so nothing the CMS adds later (or keeps private) reaches the files by accident.
 * The shapes are described once, in ./opendataSchemas.ts, which the files, the published JSON
 * Schemas, the developers page and the tests all read.
 */

export type Link = { slug: string; name: string; url: string }
/** A case study: the client's sector and country, and what came of the work (localized). */
export type OpenReference = { sector: string; country: string; outcome: string }
/** A price indication: an amount from which, or "on request" (then no amount). */
export type OpenPrice = {
  amount: number | null
  currency: string | null
  unit: string | null
  onRequest: boolean
}
export type CategoryRef = { slug: string; name: string }

export type OpenMember = {
  slug: string
  name: string
  url: string
  tagline: string | null
  sectors: CategoryRef[]
  technologies: string[]
  founded: number | null
  employees: Member['employees'] | null
  city: string | null
  country: string
  address: string | null
  location: { lat: number; lng: number } | null
  website: string | null
  languages: string[]
  certifications: string[]
  exportMarkets: string[]
  memberSince: string | null
  products: Link[]
  references: OpenReference[]
  updatedAt: string
}

export type OpenProduct = {
  slug: string
  name: string
  url: string
  kind: Product['kind']
  summary: string
  member: Link | null
  categories: CategoryRef[]
  industries: string[]
  technologies: string[]
  deployment: string[]
  pricingModel: Product['pricingModel'] | null
  price: OpenPrice | null
  supportedLanguages: string[]
  certifications: string[]
  references: OpenReference[]
  worksWith: Link[]
  updatedAt: string
}

export type OpenEvent = {
  slug: string
  title: string
  url: string
  calendarUrl: string | null
  kind: Event['kind']
  status: Event['status']
  format: Event['format']
  summary: string | null
  start: string
  end: string
  timeZone: string
  venue: {
    name: string | null
    address: string | null
    city: string | null
    country: string | null
  } | null
  onlineUrl: string | null
  organisers: Link[]
  partners: { slug: string; name: string; country: string }[]
  registrationUrl: string | null
  registrationDeadline: string | null
  updatedAt: string
}

export type OpenPartner = {
  slug: string
  name: string
  url: string
  kind: Partner['kind']
  country: string
  city: string | null
  website: string | null
  description: string | null
  cooperatingSince: string | null
  updatedAt: string
}

export type OpenPublication = {
  slug: string
  title: string
  url: string
  kind: Publication['kind']
  date: string
  authors: string[]
  summary: string | null
  updatedAt: string
}

export type OpenCooperation = {
  slug: string
  title: string
  url: string
  type: Cooperation['type']
  member: Link | null
  description: string | null
  audience: string | null
  categories: CategoryRef[]
  validUntil: string
  updatedAt: string
}

/** Where records link to, and which documents are public (a relation may point elsewhere). */
export type OpenDataContext = {
  locale: Locale
  site: URL | string | undefined
  /** Slugs of the public documents per collection, in this locale. */
  published: { members: Set<string>; products: Set<string> }
}

type Populated<T> = number | T | null | undefined
const isDoc = <T extends object>(value: Populated<T>): value is T =>
  typeof value === 'object' && value !== null

const page = (ctx: OpenDataContext, route: Route) => absolute(ctx.site, urlFor(ctx.locale, route))
const list = <T>(values: T[] | null | undefined): T[] => values ?? []
/** Optional text: an empty string from the CMS means "not given", which the files say as null. */
const text = (value: string | null | undefined) => (value?.trim() ? value : null)
const texts = <T extends string>(values: T[] | null | undefined): T[] =>
  list(values).filter((v) => v.trim() !== '')
const dateOnly = (value: string | null | undefined) => (value ? value.slice(0, 10) : null)

const categoryRefs = (values: Populated<Category>[] | null | undefined): CategoryRef[] =>
  list(values)
    .filter(isDoc)
    .map((c) => ({ slug: String(c.slug), name: c.name }))

/** Links to public documents only: a relation to an unpublished one is left out. */
function links(
  values: Populated<{ slug?: string | null; name: string }>[],
  kind: 'member' | 'product',
  ctx: OpenDataContext,
): Link[] {
  const published = kind === 'member' ? ctx.published.members : ctx.published.products
  return values
    .filter(isDoc)
    .filter((doc) => published.has(String(doc.slug)))
    .map((doc) => ({
      slug: String(doc.slug),
      name: doc.name,
      url: page(ctx, { kind, slug: String(doc.slug) }),
    }))
}

/**
 * A member's public record. The contact person (name, email, phone) stays on the profile page:
 * these files are meant to be copied and republished, and personal data should not travel with
 * them. The profile `url` leads to it.
 */
export function openMember(member: Member, products: Product[], ctx: OpenDataContext): OpenMember {
  const slug = String(member.slug)
  const { lat, lng } = member.location ?? {}
  return {
    slug,
    name: member.name,
    url: page(ctx, { kind: 'member', slug }),
    tagline: text(member.tagline),
    sectors: categoryRefs(member.sectors),
    technologies: texts(member.technologies),
    founded: member.founded ?? null,
    employees: member.employees ?? null,
    city: text(member.city),
    country: member.country,
    address: text(member.address),
    location: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    website: text(member.website),
    languages: texts(member.languages),
    certifications: texts(member.certifications),
    exportMarkets: texts(member.exportMarkets),
    memberSince: dateOnly(member.memberSince),
    products: links(products, 'product', ctx),
    references: openReferences(member.references),
    updatedAt: member.updatedAt,
  }
}

/** Every member's record, each with its own products (grouped once, not searched per member). */
export function openMembers(
  members: Member[],
  products: Product[],
  ctx: OpenDataContext,
): OpenMember[] {
  const byMaker = productsByMaker(products)
  return members.map((m) => openMember(m, byMaker.get(m.id) ?? [], ctx))
}

export function openProduct(product: Product, ctx: OpenDataContext): OpenProduct {
  const slug = String(product.slug)
  return {
    slug,
    name: product.name,
    url: page(ctx, { kind: 'product', slug }),
    kind: product.kind,
    summary: product.summary,
    member: links([makerOf(product) ?? null], 'member', ctx)[0] ?? null,
    categories: categoryRefs(product.categories),
    industries: list(product.industries),
    technologies: texts(product.technologies),
    deployment: list(product.deployment),
    pricingModel: product.pricingModel ?? null,
    price: openPrice(product.price),
    supportedLanguages: list(product.supportedLanguages),
    certifications: texts(product.certifications),
    references: openReferences(product.references),
    worksWith: links(list(product.integrations), 'product', ctx),
    updatedAt: product.updatedAt,
  }
}

/** References as they are published: the outcome in the file's locale. */
const openReferences = (references: Product['references']): OpenReference[] =>
  (references ?? []).map((r) => ({ sector: r.sector, country: r.country, outcome: r.outcome }))

/** The price indication, or null when the member gives none (or only an amount without unit). */
function openPrice(price: Product['price']): OpenPrice | null {
  if (typeof price?.amount === 'number' && price.unit)
    return {
      amount: price.amount,
      currency: price.currency ?? 'EUR',
      unit: price.unit,
      onRequest: false,
    }
  return price?.onRequest ? { amount: null, currency: null, unit: null, onRequest: true } : null
}

export function openEvent(event: Event, ctx: OpenDataContext): OpenEvent {
  const slug = String(event.slug)
  const venue = event.venue
  const hasVenue =
    event.format !== 'online' && Boolean(venue?.name || venue?.address || venue?.city)
  return {
    slug,
    title: event.title,
    url: page(ctx, { kind: 'event', slug }),
    // A postponed event has no calendar file: its stored date is the old one.
    calendarUrl:
      event.status === 'postponed'
        ? null
        : absolute(ctx.site, feedPath(ctx.locale, { kind: 'event', slug }, 'ics')),
    kind: event.kind,
    status: event.status,
    format: event.format,
    summary: text(event.summary),
    // Local time with the offset of the event's zone: the time as announced, still an instant.
    start: isoInZone(new Date(event.start), event.timeZone),
    end: isoInZone(new Date(event.end), event.timeZone),
    timeZone: event.timeZone,
    venue: hasVenue
      ? {
          name: text(venue?.name),
          address: text(venue?.address),
          city: text(venue?.city),
          country: text(venue?.country),
        }
      : null,
    onlineUrl: event.format === 'in-person' ? null : text(event.onlineUrl),
    organisers: links(list(event.organisers), 'member', ctx),
    partners: list(event.partners)
      .filter(isDoc)
      .map((p: Partner) => ({ slug: String(p.slug), name: p.name, country: p.country })),
    registrationUrl: text(event.registrationUrl),
    registrationDeadline: event.registrationDeadline
      ? isoInZone(new Date(event.registrationDeadline), event.timeZone)
      : null,
    updatedAt: event.updatedAt,
  }
}

export function openPartner(partner: Partner, ctx: OpenDataContext): OpenPartner {
  const slug = String(partner.slug)
  return {
    slug,
    name: partner.name,
    url: page(ctx, { kind: 'partners', anchor: slug }),
    kind: partner.kind,
    country: partner.country,
    city: text(partner.city),
    website: text(partner.website),
    description: text(partner.description),
    cooperatingSince: dateOnly(partner.cooperatingSince),
    updatedAt: partner.updatedAt,
  }
}

/** A publication's record; authors are names only, as the page shows them (no addresses). */
export function openPublication(publication: Publication, ctx: OpenDataContext): OpenPublication {
  const slug = String(publication.slug)
  return {
    slug,
    title: publication.title,
    url: page(ctx, { kind: 'publication', slug }),
    kind: publication.kind,
    date: publication.date.slice(0, 10),
    authors: texts(publication.authors),
    summary: text(publication.summary),
    updatedAt: publication.updatedAt,
  }
}

type LexicalNode = { type?: string; text?: unknown; children?: LexicalNode[] }

/**
 * Rich text as plain text: each block a paragraph. Open data carries no markup a reuser would
 * have to sanitise. @example plainText({ root: { children: [paragraph('Hi')] } }) // 'Hi'
 */
export function plainText(data: { root: { children: LexicalNode[] } } | null | undefined) {
  const inline = (node: LexicalNode): string =>
    typeof node.text === 'string'
      ? node.text
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(inline).join('')
  const blocks = (node: LexicalNode): string[] =>
    node.type === 'list' ? (node.children ?? []).flatMap(blocks) : [inline(node).trim()]
  return text((data?.root.children ?? []).flatMap(blocks).filter(Boolean).join('\n\n'))
}

/**
 * A cooperation post's record. How to answer it stays on the portal (its form mails the
 * member): the record names the member, not a contact person.
 */
export function openCooperation(post: Cooperation, ctx: OpenDataContext): OpenCooperation {
  const slug = String(post.slug)
  return {
    slug,
    title: post.title,
    url: page(ctx, { kind: 'cooperation', anchor: slug }),
    type: post.type,
    member: isDoc(post.member) ? (links([post.member], 'member', ctx)[0] ?? null) : null,
    description: plainText(post.description as Parameters<typeof plainText>[0]),
    audience: text(post.audience),
    categories: categoryRefs(post.categories),
    validUntil: post.validUntil.slice(0, 10),
    updatedAt: post.updatedAt,
  }
}

export {
  type Dataset,
  dataUrl,
  datasets,
  fieldDocs,
  LICENSE,
  openDataFile,
  schemaOf,
  schemaUrl,
} from './opendataSchemas'
