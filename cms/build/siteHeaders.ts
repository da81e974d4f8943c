/**
 * The portal's security headers, written into the built site as `dist/_headers` (the format
 * Netlify and Cloudflare Pages read) at the end of every Astro build, and applied from that same
 * file by the portal's own server (serveSite.ts): one policy for every way the site is served.
 *
 * The Content-Security-Policy allows scripts and styles only from the site itself, plus the
 * exact inline `<script>` and `<style>` elements Astro wrote (the island loader, the hydration
 * directives, scoped component styles), by their SHA-256 hashes computed from the built HTML:
 * no 'unsafe-inline'. Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); the forms post to
 * the CMS (connect-src gets CMS_URL's origin, read when the site is built).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { cachedPageIdentity, PageMemo } from './pageMemo'

export const headersFileName = '_headers'

/** Where the forms post: env CMS_URL when the site is built (as site/islands/forms/build.ts). */
export function formsOrigin(env: NodeJS.Dict<string>): string {
  const url = env.CMS_URL?.trim() || 'http://localhost:3000'
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new Error(
      `CMS_URL must be the CMS's public address, such as https://cms.example.org (it is "${url}"); ` +
        "the portal's forms post there and its Content-Security-Policy allows only that origin.",
    )
  return new URL(url).origin
}

/** Hashes of the inline `<script>` and `<style>` elements, and of `style` attributes. */
export type InlineHashes = { scripts: string[]; styles: string[]; styleAttributes: string[] }

/** The Content-Security-Policy for the whole site. */
export function contentSecurityPolicy(cmsOrigin: string, inline: InlineHashes): string {
  const quoted = (hashes: string[]) => hashes.map((h) => `'${h}'`)
  return [
    `default-src 'none'`,
    // 'self' also admits the feeds' XSLT (/<locale>/rss.xsl): browsers check it as a script.
    // The page it makes has no inline style: it links /rss.css, admitted by style-src 'self'.
    `script-src 'self' 'wasm-unsafe-eval' ${quoted(inline.scripts).join(' ')}`.trim(),
    `style-src 'self' ${quoted(inline.styles).join(' ')}`.trim(),
    // Rich text from the CMS may align a paragraph with a style attribute (Payload's converter).
    ...(inline.styleAttributes.length > 0
      ? [`style-src-attr 'unsafe-hashes' ${quoted(inline.styleAttributes).join(' ')}`]
      : []),
    `img-src 'self'`,
    `font-src 'self'`,
    `connect-src 'self' ${cmsOrigin}`,
    `form-action 'self'`,
    `base-uri 'self'`,
    `object-src 'none'`,
    `frame-ancestors 'none'`,
  ].join('; ')
}

/**
 * Headers every response gets. frame-ancestors only works as a header (browsers ignore it in a
 * <meta> policy), so X-Frame-Options is there for browsers that predate it.
 */
export const baseHeaders: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
}

/** Astro's hashed assets never change under one name; everything else follows rebuilds. */
export const immutableAssets = {
  path: '/_astro/*',
  cacheControl: 'public, max-age=31536000, immutable',
}

export type HeaderRule = { path: string; headers: Record<string, string> }

/**
 * What a partner's web page may read with fetch(): the open data, the calendars and the feeds
 * (and the feeds' stylesheets), all public and the same for everyone, so any origin may read
 * them (no credentials, so `*` is safe). Pages are left out: nothing needs to read their HTML.
 */
export const openToEveryOrigin: HeaderRule[] = ['/data/*', '/*.ics', '/*.xml', '/*.xsl'].map(
  (path) => ({ path, headers: { 'Access-Control-Allow-Origin': '*' } }),
)

/** The rules of the headers file for a built site. */
export function siteHeaderRules(cmsOrigin: string, inline: InlineHashes): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(cmsOrigin, inline),
        ...baseHeaders,
      },
    },
    { path: immutableAssets.path, headers: { 'Cache-Control': immutableAssets.cacheControl } },
    ...openToEveryOrigin,
  ]
}

