/**
 * The interoperability registry (step 8) as data: which members' products provide or consume
 * each protocol, grouped by family, and the computed connections each product takes part in.
 * Pure functions of the site's entries, shared by the registry page, its filter island
 * (`/<locale>/integrations/registry.json`), the product pages and the open data, so that they
 * all say the same thing.
 */
import type { Locale } from '@shared/locales'
import { protocolFamilies } from '@shared/options'
import type { ApiDescription, Member, Product, Protocol } from '@cms/payload-types'
import { type Connection, type ConnectionIndex, type ConnectionTally, tallyOf } from './connections'
import { label } from './labels'
import { makerOf } from './relations'
import { urlFor } from './urls'

export type Family = (typeof protocolFamilies)[number]
export type Role = 'provides' | 'consumes'

/** A link the registry shows: a product or its maker. */
export type RegistryLink = { slug: string; name: string; url: string }

/** The API description an interface row links to (its reference page, once it has one). */
export type ApiLinkOf = (
  locale: Locale,
  product: Pick<Product, 'slug'>,
  api: Pick<ApiDescription, 'id' | 'title' | 'filename'>,
) => string | undefined

/** One product's interface of one protocol, as a line of the registry or the product page. */
export type InterfaceLine = {
  product: RegistryLink
  maker: RegistryLink | null
  role: Role
  version: string | null
  documentation: string | null
  /** The product's API reference page for this interface, when it has an API description. */
  apiReference: { title: string; url: string } | null
}

/** A protocol with everything that speaks it. */
export type RegistryProtocol = {
  slug: string
  name: string
  family: Family
  description: string | null
  specification: string | null
  /** Its entry on the registry page (`/<l>/integrations/#slug`). */
  url: string
  providers: InterfaceLine[]
  consumers: InterfaceLine[]
  /** How many computed connections go over this protocol. */
  connections: number
}

export type RegistryFamily = { family: Family; label: string; protocols: RegistryProtocol[] }

/** The whole registry of a locale: families in the vocabulary's order, protocols by name. */
export type Registry = {
  families: RegistryFamily[]
  counts: { protocols: number; products: number; members: number; connections: number }
}

type ProtocolRef = Pick<Protocol, 'name' | 'family'> & { slug: string }
type ProductLike = Pick<Product, 'id' | 'slug' | 'name' | 'member' | 'interfaces'>

const populated = <T extends object>(value: unknown): T | undefined =>
  value !== null && typeof value === 'object' ? (value as T) : undefined

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

/** Sorts by a name in the locale's collation (not ./entries' byName: that module needs Astro). */
const byName = <T>(locale: Locale, name: (item: T) => string) => {
  const collator = new Intl.Collator(locale)
  return (a: T, b: T) => collator.compare(name(a), name(b))
}

/** A product's maker as a registry link, or null when it is not populated. */
export function makerLink(locale: Locale, product: Pick<Product, 'member'>): RegistryLink | null {
  const maker: Member | undefined = makerOf(product)
  if (!maker?.slug) return null
  return {
    slug: maker.slug,
    name: maker.name,
    url: urlFor(locale, { kind: 'member', slug: maker.slug }),
  }
}

/**
 * A product's interfaces as lines, in the order the member gave them. Rows whose protocol is
 * not public (the loader then holds only its id) are left out: the portal cannot name them.
 */
export function interfaceLines(
  locale: Locale,
  product: ProductLike,
  apiLink: ApiLinkOf = () => undefined,
): (InterfaceLine & { protocol: ProtocolRef })[] {
  const self: RegistryLink = {
    slug: product.slug ?? '',
    name: product.name,
    url: urlFor(locale, { kind: 'product', slug: product.slug ?? '' }),
  }
  const maker = makerLink(locale, product)
  return (product.interfaces ?? []).flatMap((row) => {
    const protocol = populated<Pick<Protocol, 'slug' | 'name' | 'family'>>(row.protocol)
    if (!protocol?.slug) return []
    const api = populated<ApiDescription>(row.apiDescription)
    const apiUrl = api ? apiLink(locale, product, api) : undefined
    return [
      {
        protocol: { slug: protocol.slug, name: protocol.name, family: protocol.family },
        product: self,
        maker,
        role: row.role,
        version: text(row.version),
        documentation: text(row.documentation),
        apiReference:
          api && apiUrl ? { title: api.title ?? api.filename ?? '', url: apiUrl } : null,
      },
    ]
  })
}

/**
 * The registry of a locale: every public protocol (also those nobody speaks yet: staff added
 * them for a reason, and a member may look for one to declare), each with the products that
 * provide and consume it, the products sorted by name.
 *
 * @example registryOf('en', protocols, products, connectionIndex(products))
 */
