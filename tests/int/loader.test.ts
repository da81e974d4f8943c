import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedContext } from '../../cms/seed/context'
import { payloadLoader } from '../../site/lib/loader'
import { startPayload } from '../helpers/payload'

/**
 * The content loader reads a collection a few ids at a time (site/lib/loader.ts): a read of a
 * whole 50,000-product catalogue in one query made Payload populate every product the catalogue
 * names in one SQL query, past SQLite's limit of values, and the build failed. Here the loader
 * reads two ids at a time and must store what one read of everything stores.
 */

let payload: Payload
let stop: () => Promise<void>
const sys = { overrideAccess: true, context: { ...seedContext } }
const publish = { _status: 'published' as const }

type Stored = { id: string; data: Record<string, unknown>; digest?: string }

/** What Astro gives a loader, held in memory: its entries and its meta store. */
function loaderContext() {
  const entries = new Map<string, Stored>()
  const meta = new Map<string, string>()
  const store = {
    set: (entry: Stored) => (entries.set(entry.id, entry), true),
    get: (id: string) => entries.get(id),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  }
  const context = {
    store,
    meta,
    logger: { info: () => {}, warn: () => {} },
    generateDigest: (data: unknown) => JSON.stringify(data),
  }
  return { entries, context }
}

async function load(idsPerRead: number, context = loaderContext()) {
  await payloadLoader('products', { idsPerRead }).load(context.context as never)
  return context
}

beforeAll(async () => {
  ;({ payload, stop } = await startPayload('loader'))
  const member = async (name: string) =>
    (
      await payload.create({
        collection: 'members',
        data: { name, country: 'BG', city: 'Varna', ...publish } as never,
        ...sys,
      })
    ).id
  const ids: (number | string)[] = []
  for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon']) {
    const created = await payload.create({
      collection: 'products',
      data: {
        name,
        kind: 'product',
        summary: `${name} summary`,
        member: await member(`${name} Works`),
        // Each product works with the ones made before it: populated from other reads.
        integrations: [...ids],
        ...publish,
      } as never,
      ...sys,
    })
    ids.push(created.id)
  }
  // Not public: never an entry.
  await payload.create({
    collection: 'products',
    data: {
      name: 'Draft',
      kind: 'product',
      summary: 'Not yet',
      member: await member('Draft Works'),
    } as never,
    ...sys,
    draft: true,
  })
}, 600_000)

afterAll(async () => {
  await stop?.()
})

describe('the content loader', () => {
  it('stores the same entries, in the same order, reading two ids at a time', async () => {
    const whole = await load(1000)
    const parts = await load(2)
    expect([...parts.entries.keys()]).toEqual([...whole.entries.keys()])
    expect([...parts.entries.keys()]).toHaveLength(3 * 5)
    expect([...parts.entries.values()]).toEqual([...whole.entries.values()])
    // The relationships of every part are populated, across parts.
    const epsilon = parts.entries.get('de/epsilon')!.data
    const named = (epsilon.integrations as { name: string }[]).map((p) => p.name).sort()
    expect(named).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma'])
  })

  it('reads again, a part at a time, only what changed since the last sync', async () => {
    const context = await load(2)
    const before = new Map(context.entries)
    const delta = await payload.find({
      collection: 'products',
      where: { slug: { equals: 'delta' } },
      ...sys,
    })
    await payload.update({
      collection: 'products',
      id: delta.docs[0]!.id,
      data: { name: 'Delta Prime', ...publish },
      ...sys,
    })
    await load(2, context)
    // Delta itself and Epsilon, the one product that names it as an integration.
    const changed = [...context.entries.keys()].filter(
      (key) => context.entries.get(key) !== before.get(key),
    )
    expect(changed.sort()).toEqual(
      ['bg', 'de', 'en'].flatMap((l) => [`${l}/delta`, `${l}/epsilon`]).sort(),
    )
    expect(context.entries.get('en/delta')!.data.name).toBe('Delta Prime')
    const epsilon = context.entries.get('bg/epsilon')!.data
    const named = (epsilon.integrations as { name: string }[]).map((p) => p.name)
    expect(named).toContain('Delta Prime')
  })
})
