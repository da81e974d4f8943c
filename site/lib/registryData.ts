/**
 * The registry and the computed connections of a locale, from the site's entries, made once per
 * build and locale: the registry page, its island's JSON, every product page and the open data
 * read the same objects (48 product pages each recomputing them would repeat the same work).
 */
import type { Locale } from '@shared/locales'
import { apiReferenceRoute } from './apiReference/route'
import { type ConnectableProduct, type ConnectionIndex, connectionIndex } from './connections'
import { byName, type Entry, entriesOf } from './entries'
import {
  type ApiLinkOf,
  makerLink,
  type Registry,
  registryOf,
  type ShownConnections,
  shownConnections,
  shownConnectionsOf,
} from './registry'
import { urlFor } from './urls'

/** Where an interface's API description is read on the portal: its API reference page. */
export const apiLink: ApiLinkOf = (locale, product, api) => {
  const route = apiReferenceRoute(product, api)
  return route && urlFor(locale, route)
}

export type RegistryData = {
  registry: Registry
  connections: ConnectionIndex
  products: Map<string, Entry<'products'>>
  protocols: Map<string, Entry<'protocols'>>
  /** Each product's place in the locale's name order (lists of connections sort by it). */
  nameRank: Map<string, number>
}

const cache = new Map<Locale, Promise<RegistryData>>()

/**
 * Connections depend on no localized field (slugs, makers, protocols, versions), so the locales
 * share one index, and its tally is counted once per build rather than once per locale.
 */
const indexes = new Map<string, ConnectionIndex>()
function sharedIndex(products: ConnectableProduct[]): ConnectionIndex {
  const facts = JSON.stringify(
    products.map((p) => [
      p.id,
      p.slug,
      typeof p.member === 'object' ? p.member?.id : p.member,
      (p.interfaces ?? []).map((row) => [
        typeof row.protocol === 'object' ? row.protocol.slug : row.protocol,
        row.role,
        row.version,
      ]),
    ]),
  )
  if (!indexes.has(facts)) indexes.set(facts, connectionIndex(products))
  return indexes.get(facts)!
}

async function load(locale: Locale): Promise<RegistryData> {
  const [products, protocols] = await Promise.all([
    entriesOf('products', locale),
    entriesOf('protocols', locale),
  ])
  const connections = sharedIndex(products)
  return {
    registry: registryOf(locale, protocols, products, connections, apiLink),
    connections,
    products: new Map(products.map((p) => [p.slug, p])),
    nameRank: new Map([...products].sort(byName(locale, (p) => p.name)).map((p, i) => [p.slug, i])),
    protocols: new Map(protocols.map((p) => [p.slug, p])),
  }
}

/** The registry of a locale, with its connections and lookups by slug. */
export function registryData(locale: Locale): Promise<RegistryData> {
  if (!cache.has(locale)) cache.set(locale, load(locale))
  return cache.get(locale)!
}

/** Each product's name, maker and last change, for the connections' open data. */
export const productFacts = (locale: Locale, products: Map<string, Entry<'products'>>) =>
  new Map(
    [...products].map(([slug, p]) => [
      slug,
      { name: p.name, maker: makerLink(locale, p), updatedAt: p.updatedAt },
    ]),
  )

/** The connections a product's page lists (ProductConnections.astro, and its page's key). */
export async function productConnections(locale: Locale, slug: string): Promise<ShownConnections> {
  const { connections, products, protocols, nameRank } = await registryData(locale)
  return shownConnectionsOf(
    locale,
    slug,
    connections,
    products,
    protocols,
    nameRank,
    shownConnections,
  )
}