export function registryOf(
  locale: Locale,
  protocols: (Pick<Protocol, 'slug' | 'name' | 'family' | 'description' | 'specification'> & {
    slug: string
  })[],
  products: ProductLike[],
  connections: ConnectionTally | Connection[],
  apiLink?: ApiLinkOf,
): Registry {
  const tally = Array.isArray(connections) ? tallyOf(connections) : connections
  const lines = new Map<string, InterfaceLine[]>()
  for (const product of products)
    for (const line of interfaceLines(locale, product, apiLink)) {
      const list = lines.get(line.protocol.slug) ?? []
      const { protocol: _protocol, ...rest } = line
      list.push(rest)
      lines.set(line.protocol.slug, list)
    }
  const { overProtocol } = tally
  const byProduct = byName<InterfaceLine>(locale, (l) => l.product.name)
  const entries: RegistryProtocol[] = protocols.map((p) => {
    const all = [...(lines.get(p.slug) ?? [])].sort(byProduct)
    return {
      slug: p.slug,
      name: p.name,
      family: p.family,
      description: text(p.description),
      specification: text(p.specification),
      url: urlFor(locale, { kind: 'integrations', anchor: p.slug }),
      providers: all.filter((l) => l.role === 'provides'),
      consumers: all.filter((l) => l.role === 'consumes'),
      connections: overProtocol.get(p.slug) ?? 0,
    }
  })
  const byProtocol = byName<RegistryProtocol>(locale, (p) => p.name)
  const families = protocolFamilies
    .map((family) => ({
      family,
      label: label(locale, 'protocol.family', family),
      protocols: entries.filter((p) => p.family === family).sort(byProtocol),
    }))
    .filter((f) => f.protocols.length > 0)
  const speaking = [...lines.values()].flat()
  return {
    families,
    counts: {
      protocols: entries.filter((p) => p.providers.length + p.consumers.length > 0).length,
      products: new Set(speaking.map((l) => l.product.slug)).size,
      members: new Set(speaking.flatMap((l) => (l.maker ? [l.maker.slug] : []))).size,
      connections: tally.total,
    },
  }
}

/** A computed connection as one product's page shows it: the other product and why. */
export type ProductConnection = {
  other: RegistryLink
  maker: RegistryLink | null
  reasons: {
    protocol: RegistryLink
    consumerVersion: string | null
    providerVersion: string | null
  }[]
}

/**
 * The computed connections of one product, seen from its page: `uses` (it consumes what the
 * other provides) and `usedBy` (the other consumes what it provides), each by the other's name.
 * Connections to products that are not in `products` (not public in this locale) are left out.
 */
export function connectionsOf(
  locale: Locale,
  slug: string,
  connections: Connection[],
  products: Map<string, Pick<Product, 'slug' | 'name' | 'member'>>,
  protocols: Map<string, Pick<Protocol, 'name'>>,
): { uses: ProductConnection[]; usedBy: ProductConnection[] } {
  const view = (c: Connection, otherSlug: string): ProductConnection[] => {
    const other = products.get(otherSlug)
    if (!other) return []
    return [
      {
        other: {
          slug: otherSlug,
          name: other.name,
          url: urlFor(locale, { kind: 'product', slug: otherSlug }),
        },
        maker: makerLink(locale, other),
        reasons: c.reasons.map((r) => ({
          protocol: {
            slug: r.protocol,
            name: protocols.get(r.protocol)?.name ?? r.protocol,
            url: urlFor(locale, { kind: 'integrations', anchor: r.protocol }),
          },
          consumerVersion: r.consumerVersion,
          providerVersion: r.providerVersion,
        })),
      },
    ]
  }
  const sort = byName<ProductConnection>(locale, (c) => c.other.name)
  return {
    uses: connections
      .filter((c) => c.consumer === slug)
      .flatMap((c) => view(c, c.provider))
      .sort(sort),
    usedBy: connections
      .filter((c) => c.provider === slug)
      .flatMap((c) => view(c, c.consumer))
      .sort(sort),
  }
}

/** A protocol with its version, as a reason reads: "PEPPOL BIS 3.0", or the name alone. */
export const withVersion = (name: string, version: string | null | undefined) =>
  version?.trim() ? `${name} ${version.trim()}` : name

/** What the registry's filter island reads: the registry and the members it can filter by. */
export type RegistryIndex = { registry: Registry; members: RegistryLink[] }

/** The island's index of a registry: its members (those with interfaces) by name. */
export function registryIndex(locale: Locale, registry: Registry): RegistryIndex {
  const members = new Map<string, RegistryLink>()
  for (const family of registry.families)
    for (const protocol of family.protocols)
      for (const line of [...protocol.providers, ...protocol.consumers])
        if (line.maker) members.set(line.maker.slug, line.maker)
  return {
    registry,
    members: [...members.values()].sort(byName(locale, (m) => m.name)),
  }
}

/** How many connections a product page lists each way before "n more in the registry". */
export const shownConnections = 12

/** A product page's connections as it lists them: the first few each way, and how many more. */
export type ShownConnections = ReturnType<typeof connectionsOf> & {
  more: { uses: number; usedBy: number }
}

/**
 * The connections one product's page lists: at most `limit` each way, the others' names in
 * order (`rank`: the place in the locale's name order of each product of `products`, worked out
 * once per build; a product it does not hold is not public in the locale and left out), and how
 * many more there are. A protocol spoken by a thousand products would otherwise list a
 * thousand on every one of their pages; the registry, one link away, lists them all.
 */
export function shownConnectionsOf(
  locale: Locale,
  slug: string,
  index: Pick<ConnectionIndex, 'shown'>,
  products: Map<string, Pick<Product, 'slug' | 'name' | 'member'>>,
  protocols: Map<string, Pick<Protocol, 'name'>>,
  rank: Map<string, number>,
  limit: number,
): ShownConnections {
  const own = index.shown(slug, rank, limit)
  return {
    ...connectionsOf(locale, slug, [...own.uses, ...own.usedBy], products, protocols),
    more: {
      uses: own.count.uses - own.uses.length,
      usedBy: own.count.usedBy - own.usedBy.length,
    },
  }
}
