import fs from 'node:fs'
import path from 'node:path'

/**
 * Just enough HTML parsing for checks over the generated site. Astro writes well-formed HTML
 * with quoted attributes, so a tokenizer over start tags, with comments and the raw text of
 * <script> and <style> skipped, finds every tag and attribute reliably. Not a general parser.
 */
export type Tag = { name: string; attrs: Record<string, string>; start: number; end: number }
export type Parsed = {
  html: string
  tags: Tag[]
  scripts: { attrs: Record<string, string>; body: string }[]
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes character references: named (the common ones), decimal and hexadecimal. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return String.fromCodePoint(code)
    }
    return entities[ref.toLowerCase()] ?? whole
  })
}

const attrPattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {}
  for (const m of source.matchAll(attrPattern)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
  return attrs
}

const tokenPattern =
  /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g

export function parseHtml(html: string): Parsed {
  const tags: Tag[] = []
  const scripts: Parsed['scripts'] = []
  for (const m of html.matchAll(tokenPattern)) {
    const start = m.index
    const end = start + m[0].length
    if (m[1]) {
      const attrs = parseAttrs(m[2])
      tags.push({ name: m[1].toLowerCase(), attrs, start, end })
      if (m[1].toLowerCase() === 'script') scripts.push({ attrs, body: m[3] })
    } else if (m[4]) {
      tags.push({ name: m[4].toLowerCase(), attrs: parseAttrs(m[5]), start, end })
    }
  }
  return { html, tags, scripts }
}

/** The visible text of an HTML fragment: tags, scripts and styles removed, entities decoded. */
export function textOf(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim()
}

/** The inner HTML of the first element with this tag name (no nesting of the same tag). */
export function innerOf(html: string, name: string): string | undefined {
  const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}\\s*>`, 'i').exec(html)
  return m?.[1]
}

export const tagsNamed = (page: Parsed, name: string) => page.tags.filter((t) => t.name === name)

/** Every file under a folder, as paths relative to it with forward slashes. */
export function walk(dir: string, prefix = ''): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...walk(dir, rel))
    else out.push(rel)
  }
  return out
}

/** The site path of a built HTML file: `en/catalogue/x/index.html` -> `/en/catalogue/x/`. */
export const urlPathOf = (file: string) => '/' + file.replace(/(^|\/)index\.html$/, '$1')
