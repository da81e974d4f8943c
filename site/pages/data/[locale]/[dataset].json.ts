import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale, localeCodes } from '@shared/locales'
import { clusterNameFor } from '@site/lib/cms'
import { entriesOf } from '@site/lib/entries'
import { openPosts } from '@site/lib/listing'
import {
  type Dataset,
  datasets,
  openCooperation,
  openDataFile,
  type OpenDataContext,
  openEvent,
  openMembers,
  openPartner,
  openProduct,
  openPublication,
} from '@site/lib/opendata'
import { openConnections, openProtocols } from '@site/lib/opendataInterfaces'
import { productFacts, registryData } from '@site/lib/registryData'

/** /data/<locale>/<dataset>.json: open data, described by /data/schemas/. */
// A handful of files: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = (() =>
  localeCodes.flatMap((locale) =>
    datasets.map((dataset) => ({ params: { locale, dataset } })),
  )) satisfies GetStaticPaths

type OpenRecord = { slug: string; updatedAt: string }

/**
 * connections.json holds at most this many (about 14 MB): where thousands of products speak one
 * protocol there are millions, which interfaces.json describes in a size that grows with the
 * catalogue. The envelope's `total` says how many there are.
 */
const openConnectionsLimit = 20_000

async function records(
  dataset: Dataset,
  locale: Locale,
  site: URL | undefined,
): Promise<OpenRecord[]> {
  const members = await entriesOf('members', locale)
  const products = await entriesOf('products', locale)
  const ctx: OpenDataContext = {
    locale,
    site,
    published: {
      members: new Set(members.map((m) => String(m.slug))),
      products: new Set(products.map((p) => String(p.slug))),
    },
  }
  switch (dataset) {
    case 'members':
      return openMembers(members, products, ctx)
    case 'products':
      return products.map((p) => openProduct(p, ctx))
    case 'events':
      return (await entriesOf('events', locale)).map((e) => openEvent(e, ctx))
    case 'partners':
      return (await entriesOf('partners', locale)).map((p) => openPartner(p, ctx))
    case 'publications':
      return (await entriesOf('publications', locale)).map((p) => openPublication(p, ctx))
    case 'cooperation':
      // The posts the cooperation page lists: those still open on the day of the build.
      return openPosts(await entriesOf('cooperation', locale), new Date()).map((p) =>
        openCooperation(p, ctx),
      )
    case 'interfaces': {
      const { registry, products: bySlug, protocols } = await registryData(locale)
      const updatedAt = (docs: Iterable<{ slug: string; updatedAt: string }>) =>
        new Map([...docs].map((d) => [d.slug, d.updatedAt]))
      return openProtocols(registry, site, {
        protocols: updatedAt(protocols.values()),
        products: updatedAt(bySlug.values()),
      })
    }
    case 'connections': {
      const { connections, products: bySlug, protocols } = await registryData(locale)
      return openConnections(locale, connections.first(openConnectionsLimit), site, {
        products: productFacts(locale, bySlug),
        protocols,
      })
    }
  }
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const dataset = params.dataset as Dataset
  const publisher = await clusterNameFor(locale)
  const file = openDataFile(dataset, await records(dataset, locale, site), {
    locale,
    site,
    publisher,
    total:
      dataset === 'connections' ? (await registryData(locale)).connections.total : undefined,
  })
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
