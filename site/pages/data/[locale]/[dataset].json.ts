import type { APIRoute, GetStaticPaths } from 'astro'

import { type Locale, localeCodes } from '@shared/locales'
import { clusterNameFor } from '@site/lib/cms'
import { entriesOf } from '@site/lib/entries'
import {
  type Dataset,
  datasets,
  openDataFile,
  type OpenDataContext,
  type OpenEvent,
  openEvent,
  type OpenMember,
  openMembers,
  type OpenProduct,
  openProduct,
} from '@site/lib/opendata'

/** /data/<locale>/{members,products,events}.json: open data, described by /data/schemas/. */
export const getStaticPaths = (() =>
  localeCodes.flatMap((locale) =>
    datasets.map((dataset) => ({ params: { locale, dataset } })),
  )) satisfies GetStaticPaths

type OpenRecord = OpenMember | OpenProduct | OpenEvent

async function records(dataset: Dataset, locale: Locale, site: URL | undefined): Promise<OpenRecord[]> {
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
  if (dataset === 'members') return openMembers(members, products, ctx)
  if (dataset === 'products') return products.map((p) => openProduct(p, ctx))
  return (await entriesOf('events', locale)).map((e) => openEvent(e, ctx))
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale
  const dataset = params.dataset as Dataset
  const publisher = await clusterNameFor(locale)
  const file = openDataFile(dataset, await records(dataset, locale, site), { locale, site, publisher })
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
