import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { up } from '../../cms/migrations/20261206_095044_country_codes'
import type { Inquiry, Member } from '../../cms/payload-types'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
const sys = { overrideAccess: true, context: { seeding: true } }

// What the old check let in is written past validation, as the old form stored it.
const storeRaw = (collection: 'inquiries' | 'members', id: number, data: Record<string, unknown>) =>
  payload.db.updateOne({ collection, id, data })

const migrate = async () =>
  up({ payload, req: await createLocalReq({}, payload), db: undefined as never })

let member: Member
const inquiries: Record<string, Inquiry> = {}

beforeAll(async () => {
  ctx = await startPayload('country-codes')
  payload = ctx.payload
  member = await payload.create({
    collection: 'members',
    data: {
      name: 'Alpha Soft',
      country: 'BG',
      tagline: 'Cloud for SMEs',
      exportMarkets: ['RO', 'DE'],
      _status: 'published',
    },
    ...sys,
  })
  await payload.update({
    collection: 'members',
    id: member.id,
    locale: 'bg',
    data: { tagline: 'Облак за МСП' },
    ...sys,
  })
  await storeRaw('members', member.id, { exportMarkets: ['DD', 'RO', 'DE', 'YU'] })
  for (const [key, country, staffNotes] of [
    ['dd', 'DD', null],
    ['yu', 'YU', 'Called back on Monday.'],
    ['xk', 'XK', null],
    ['de', 'DE', null],
  ] as const) {
    const doc = await payload.create({
      collection: 'inquiries',
      data: {
        name: `Buyer ${key}`,
        email: `${key}@buyer.example`,
        message: 'Please send us an offer for forty licences with support.',
        member: member.id,
        country: 'DE',
        status: 'new',
        staffNotes,
      },
      ...sys,
    })
    await storeRaw('inquiries', doc.id, { country })
    inquiries[key] = doc
  }
})
afterAll(async () => {
  await ctx?.stop()
})

const inquiry = (key: string) =>
  payload.findByID({ collection: 'inquiries', id: inquiries[key]!.id, depth: 0, ...sys })

describe('migration country_codes', () => {
  it('the seeded rows really hold withdrawn codes', async () => {
    expect((await inquiry('dd')).country).toBe('DD')
  })

  it('maps DD to DE, keeps the ambiguous YU in the staff note, clears XK with a note', async () => {
    const memberBefore = await payload.findByID({
      collection: 'members',
      id: member.id,
      locale: 'all',
      ...sys,
    })
    const untouched = await inquiry('de')
    await migrate()
    const dd = await inquiry('dd')
    expect(dd.country).toBe('DE')
    expect(dd.staffNotes ?? null).toBeNull()
    const yu = await inquiry('yu')
    expect(yu.country).toBe('RS')
    expect(yu.staffNotes).toMatch(/^Called back on Monday\.\n\nCountry was stored as YU/)
    expect(yu.staffNotes).toContain('changed to RS')
    const xk = await inquiry('xk')
    expect(xk.country ?? null).toBeNull()
    expect(xk.staffNotes).toContain('stored as XK')
    expect(xk.staffNotes).toContain('cleared')
    // Everything else of each row is as it was.
    expect(dd.message).toBe(inquiries.dd!.message)
    expect(dd.member).toBe(member.id)
    expect(await inquiry('de')).toEqual(untouched)

    const memberAfter = await payload.findByID({
      collection: 'members',
      id: member.id,
      locale: 'all',
      ...sys,
    })
    expect(memberAfter.exportMarkets).toEqual(['DE', 'RO', 'RS'])
    expect({ ...memberAfter, exportMarkets: null, updatedAt: null }).toEqual({
      ...memberBefore,
      exportMarkets: null,
      updatedAt: null,
    })
    expect(memberAfter.tagline).toEqual({ en: 'Cloud for SMEs', bg: 'Облак за МСП' })
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await payload.find({ collection: 'inquiries', pagination: false, ...sys })
    await migrate()
    const after = await payload.find({ collection: 'inquiries', pagination: false, ...sys })
    expect(after.docs).toEqual(before.docs)
  })

  it('the admin shows the country by name next to the code, in the admin language', async () => {
    const dd = await inquiry('dd')
    expect(dd.countryName).toBe('Germany')
    const req = await createLocalReq({}, payload)
    req.i18n.language = 'bg'
    const bg = await payload.findByID({ collection: 'inquiries', id: dd.id, req, ...sys })
    expect(bg.countryName).toBe('Германия')
  })
})
