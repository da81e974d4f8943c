import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { deleteTarget, type Driver, ids, specs } from './accessMatrix'
import { type Actor, actors, type World } from './world'

type Setup = () => { payload: Payload; world: World; driver: Driver }

/**
 * The full access matrix: every collection × every actor × create, read, update, delete,
 * plus the globals, asserted through whichever driver the calling test file provides.
 */
export function accessMatrix(setup: Setup) {
  let counter = 0
  for (const [collection, spec] of Object.entries(specs)) {
    describe(collection, () => {
      for (const actor of actors) {
        it(`read as ${actor}`, async () => {
          const { world, driver } = setup()
          const expected = spec.read(world)[actor]
          const result = await driver.find(collection, actor)
          if (expected === null) {
            expect(result.ok, 'read should be refused').toBe(false)
            return
          }
          expect(result.ok).toBe(true)
          const fixtureIds = new Set(ids(spec.fixtures(world)))
          const seen = ids(result.docs as { id: unknown }[]).filter((id) => fixtureIds.has(id))
          expect(seen).toEqual(ids(expected))
        })

        if (spec.versions) {
          it(`version history as ${actor}`, async () => {
            const { world, driver } = setup()
            const expected = spec.versions!(world)[actor]
            const result = await driver.findVersions(collection, actor)
            if (expected === null) {
              expect(result.ok, 'reading versions should be refused').toBe(false)
              return
            }
            expect(result.ok).toBe(true)
            const fixtureIds = new Set(ids(spec.fixtures(world)))
            const seen = [...new Set(result.parents.filter((id) => fixtureIds.has(id)))].sort()
            expect(seen).toEqual(ids(expected))
            // Versions of other documents (made by other cases) must be the actor's too.
            if (actor.startsWith('member')) {
              const own = new Set(ids(expected))
              const foreign = spec.fixtures(world).filter((d) => !own.has(String(d.id)))
              for (const d of foreign) expect(result.parents).not.toContain(String(d.id))
            }
          })
        }

        it(`create as ${actor}`, async () => {
          const { world, driver } = setup()
          const { data, file } = spec.createData(world, ++counter, actor)
          const result = await driver.create(collection, actor, data, file)
          expect(result.ok).toBe(spec.create.includes(actor))
        })

        it(`update as ${actor}`, async () => {
          const { payload, world, driver } = setup()
          const target = await spec.target(payload, world, ++counter)
          const result = await driver.update(collection, actor, target.id, spec.updateData)
          expect(result.ok).toBe(spec.update.includes(actor))
        })

        it(`delete as ${actor}`, async () => {
          const { payload, world, driver } = setup()
          const target = await deleteTarget(payload, collection, world, ++counter)
          const result = await driver.remove(collection, actor, target.id)
          expect(result.ok).toBe(spec.remove.includes(actor))
          const left = await payload.count({
            collection: collection as 'members',
            where: { id: { equals: target.id } },
            overrideAccess: true,
          })
          expect(left.totalDocs).toBe(spec.remove.includes(actor) ? 0 : 1)
        })
      }
    })
  }

  describe('globals', () => {
    const staffActors: Actor[] = ['editor', 'admin']
    const readers: Record<string, Actor[]> = {
      settings: actors,
      'build-status': ['editor', 'admin'],
    }
    for (const slug of ['settings', 'build-status']) {
      for (const actor of actors) {
        it(`${slug}: read and update as ${actor}`, async () => {
          const { driver } = setup()
          expect((await driver.readGlobal(slug, actor)).ok).toBe(readers[slug].includes(actor))
          const data =
            slug === 'settings' ? { clusterName: `Cluster ${actor}` } : { logTail: actor }
          expect((await driver.updateGlobal(slug, actor, data)).ok).toBe(actor === 'admin')
        })

        it(`${slug}: version history as ${actor}`, async () => {
          const { payload, driver } = setup()
          if (slug === 'settings') {
            await payload.updateGlobal({
              slug,
              data: { clusterName: `History ${actor}` },
              overrideAccess: true,
              context: { seeding: true },
            })
          }
          const result = await driver.readGlobalVersions(slug, actor)
          // The build status keeps no versions: only the refusal of non-staff is asked here.
          if (slug === 'build-status' && staffActors.includes(actor)) return
          expect(result.ok).toBe(staffActors.includes(actor))
          if (result.ok) expect(result.count).toBeGreaterThan(0)
        })
      }
    }
  })

  describe('private fields and drafts', () => {
    for (const actor of ['anonymous', 'memberA', 'memberB'] as Actor[]) {
      it(`${actor} never sees a member's internal notes`, async () => {
        const { driver } = setup()
        const { docs } = await driver.find('members', actor)
        expect(docs.length).toBeGreaterThan(0)
        for (const doc of docs) expect(doc).not.toHaveProperty('internalNotes')
      })
    }

    it('staff see internal notes', async () => {
      const { world, driver } = setup()
      const { docs } = await driver.find('members', 'editor')
      const a = docs.find((d) => String(d.id) === String(world.members.a.id))
      expect(a?.internalNotes).toContain('fee overdue')
    })

    it('a member company sees its inquiries but not staff notes on them', async () => {
      const { driver } = setup()
      const { docs } = await driver.find('inquiries', 'memberA')
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(doc).not.toHaveProperty('staffNotes')
    })

    it("member A's edit of its published product stays a draft until staff publish it", async () => {
      const { payload, world, driver } = setup()
      const id = world.products.aPublished.id
      const result = await driver.update('products', 'memberA', id, {
        summary: 'Now with AI',
        _status: 'published',
      })
      expect(result.ok).toBe(true)
      const live = await payload.findByID({
        collection: 'products',
        id,
        overrideAccess: true,
        depth: 0,
      })
      expect(live._status).toBe('published')
      expect(live.summary).toBe('Alpha Cloud summary')
      const latest = await payload.findByID({
        collection: 'products',
        id,
        overrideAccess: true,
        draft: true,
        depth: 0,
      })
      expect(latest.summary).toBe('Now with AI')
      const { docs } = await driver.find('products', 'anonymous')
      expect(docs.find((d) => String(d.id) === String(id))?.summary).toBe('Alpha Cloud summary')
    })

    it('a product a member creates belongs to its own company, whatever it sends', async () => {
      const { world, driver } = setup()
      const result = await driver.create('products', 'memberB', {
        name: 'Sneaky',
        member: world.members.a.id,
        kind: 'product',
        summary: 'x',
      })
      expect(result.ok).toBe(true)
      expect(String(result.doc?.member)).toBe(String(world.members.b.id))
      expect(result.doc?._status).toBe('draft')
    })

    it('member A cannot move its product to company B or raise its own role', async () => {
      const { payload, world, driver } = setup()
      await driver.update('products', 'memberA', world.products.aDraft.id, {
        member: world.members.b.id,
      })
      const product = await payload.findByID({
        collection: 'products',
        id: world.products.aDraft.id,
        overrideAccess: true,
        draft: true,
        depth: 0,
      })
      expect(String(product.member)).toBe(String(world.members.a.id))
      await driver.update('users', 'memberA', world.users.memberA.id, { role: 'admin' })
      const user = await payload.findByID({
        collection: 'users',
        id: world.users.memberA.id,
        overrideAccess: true,
      })
      expect(user.role).toBe('member')
    })

    it('staff read participants with email and notes, but nobody reads a calendar key', async () => {
      const { world, driver } = setup()
      for (const actor of ['editor', 'admin'] as Actor[]) {
        const { docs } = await driver.find('participants', actor)
        const a = docs.find((d) => String(d.id) === String(world.matchmaking.participants.a.id))
        expect(a?.email).toBe('anna.alpha@participant.example')
        expect(a?.staffNotes).toBe('Anna Alpha staff note')
        for (const doc of docs) expect(doc).not.toHaveProperty('calendarKey')
      }
    })

    it('no CMS user but staff can turn itself into a participant or a meeting party', async () => {
      const { payload, world, driver } = setup()
      const { a } = world.matchmaking.participants
      for (const actor of ['anonymous', 'memberA', 'memberB'] as Actor[]) {
        await driver.update('participants', actor, a.id, { status: 'rejected', name: 'Hijacked' })
        await driver.update('meetings', actor, world.matchmaking.meetings.ab.id, {
          status: 'accepted',
          table: 1,
        })
      }
      const after = await payload.findByID({
        collection: 'participants',
        id: a.id,
        overrideAccess: true,
      })
      expect([after.status, after.name]).toEqual(['validated', 'Anna Alpha'])
      const meeting = await payload.findByID({
        collection: 'meetings',
        id: world.matchmaking.meetings.ab.id,
        overrideAccess: true,
      })
      expect([meeting.status, meeting.table ?? null]).toEqual(['requested', null])
    })

    it("member A cannot read B's drafts even by id", async () => {
      const { world, driver } = setup()
      const { docs } = await driver.find('products', 'memberA')
      expect(ids(docs as { id: unknown }[])).not.toContain(String(world.products.bDraft.id))
    })
  })
}
