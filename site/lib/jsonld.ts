import type { Locale } from '@shared/locales'
import type { Event, Member, Partner, Product, Publication } from '../../cms/payload-types'
import { eventPhase } from './listing'
import { isoInZone } from './timezones'

/**
 * schema.org JSON-LD for each kind of page. Pure: the page passes absolute URLs (page, images,
 * files) it has already resolved, and gets plain objects for Base's `jsonLd` prop.
 */

type Thing = Record<string, unknown>
const context = 'https://schema.org'

/** Leaves out empty values, so a block never claims `"email": null`. */
function compact(thing: Thing): Thing {
  return Object.fromEntries(
    Object.entries(thing).filter(
      ([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  )
}

export type Cluster = {
  name: string
  url: string
  description?: string | null
  logo?: string
  email?: string | null
  telephone?: string | null
  address?: string | null
  sameAs?: string[]
}

/** The id that member and publication blocks use to point at the cluster. */
export const clusterId = (clusterUrl: string) => `${clusterUrl}#organization`

/** The cluster itself, on the home page. */
export function clusterLd(cluster: Cluster, memberUrls: string[] = []): Thing {
  return compact({
    '@context': context,
    '@type': 'Organization',
    '@id': clusterId(cluster.url),
    name: cluster.name,
    url: cluster.url,
    description: cluster.description,
    logo: cluster.logo,
    email: cluster.email,
    telephone: cluster.telephone,
    address: cluster.address
      ? { '@type': 'PostalAddress', streetAddress: cluster.address }
      : undefined,
    sameAs: cluster.sameAs,
    member: memberUrls.map((url) => ({ '@type': 'Organization', '@id': `${url}#organization` })),
  })
}

const employeeRange = (range: string | null | undefined) => {
  const match = /^(\d+)(?:-(\d+))?/.exec(range ?? '')
  if (!match) return undefined
  return compact({
    '@type': 'QuantitativeValue',
    minValue: Number(match[1]),
    maxValue: match[2] ? Number(match[2]) : undefined,
  })
}

/** A member company on its profile page. */
export function memberLd(
  member: Pick<
    Member,
    | 'name'
    | 'tagline'
    | 'founded'
    | 'employees'
    | 'city'
    | 'country'
    | 'address'
    | 'location'
    | 'website'
    | 'contact'
    | 'languages'
    | 'exportMarkets'
    | 'technologies'
  >,
  ctx: { url: string; logo?: string; clusterUrl: string },
): Thing {
  const { lat, lng } = member.location ?? {}
  return compact({
    '@context': context,
    '@type': 'Organization',
    '@id': `${ctx.url}#organization`,
    name: member.name,
    url: ctx.url,
    sameAs: member.website ? [member.website] : undefined,
    logo: ctx.logo,
    description: member.tagline,
    foundingDate: member.founded ? String(member.founded) : undefined,
    numberOfEmployees: employeeRange(member.employees),
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: member.address,
      addressLocality: member.city,
      addressCountry: member.country,
    }),
    geo:
      typeof lat === 'number' && typeof lng === 'number'
        ? { '@type': 'GeoCoordinates', latitude: lat, longitude: lng }
        : undefined,
    email: member.contact?.email,
    telephone: member.contact?.phone,
    knowsLanguage: member.languages,
    knowsAbout: member.technologies,
    areaServed: (member.exportMarkets ?? []).map((code) => ({ '@type': 'Country', name: code })),
    memberOf: { '@type': 'Organization', '@id': clusterId(ctx.clusterUrl) },
  })
}

/** A product or solution is a schema.org Product; a service is a Service. */
export function productLd(
  product: Pick<Product, 'name' | 'kind' | 'summary' | 'technologies'>,
  ctx: {
    url: string
    images: string[]
    maker?: { name: string; url: string }
    categories: string[]
    /** The price indication ("from"), its unit in the page's language; none without an amount. */
    price?: { amount: number; currency: string; unitText: string }
  },
): Thing {
  const offers = ctx.price
    ? {
        '@type': 'Offer',
        url: ctx.url,
        price: ctx.price.amount,
        priceCurrency: ctx.price.currency,
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          // An indication of where prices start: the lowest, not a fixed price.
          minPrice: ctx.price.amount,
          priceCurrency: ctx.price.currency,
          unitText: ctx.price.unitText,
        },
      }
    : undefined
  const maker = ctx.maker
    ? {
        '@type': 'Organization',
        '@id': `${ctx.maker.url}#organization`,
        name: ctx.maker.name,
        url: ctx.maker.url,
      }
    : undefined
  const common = {
    '@context': context,
    name: product.name,
    description: product.summary,
    url: ctx.url,
    image: ctx.images,
  }
  if (product.kind === 'service') {
    return compact({
      ...common,
      '@type': 'Service',
      provider: maker,
      serviceType: ctx.categories[0],
      category: ctx.categories,
      offers,
    })
  }
  return compact({
    ...common,
    '@type': 'Product',
    brand: ctx.maker ? { '@type': 'Brand', name: ctx.maker.name } : undefined,
    manufacturer: maker,
    category: ctx.categories.join(', ') || undefined,
    keywords: product.technologies?.join(', '),
    offers,
  })
}

