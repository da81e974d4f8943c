/**
 * The registry and the computed connections of a locale, from the site's entries, made once per
 * build and locale: the registry page, its island's JSON, every product page and the open data
 * read the same objects (48 product pages each recomputing them would repeat the same work).
 */
import type { Locale } from '@shared/locales'
import { apiReferenceRoute } from './apiReference/route'
import { type Connection, computeConnections } from './connections'
import { type Entry, entriesOf } from './entries'
import { type ApiLinkOf, makerLink, type Registry, registryOf } from './registry'
import { urlFor } from './urls'

/** Where an interface's API description is read on the portal: its API reference page. */
export const apiLink: ApiLinkOf = (locale, product, api) => {
  const route = apiReferenceRoute(product, api)
  return route && urlFor(locale, route)
}

export type RegistryData = {
  registry: Registry
  connections: Connection[]
  products: Map<string, Entry<'products'>>
  protocols: Map<string, Entry<'protocols'>>
}

const cache = new Map<Locale, Promise<RegistryData>>()

async function load(locale: Locale): Promise<RegistryData> {
  const [products, protocols] = await Promise.all([
    entriesOf('products', locale),
    entriesOf('protocols', locale),
  ])
  const connections = computeConnections(products)
  return {
    registry: registryOf(locale, protocols, products, connections, apiLink),
    connections,
    products: new Map(products.map((p) => [p.slug, p])),
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
