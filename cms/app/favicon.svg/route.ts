/**
 * The cluster's mark as the admin's favicon and logo, from the CMS itself (no third-party
 * request): the portal's own public/favicon.svg, one file for both.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '@cms/paths'

export async function GET(): Promise<Response> {
  const svg = await fs.readFile(path.join(projectRoot, 'public', 'favicon.svg'))
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' },
  })
}