/** The rules in `_headers` syntax: a path, then its headers indented, one per line. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const lines = ['# Written by the portal build (cms/build/siteHeaders.ts); do not edit.']
  for (const rule of rules) {
    lines.push(rule.path)
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`)
  }
  return `${lines.join('\n')}\n`
}

/** Reads `_headers` syntax (paths with `*` splats; `#` comments). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} })
      continue
    }
    const at = line.indexOf(':')
    const rule = rules.at(-1)
    if (rule && at > 0) rule.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return rules
}

/** The headers for a URL path: every matching rule's, in order (as Netlify merges them). */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
    )
    if (pattern.test(urlPath)) Object.assign(headers, rule.headers)
  }
  return headers
}

const sha256 = (text: string) =>
  `sha256-${crypto.createHash('sha256').update(text).digest('base64')}`

/** Script types the browser runs; JSON-LD and other data blocks are never executed. */
const runsAsScript = (attrs: string) => {
  const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]*)/i)?.[1]?.toLowerCase()
  return !type || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type)
}

/** A page's inline hashes: scripts, styles, style attributes. */
type PageHashes = [scripts: string[], styles: string[], styleAttributes: string[]]

/**
 * The hashes of every inline script and style element in the built HTML under `dir`. With
 * `cacheDir` (Astro's cache folder) a page whose bytes are unchanged since the last build (its
 * identity, pageMemo.ts) gives the hashes it gave then, unread: after a publish at 130,000 pages
 * reading them all took 25–35 s.
 */
export function inlineHashes(dir: string, cacheDir?: string): InlineHashes {
  const memo = cacheDir
    ? new PageMemo<PageHashes>(path.join(cacheDir, 'inline-hashes.json'), 1)
    : undefined
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const attributes = new Set<string>()
  for (const file of htmlFiles(dir)) {
    const rel = path.relative(dir, file)
    const identity = cacheDir ? cachedPageIdentity(cacheDir, rel) : undefined
    let page = memo?.get(rel, identity)
    if (!page) {
      page = pageHashes(fs.readFileSync(file, 'utf8'))
      memo?.set(rel, identity, page)
    }
    for (const hash of page[0]) scripts.add(hash)
    for (const hash of page[1]) styles.add(hash)
    for (const hash of page[2]) attributes.add(hash)
  }
  memo?.save()
  const sorted = (set: Set<string>) => [...set].sort()
  return { scripts: sorted(scripts), styles: sorted(styles), styleAttributes: sorted(attributes) }
}

function pageHashes(html: string): PageHashes {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const attributes = new Set<string>()
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi))
    if (!/\bsrc\s*=/i.test(attrs!) && runsAsScript(attrs!) && body) scripts.add(sha256(body))
  for (const [, , body] of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi))
    if (body) styles.add(sha256(body))
  for (const [, double, single] of html.matchAll(styleAttribute))
    attributes.add(sha256(decodeEntities(double ?? single ?? '')))
  return [[...scripts], [...styles], [...attributes]]
}

const styleAttribute = /<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi

const namedEntities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }

/** An attribute's value as the browser reads it: the hash is over the decoded text. */
const decodeEntities = (text: string) =>
  text.replace(/&(?:#x([\da-f]+)|#(\d+)|(amp|quot|apos|lt|gt));/gi, (_, hex, dec, named) =>
    hex || dec
      ? String.fromCodePoint(parseInt(hex ?? dec, hex ? 16 : 10))
      : namedEntities[String(named).toLowerCase()]!,
  )

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* htmlFiles(file)
    else if (entry.name.endsWith('.html')) yield file
  }
}

/**
 * Writes `_headers` into a built site; returns the policy it wrote. `cacheDir`: Astro's cache
 * folder of the build, to skip reading unchanged pages (inlineHashes).
 */
export function writeSiteHeaders(
  dir: string,
  env: NodeJS.Dict<string>,
  cacheDir?: string,
): HeaderRule[] {
  const rules = siteHeaderRules(formsOrigin(env), inlineHashes(dir, cacheDir))
  fs.writeFileSync(path.join(dir, headersFileName), formatHeadersFile(rules))
  return rules
}
