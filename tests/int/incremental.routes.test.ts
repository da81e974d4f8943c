import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { localeCodes } from '../../cms/shared/locales'
import { hashTree } from '../helpers/hashTree'
import { startPayload } from '../helpers/payload'
import { buildSiteInto } from '../helpers/siteBuild'
import { createWorld, type World } from '../helpers/world'

/**
 * Incremental builds of the routes besides products, members and the catalogue (their keys:
 * site/lib/routeKeys.ts): real builds of a small world into a temporary folder, one after each
 * edit, each compared with the one before. An edit re-renders the pages that show what changed
 * and copies the others from the last build, byte for byte; a page whose content depends on the
 * clock (an event that ends between two builds) comes out as a full build would make it; and the
 * last incremental build equals a full build of the same content, file for file.
 */

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-routekeys-'))
const outDir = path.join(root, 'dist')
const logFile = path.join(root, 'build.log')
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  SITE_OUT_DIR: outDir,
  ASTRO_CACHE_DIR: path.join(root, 'astro-cache'),
  // Vitest sets NODE_ENV=test; the site is built as for deployment.
  NODE_ENV: 'production',
})

let payload: Payload
let stop: () => Promise<void>
let dataDir: string
let world: World

type Tree = Record<string, string>
type Build = { files: Tree; reused: Set<string>; ms: number }

/** The pages of the locales, open data and published files (not Pagefind's index). */
const pageTree = (dir: string): Tree => hashTree(dir, [...localeCodes, 'data', 'files'])

/** Builds into outDir; the files it made and the pages Astro copied from the last build. */
async function build(): Promise<Build> {
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0
  const started = Date.now()
  await buildSiteInto(outDir, env(), logFile)
  const log = fs.readFileSync(logFile, 'utf8').slice(logStart)
  // Astro logs "├─ /en/about/index.html (restored)" for a page it did not render again.
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '')
  const reused = new Set(
    [...plain.matchAll(/├─ \/?(\S+) \((?:restored|cached)\)/g)].map((m) => m[1]!),
  )
  return { files: pageTree(outDir), reused, ms: Date.now() - started }
}

const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8')
const changed = (a: Tree, b: Tree) => Object.keys(b).filter((f) => a[f] !== b[f])
const sys = { overrideAccess: true, context: { disableRevalidate: true } } as const

/** Files of every locale: `en/…`, `bg/…`, `de/…`. */
const inLocales = (...files: string[]) => localeCodes.flatMap((l) => files.map((f) => `${l}/${f}`))

let cold: Build
let last: Build
let soonEnds = 0
const summitTitle = 'Summit of the Quokkas'
const strategyTitle = 'Strategy of the Wombats'

beforeAll(async () => {
  ;({ payload, stop, dataDir } = await startPayload('routekeys'))
  world = await createWorld(payload)
  cold = await build()
  last = cold
})

afterAll(async () => {
  await stop?.()
  if (!process.env.KEEP_ROUTEKEYS) fs.rmSync(root, { recursive: true, force: true })
  if (dataDir && !process.env.KEEP_ROUTEKEYS) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('incremental builds of events, publications and the other routes', () => {
  it('an event edit re-renders its pages, the lists and feeds that show it, and no other', async () => {
    await payload.update({
      collection: 'events',
      id: world.events.published.id,
      locale: 'en',
      data: { title: summitTitle },
      ...sys,
    })
    // An online event that ends a little after this build (the clock test below): long
    // enough that this build sees it as upcoming, with its registration open.
    soonEnds = Date.now() + 2 * cold.ms + 30_000
    await payload.create({
      collection: 'events',
      data: {
        title: 'Closing Webinar',
        slug: 'closing-webinar',
        kind: 'webinar',
        format: 'online',
        onlineUrl: 'https://meet.example/closing',
        registrationUrl: 'https://register.example/closing',
        start: new Date(Date.now() - 3_600_000).toISOString(),
        end: new Date(soonEnds).toISOString(),
        timeZone: 'UTC',
        _status: 'published',
      } as never,
      ...sys,
    })
    const before = last
    last = await build()
    const diff = changed(before.files, last.files)

    // Its page in every locale (bg and de show the English title they fall back to), its
    // calendar file, and the lists and feeds it is in: all of them, the selection of its kind,
    for (const file of inLocales(
      'events/summit/index.html',
      'events/summit.ics',
      'events/index.html',
      'events.xml',
      'events.ics',
      'events/kind/conference/index.html',
      'events/kind/conference.ics',
      'events/kind/conference.xml',
    )) {
      expect(diff, file).toContain(file)
      expect(read(file), file).toContain(summitTitle)
    }
    // A page that shows no event is copied from the last build, not rendered again (the page of
    // workshops is not: it counts the webinars, one more now).
    for (const file of inLocales(
      'publications/strategy/index.html',
      'about/index.html',
      'events/kind/workshop.ics',
      'events/kind/workshop.xml',
    )) {
      expect(diff, file).not.toContain(file)
      expect(last.reused, file).toContain(file)
    }
    expect(read('en/events/closing-webinar/index.html')).toContain(
      'https://register.example/closing',
    )
  })

  it('a publication edit re-renders its pages and the publication lists, and no event page', async () => {
    await payload.update({
      collection: 'publications',
      id: world.publications.published.id,
      locale: 'en',
      data: { title: strategyTitle },
      ...sys,
    })
    const before = last
    last = await build()
    const diff = changed(before.files, last.files)
    for (const file of inLocales(
      'publications/strategy/index.html',
      'publications/index.html',
      'publications.xml',
    )) {
      expect(diff, file).toContain(file)
      expect(read(file), file).toContain(strategyTitle)
    }
    for (const file of inLocales(
      'events/summit/index.html',
      'events/summit.ics',
      'events/kind/conference/index.html',
      'events/kind/conference.xml',
      'about/index.html',
    )) {
      expect(diff, file).not.toContain(file)
      expect(last.reused, file).toContain(file)
    }
  })

  it(
    'an event that ended since the last build shows as past, as a full build would make it',
    {
      timeout: 600_000,
    },
    async () => {
      // Nothing is edited: only the clock moves past the webinar's end.
      while (Date.now() < soonEnds + 1_000) await new Promise((r) => setTimeout(r, 500))
      const before = last
      last = await build()
      const diff = changed(before.files, last.files)
      for (const file of inLocales(
        'events/closing-webinar/index.html',
        'events/closing-webinar.ics',
        'events/kind/webinar/index.html',
        'events/kind/webinar.ics',
      ))
        expect(diff, file).toContain(file)
      // The page no longer offers registration, and says that the event has taken place.
      expect(read('en/events/closing-webinar/index.html')).not.toContain(
        'https://register.example/closing',
      )
      expect(read('en/events/closing-webinar.ics')).not.toContain(
        'https://register.example/closing',
      )

      // A full build (no cache) of the same content makes the very same files.
      const fullOut = path.join(root, 'full')
      await buildSiteInto(
        fullOut,
        { ...env(), SITE_OUT_DIR: fullOut, ASTRO_CACHE_DIR: path.join(root, 'full-cache') },
        logFile,
      )
      const full = pageTree(fullOut)
      expect(Object.keys(last.files).sort()).toEqual(Object.keys(full).sort())
      expect(changed(full, last.files)).toEqual([])
    },
  )
})
