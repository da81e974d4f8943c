import type { Product, Protocol } from '@cms/payload-types'

/** What connections are computed from: a product with its interfaces and maker. */
export type ConnectableProduct = Pick<Product, 'id' | 'member' | 'interfaces'> & { slug: string }

/** One protocol over which a consumer can reach a provider. */
export type ConnectionReason = {
  /** The protocol's slug. */
  protocol: string
  /** The version each side declares, as written (null when a side names none). */
  consumerVersion: string | null
  providerVersion: string | null
}

/**
 * Product `consumer` can connect to product `provider`: it consumes at least one protocol that
 * the provider provides, in the same major version wherever both name one. One connection per
 * ordered pair, with every protocol that makes it (sorted by protocol slug).
 */
export type Connection = {
  consumer: string
  provider: string
  reasons: ConnectionReason[]
}

/**
 * The major version of a version label, or null when it names none: "3.1" → "3", "v2" → "2",
 * "BIS 3.0" → "3", "2015" → "2015", "R4" → "4". The first run of digits is the major version;
 * standards write versions too many ways for semver parsing to help.
 *
 * @example majorVersion('v2.1') // '2'
 */
export function majorVersion(version: string | null | undefined): string | null {
  const digits = version?.match(/\d+/)
  return digits ? String(Number(digits[0])) : null
}

/** Two declared versions are compatible unless both name a major version and they differ. */
export const versionsMeet = (a: string | null | undefined, b: string | null | undefined) => {
  const [ma, mb] = [majorVersion(a), majorVersion(b)]
  return ma === null || mb === null || ma === mb
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value

const protocolSlug = (value: number | Protocol): string | undefined =>
  typeof value === 'object' ? (value.slug ?? undefined) : undefined

/**
 * Every connection among `products`, computed from their interfaces: A → B when A consumes a
 * protocol that B provides (compatible versions). Products of the same maker are not
 * connected: the registry shows how members' products work together, and a maker's own suite
 * says so in its description. Protocols must be populated (slug), as the site's loader does.
 *
 * @example
 * // erp provides peppol-bis "3", invoicing (another maker) consumes peppol-bis "3.0":
 * computeConnections([erp, invoicing])
 * // [{ consumer: 'invoicing', provider: 'erp', reasons: [{ protocol: 'peppol-bis', … }] }]
 */
export function computeConnections(products: ConnectableProduct[]): Connection[] {
  type Side = { product: ConnectableProduct; version: string | null }
  const providers = new Map<string, Side[]>()
  for (const product of products)
    for (const row of product.interfaces ?? []) {
      const slug = protocolSlug(row.protocol)
      if (!slug || row.role !== 'provides') continue
      const list = providers.get(slug) ?? []
      list.push({ product, version: row.version ?? null })
      providers.set(slug, list)
    }
  const found = new Map<string, Connection>()
  for (const consumer of products)
    for (const row of consumer.interfaces ?? []) {
      const slug = protocolSlug(row.protocol)
      if (!slug || row.role !== 'consumes') continue
      for (const provider of providers.get(slug) ?? []) {
        if (provider.product.id === consumer.id) continue
        if (idOf(provider.product.member) === idOf(consumer.member)) continue
        if (!versionsMeet(row.version, provider.version)) continue
        const key = `${consumer.slug}\u0000${provider.product.slug}`
        const connection = found.get(key) ?? {
          consumer: consumer.slug,
          provider: provider.product.slug,
          reasons: [],
        }
        if (!connection.reasons.some((r) => r.protocol === slug))
          connection.reasons.push({
            protocol: slug,
            consumerVersion: row.version ?? null,
            providerVersion: provider.version,
          })
        found.set(key, connection)
      }
    }
  const connections = [...found.values()]
  for (const c of connections) c.reasons.sort((a, b) => a.protocol.localeCompare(b.protocol))
  return connections.sort(
    (a, b) => a.consumer.localeCompare(b.consumer) || a.provider.localeCompare(b.provider),
  )
}
