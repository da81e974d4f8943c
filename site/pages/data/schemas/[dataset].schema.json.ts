import type { APIRoute, GetStaticPaths } from 'astro'

import { type Dataset, datasets, schemaOf } from '@site/lib/opendata'

/** /data/schemas/<dataset>.schema.json: the JSON Schema (draft 2020-12) of each open data file. */
// A handful of files: rendered on every build, without a cacheKey (site/lib/routeKeys.ts).
export const getStaticPaths = (() =>
  datasets.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(schemaOf(params.dataset as Dataset, site), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  })