const eventStatus: Record<Event['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
}

const attendanceMode: Record<Event['format'], string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
}

function eventLocation(event: Pick<Event, 'format' | 'venue' | 'onlineUrl'>, pageUrl: string) {
  const venue = event.venue ?? {}
  const place = compact({
    '@type': 'Place',
    name: venue.name ?? venue.city,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: venue.address,
      addressLocality: venue.city,
      addressCountry: venue.country,
    }),
  })
  const virtual = { '@type': 'VirtualLocation', url: event.onlineUrl ?? pageUrl }
  if (event.format === 'online') return virtual
  if (event.format === 'hybrid') return [place, virtual]
  return place
}

/** An event: status, attendance mode, location, and times with the offset of its time zone. */
export function eventLd(
  event: Pick<
    Event,
    | 'title'
    | 'summary'
    | 'start'
    | 'end'
    | 'timeZone'
    | 'status'
    | 'format'
    | 'venue'
    | 'onlineUrl'
    | 'registrationUrl'
  >,
  ctx: {
    url: string
    image?: string
    organisers: { name: string; url: string }[]
    locale: Locale
    now?: Date
  },
): Thing {
  return compact({
    '@context': context,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: ctx.url,
    image: ctx.image ? [ctx.image] : undefined,
    startDate: isoInZone(new Date(event.start), event.timeZone),
    endDate: isoInZone(new Date(event.end), event.timeZone),
    eventStatus: eventStatus[event.status],
    eventAttendanceMode: attendanceMode[event.format],
    location: eventLocation(event, ctx.url),
    organizer: ctx.organisers.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url })),
    inLanguage: ctx.locale,
    // Registration only while it is open: not for a past, postponed or cancelled event.
    offers:
      event.registrationUrl &&
      event.status === 'scheduled' &&
      eventPhase(event, ctx.now ?? new Date()) === 'upcoming'
        ? { '@type': 'Offer', url: event.registrationUrl }
        : undefined,
  })
}

/** A newsletter is an Article; strategies, studies, reports and briefs are Reports. */
export function publicationLd(
  publication: Pick<Publication, 'title' | 'kind' | 'date' | 'authors' | 'summary'>,
  ctx: {
    url: string
    image?: string
    file?: { url: string; language: string }
    cluster: { name: string; url: string }
    locale: Locale
  },
): Thing {
  return compact({
    '@context': context,
    '@type': publication.kind === 'newsletter' ? 'Article' : 'Report',
    headline: publication.title,
    name: publication.title,
    description: publication.summary,
    url: ctx.url,
    image: ctx.image ? [ctx.image] : undefined,
    datePublished: publication.date.slice(0, 10),
    inLanguage: ctx.locale,
    author: (publication.authors ?? []).map((name) => ({ '@type': 'Person', name })),
    publisher: {
      '@type': 'Organization',
      '@id': clusterId(ctx.cluster.url),
      name: ctx.cluster.name,
      url: ctx.cluster.url,
    },
    encoding: ctx.file
      ? {
          '@type': 'MediaObject',
          contentUrl: ctx.file.url,
          encodingFormat: 'application/pdf',
          inLanguage: ctx.file.language,
        }
      : undefined,
  })
}

/** A partner organisation on the partners page. */
export function partnerLd(
  partner: Pick<Partner, 'name' | 'website' | 'city' | 'country' | 'description'>,
  ctx: { url: string; logo?: string },
): Thing {
  return compact({
    '@context': context,
    '@type': 'Organization',
    name: partner.name,
    url: partner.website ?? ctx.url,
    logo: ctx.logo,
    description: partner.description,
    address: compact({
      '@type': 'PostalAddress',
      addressLocality: partner.city,
      addressCountry: partner.country,
    }),
  })
}

/** A list page: the documents it links to, in order. */
export function itemListLd(name: string, urls: string[]): Thing {
  return {
    '@context': context,
    '@type': 'ItemList',
    name,
    numberOfItems: urls.length,
    itemListElement: urls.map((url, i) => ({ '@type': 'ListItem', position: i + 1, url })),
  }
}

/** A standing page (about, contact, privacy, membership). */
export const webPageLd = (name: string, url: string, locale: Locale): Thing => ({
  '@context': context,
  '@type': 'WebPage',
  name,
  url,
  inLanguage: locale,
})
