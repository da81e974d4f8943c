/**
 * Open data of the interoperability registry (step 8): `interfaces.json`, one record per
 * protocol with the products that provide and consume it, and `connections.json`, one record
 * per computed connection with its reasons. Built from the same registry and connections as
 * the registry page (./registry.ts, ./connections.ts), so the files and the page agree.
 */
import type { Locale } from '@shared/locales'
import { protocolFamilies } from '@shared/options'
import type { Protocol } from '@cms/payload-types'
import type { Connection } from './connections'
import type { Link } from './opendata'
import {
  arrayOf,
  dateTime,
  enumOf,
  f,
  type Fields,
  nullable,
  object,
  ref,
  string,
  uri,
} from './opendataParts'
import type { InterfaceLine, Registry, RegistryLink } from './registry'
import { absolute, urlFor } from './urls'

/** One product's interface in a protocol's record. */
export type OpenInterface = {
  product: Link
  member: Link | null
  version: string | null
  documentation: string | null
  apiReference: string | null
}

export type OpenProtocol = {
  slug: string
  name: string
  url: string
  family: Protocol['family']
  description: string | null
  specification: string | null
  providers: OpenInterface[]
  consumers: OpenInterface[]
  updatedAt: string
}

export type OpenConnectionReason = {
  protocol: Link
  consumerVersion: string | null
  providerVersion: string | null
}

export type OpenConnection = {
  slug: string
  consumer: Link
  consumerMember: Link | null
  provider: Link
  providerMember: Link | null
  reasons: OpenConnectionReason[]
  updatedAt: string
}

type Site = URL | string | undefined
/** When each public document last changed, by slug: a record changes when any of its parts do. */
export type UpdatedAt = { protocols: Map<string, string>; products: Map<string, string> }

const linkOf = (site: Site, link: RegistryLink): Link => ({
  slug: link.slug,
  name: link.name,
  url: absolute(site, link.url),
})

const latest = (...dates: (string | undefined)[]) =>
  dates.filter((d): d is string => Boolean(d)).reduce((a, b) => (a > b ? a : b), '')

function openInterface(site: Site, line: InterfaceLine): OpenInterface {
  return {
    product: linkOf(site, line.product),
    member: line.maker ? linkOf(site, line.maker) : null,
    version: line.version,
    documentation: line.documentation,
    apiReference: line.apiReference ? absolute(site, line.apiReference.url) : null,
  }
}

/** Every protocol of the registry as a record, with its providers and consumers. */
export function openProtocols(registry: Registry, site: Site, updated: UpdatedAt): OpenProtocol[] {
  return registry.families.flatMap((family) =>
    family.protocols.map((p) => {
      const lines = [...p.providers, ...p.consumers]
      return {
        slug: p.slug,
        name: p.name,
        url: absolute(site, p.url),
        family: p.family,
        description: p.description,
        specification: p.specification,
        providers: p.providers.map((l) => openInterface(site, l)),
        consumers: p.consumers.map((l) => openInterface(site, l)),
        updatedAt: latest(
          updated.protocols.get(p.slug),
          ...lines.map((l) => updated.products.get(l.product.slug)),
        ),
      }
    }),
  )
}

/**
 * Every computed connection as a record (slug `<consumer>--<provider>`: slugs never hold two
 * hyphens in a row, so it is unique). Connections whose products are not both public in this
 * locale are left out.
 */
export function openConnections(
  locale: Locale,
  connections: Connection[],
  site: Site,
  known: {
    products: Map<string, { name: string; maker: RegistryLink | null; updatedAt: string }>
    protocols: Map<string, { name: string }>
  },
): OpenConnection[] {
  const product = (slug: string): Link => ({
    slug,
    name: known.products.get(slug)!.name,
    url: absolute(site, urlFor(locale, { kind: 'product', slug })),
  })
  const maker = (slug: string) => {
    const m = known.products.get(slug)?.maker
    return m ? linkOf(site, m) : null
  }
  return connections
    .filter((c) => known.products.has(c.consumer) && known.products.has(c.provider))
    .map((c) => ({
      slug: `${c.consumer}--${c.provider}`,
      consumer: product(c.consumer),
      consumerMember: maker(c.consumer),
      provider: product(c.provider),
      providerMember: maker(c.provider),
      reasons: c.reasons.map((r) => ({
        protocol: {
          slug: r.protocol,
          name: known.protocols.get(r.protocol)?.name ?? r.protocol,
          url: absolute(site, urlFor(locale, { kind: 'integrations', anchor: r.protocol })),
        },
        consumerVersion: r.consumerVersion,
        providerVersion: r.providerVersion,
      })),
      updatedAt: latest(
        known.products.get(c.consumer)?.updatedAt,
        known.products.get(c.provider)?.updatedAt,
      ),
    }))
}

const interfaceSchema = object({
  product: ref('link'),
  member: nullable(ref('link')),
  version: nullable(string),
  documentation: nullable(uri),
  apiReference: nullable(uri),
})

export const interfaceFields: Fields<OpenProtocol> = {
  slug: f(string, 'developers.field.slug'),
  name: f(string, 'developers.field.interfaces.name'),
  url: f(uri, 'developers.field.interfaces.url'),
  family: f(enumOf<Protocol['family']>()(protocolFamilies), 'developers.field.interfaces.family'),
  description: f(nullable(string), 'developers.field.interfaces.description'),
  specification: f(nullable(uri), 'developers.field.interfaces.specification'),
  providers: f(arrayOf(interfaceSchema), 'developers.field.interfaces.providers'),
  consumers: f(arrayOf(interfaceSchema), 'developers.field.interfaces.consumers'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

export const connectionFields: Fields<OpenConnection> = {
  slug: f(string, 'developers.field.connections.slug'),
  consumer: f(ref('link'), 'developers.field.connections.consumer'),
  consumerMember: f(nullable(ref('link')), 'developers.field.connections.consumerMember'),
  provider: f(ref('link'), 'developers.field.connections.provider'),
  providerMember: f(nullable(ref('link')), 'developers.field.connections.providerMember'),
  reasons: f(
    arrayOf(
      object({
        protocol: ref('link'),
        consumerVersion: nullable(string),
        providerVersion: nullable(string),
      }),
    ),
    'developers.field.connections.reasons',
  ),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}
