import type { APIRoute } from 'astro'

import { robotsTxt } from '../lib/feeds'

/** /robots.txt: everything may be crawled; the sitemap index lists every page in every locale. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
