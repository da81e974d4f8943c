import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { catalogues } from '../../cms/i18n/messages'
import { loadSite } from '../helpers/siteDist'
import { decodeEntities } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site

/** Images and fonts carry no text of ours; everything else is read, gzip (Pagefind) unpacked. */
const binary = /\.(png|jpe?g|webp|avif|gif|ico|woff2?|ttf|otf|wasm)$/i

function contentOf(file: string): string {
  const bytes = fs.readFileSync(path.join(site.outDir, file))
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes
  const text = raw.toString('utf8')
  // The same text, however it was escaped: HTML references and JSON \u escapes decoded.
  const unescaped = decodeEntities(text).replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  )
  return `${text}\n${unescaped}`.toLowerCase()
}

/**
 * A part of a private text that would show it leaked: the longest run of letters, digits and
 * spaces (punctuation may be escaped or typographically replaced), or an email as a whole.
 */
function probeOf(text: string): string {
  if (/^[^@\s]+@[^@\s]+$/.test(text)) return text.toLowerCase()
  const runs = text.match(/[\p{L}\p{N}][\p{L}\p{N} ]*[\p{L}\p{N}]/gu) ?? [text]
  return runs.sort((a, b) => b.length - a.length)[0].toLowerCase()
}

const files = site.files.filter((f) => !binary.test(f))
const contents = new Map(files.map((f) => [f, contentOf(f)]))

function filesContaining(needle: string): string[] {
  return [...contents].filter(([, text]) => text.includes(needle)).map(([f]) => f)
}

describe('nothing private is published', () => {
  it('the build has text to search (a real check, not an empty folder)', () => {
    expect(files.length).toBeGreaterThan(100)
    const someMember = facts.docs.members.en[0].title.toLowerCase()
    expect(filesContaining(someMember).length).toBeGreaterThan(0)
  })

  it('no draft document: its name, slug or pages appear nowhere in dist/', () => {
    expect(facts.drafts.length).toBeGreaterThan(0)
    const leaks: string[] = []
    for (const draft of facts.drafts) {
      for (const needle of [draft.slug, draft.title]) {
        for (const file of filesContaining(needle.toLowerCase()))
          leaks.push(`"${needle}" in ${file}`)
      }
      for (const file of site.files.filter((f) => f.includes(draft.slug)))
        leaks.push(`file ${file}`)
    }
    expect(leaks).toEqual([])
  })

  it('no staff notes, form submission, unpublished revision or user email appears in dist/', () => {
    const kinds = new Set(facts.secrets.map((s) => s.what.split(' ')[0]))
    expect([...kinds].sort()).toEqual(['application', 'draft', 'email', 'inquiry', 'internalNotes'])
    const leaks: string[] = []
    for (const secret of facts.secrets) {
      const probe = probeOf(secret.text)
      expect(probe.length, `a distinctive part of the ${secret.what}`).toBeGreaterThanOrEqual(12)
      for (const file of filesContaining(probe))
        leaks.push(`${secret.what} ("${probe}") in ${file}`)
    }
    expect(leaks).toEqual([])
  })
})

describe("nothing of matchmaking's participants is published", () => {
  it('no participant name, email, profile, offer, request or meeting message appears in dist/', () => {
    const texts = facts.participantTexts
    expect(texts.filter((t) => t.what.startsWith('name of')).length).toBeGreaterThanOrEqual(40)
    expect(texts.some((t) => t.what.startsWith('message of'))).toBe(true)
    const leaks: string[] = []
    for (const secret of texts) {
      // A name or email as a whole; longer texts by their longest run of words.
      const probe = /^(name|email) of/.test(secret.what)
        ? secret.text.toLowerCase()
        : probeOf(secret.text)
      expect(probe.length, `a distinctive part of the ${secret.what}`).toBeGreaterThanOrEqual(9)
      for (const file of filesContaining(probe))
        leaks.push(`${secret.what} ("${probe}") in ${file}`)
    }
    expect(leaks).toEqual([])
  })

  it('open data has no participants or meetings dataset', () => {
    const data = site.files.filter((f) => f.startsWith('data/'))
    expect(data.length).toBeGreaterThan(0)
    expect(data.filter((f) => /participant|meeting|matchmaking/i.test(f))).toEqual([])
    for (const file of data.filter((f) => f.endsWith('.json'))) {
      const text = contents.get(file) ?? ''
      expect([file, /calendarkey|"participants"\s*:\s*\[/.test(text)]).toEqual([file, false])
    }
  })
})

describe('no completeness score is published', () => {
  it("no page, data file or search index has a member's score or the panel's words", () => {
    // The panel's own words in every locale, and the keys a leaked score would carry.
    const words = (Object.values(catalogues) as Record<string, string>[]).flatMap((c) => [
      c['completeness.title'],
      c['completeness.intro'],
    ])
    const leaks: string[] = []
    for (const needle of [...words.map(probeOf), '"completeness"', '/completeness'])
      for (const file of filesContaining(needle.toLowerCase())) leaks.push(`"${needle}" in ${file}`)
    expect(leaks).toEqual([])
  })
})
