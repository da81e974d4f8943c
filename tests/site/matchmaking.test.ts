import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'
import { DomUtils, parseDocument } from 'htmlparser2'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { formatNumber } from '../../site/lib/format'
import { registrationState } from '../../site/lib/matchmaking'
import { urlFor } from '../../site/lib/urls'
import bg from '../../site/i18n/ui/bg.json'
import de from '../../site/i18n/ui/de.json'
import en from '../../site/i18n/ui/en.json'
import { loadSite } from '../helpers/siteDist'
import { decodeEntities, textOf } from '../helpers/siteHtml'

/**
 * The public side of B2B matchmaking on the event pages: an event with matchmaking shows its
 * section (windows, figures, the way in, the registration form while registration is open); one
 * without shows none; and no participant's name or email is anywhere in the build.
 *
 * Matchmaking settings and participants are read from the database the site was built from
 * (the seed's matchmaking event and its participants), not from a list written here.
 */
const site = loadSite()
const ui = { en, bg, de } as const
const builtAt = new Date(site.facts.builtAt)

type MatchmakingRow = {
  slug: string
  status: 'scheduled' | 'cancelled' | 'postponed'
  start: string
  end: string
  enabled: number | null
  opens: string | null
  closes: string | null
  participants: number | null
  countries: number | null
  meetings: number | null
  countriesMet: number | null
}
let events: MatchmakingRow[] = []
let participants: { name: string; email: string }[] = []
/** The sessions' online meeting rooms: staff and participants read them, the public never. */
let rooms: string[] = []

beforeAll(async () => {
  const db = createClient({ url: `file:${path.join(inject('site').dataDir, 'cms.db')}` })
  try {
    const rows = await db.execute(
      `SELECT slug, status, start, "end", matchmaking_enabled AS enabled,
        matchmaking_registration_opens AS opens, matchmaking_registration_closes AS closes,
        matchmaking_stats_participants AS participants, matchmaking_stats_countries AS countries,
        matchmaking_stats_meetings AS meetings, matchmaking_stats_countries_met AS countriesMet
       FROM events WHERE _status = 'published'`,
    )
    events = rows.rows as unknown as MatchmakingRow[]
    participants = (await db.execute('SELECT name, email FROM participants'))
      .rows as unknown as typeof participants
    rooms = (
      await db.execute(
        'SELECT online_url AS url FROM events_matchmaking_sessions WHERE online_url IS NOT NULL',
      )
    ).rows.map((r) => String(r.url))
  } finally {
    db.close()
  }
})

/** The matchmaking <section> of a page, or undefined. */
function sectionOf(html: string) {
  const section = DomUtils.findOne(
    (e) => e.name === 'section' && e.attribs['aria-labelledby'] === 'matchmaking',
    parseDocument(html),
  )
  return section ? DomUtils.getOuterHTML(section) : undefined
}

const isRegistrationIsland = (html: string) => /<astro-island[^>]*MatchmakingForm/.test(html)

describe.each(localeCodes)('matchmaking on the event pages in %s', (locale) => {
  const words = ui[locale]
  const pageOf = (slug: string) => {
    const file = site.fileFor(urlFor(locale, { kind: 'event', slug }))
    return file ? site.read(file) : undefined
  }
  const stateOf = (e: MatchmakingRow) =>
    registrationState(
      {
        status: e.status,
        start: e.start,
        end: e.end,
        matchmaking: {
          enabled: Boolean(e.enabled),
          registrationOpens: e.opens,
          registrationCloses: e.closes,
          scheduling: 'self',
        },
      },
      builtAt,
    )

  it('an event with matchmaking shows the section, its figures, the way in and the form', () => {
    const withMatchmaking = events.filter((e) => e.enabled && pageOf(e.slug))
    expect(withMatchmaking.length, 'seeded events with matchmaking').toBeGreaterThan(0)
    let forms = 0
    for (const event of withMatchmaking) {
      const section = sectionOf(pageOf(event.slug)!)
      expect(section, event.slug).toBeDefined()
      const text = textOf(section!)
      expect(text).toContain(words['matchmakingForm.title'])
      const past = Date.parse(event.end) < builtAt.getTime()
      if (event.participants) {
        const figures: [number | null, keyof typeof words][] = [
          [event.participants, 'matchmakingForm.stats.participants'],
          [event.countries, 'matchmakingForm.stats.countries'],
        ]
        if (past) {
          figures.push([event.meetings, 'matchmakingForm.stats.meetings'])
          figures.push([event.countriesMet, 'matchmakingForm.stats.countriesMet'])
        }
        for (const [value, key] of figures) {
          const forms = words[key] as Record<string, string>
          const noun = forms[new Intl.PluralRules(locale).select(value ?? 0)] ?? forms.other
          expect(text, `${event.slug}: ${key}`).toContain(
            `${formatNumber(locale, value ?? 0)} ${noun}`,
          )
        }
      }
      const signIn = `${urlFor(locale, { kind: 'event', slug: event.slug })}matchmaking/`
      if (!past) {
        expect(section, event.slug).toContain(`href="${signIn}"`)
        expect(text).toContain(words['matchmakingForm.signIn'])
      }
      const open = stateOf(event) === 'open'
      expect(isRegistrationIsland(section!), `${event.slug}: form while open`).toBe(open)
      if (open) {
        forms++
        // Without JavaScript the form's place says how to register instead.
        expect(text).toContain(words['matchmakingForm.noScript'])
      }
    }
    expect(forms, 'an event whose registration is open').toBeGreaterThan(0)
  })

  it('an event without matchmaking shows no section and no form', () => {
    const without = events.filter((e) => !e.enabled && pageOf(e.slug))
    expect(without.length).toBeGreaterThan(0)
    for (const event of without) {
      const html = pageOf(event.slug)!
      expect(sectionOf(html), event.slug).toBeUndefined()
      expect(isRegistrationIsland(html), event.slug).toBe(false)
    }
  })
})

describe('no participant is published', () => {
  /** Images and fonts carry no text of ours; everything else is read, gzip (Pagefind) unpacked. */
  const binary = /\.(png|jpe?g|webp|avif|gif|ico|woff2?|ttf|otf|wasm)$/i
  const contents = site.files
    .filter((f) => !binary.test(f))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(site.outDir, file))
      const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes
      const text = raw.toString('utf8')
      const unescaped = decodeEntities(text).replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      )
      return [file, `${text}\n${unescaped}`.toLowerCase()] as const
    })

  it('no name or email of any registered participant appears anywhere in dist/', () => {
    expect(participants.length, 'the seed registers participants').toBeGreaterThan(0)
    const leaks: string[] = []
    for (const p of participants) {
      for (const needle of [p.name, p.email].map((s) => s.toLowerCase())) {
        for (const [file, text] of contents)
          if (text.includes(needle)) leaks.push(`"${needle}" in ${file}`)
      }
    }
    expect(leaks).toEqual([])
  })

  it('no online meeting room of a matchmaking session appears anywhere in dist/', () => {
    const leaks = rooms.flatMap((url) =>
      contents
        .filter(([, text]) => text.includes(url.toLowerCase()))
        .map(([f]) => `${url} in ${f}`),
    )
    expect(leaks).toEqual([])
  })
})
