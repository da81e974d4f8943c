import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

let cached: string | null = null

/** A stylesheet with its `@import './x.css'` lines replaced by the files they name. */
function inline(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return ''
  seen.add(file)
  const css = fs.readFileSync(file, 'utf8')
  return css.replace(/@import\s+['"](\.[^'"]+\.css)['"]\s*;/g, (_, rel: string) =>
    inline(path.resolve(path.dirname(file), rel), seen),
  )
}

/**
 * The portal's own stylesheet (site/styles/global.css with its imports), read from the project
 * on the first preview and inlined in each one, so a preview looks like the portal's page
 * without the CMS importing portal code. A CMS deployed without the portal's sources falls back
 * to a few plain rules.
 */
export function portalStylesheet(): string {
  if (cached !== null) return cached
  try {
    cached = inline(path.join(projectRoot, 'site', 'styles', 'global.css'))
  } catch {
    cached =
      'body{font-family:system-ui,sans-serif;margin:0;line-height:1.5}.container{max-width:74rem;margin:0 auto;padding:0 1rem}'
  }
  return cached
}
