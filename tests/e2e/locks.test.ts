import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin } from '../helpers/adminBrowser'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { type Actor, createWorld, type World } from '../helpers/world'

/**
 * The admin's own document locking still works under the stricter lock rules
 * (cms/access/lockedDocuments.ts): a member editing its profile holds the lock, staff see that
 * it is being edited, and leaving the page releases it.
 */

const shots = path.resolve(import.meta.dirname, '..', '..', 'test-results')

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World

beforeAll(async () => {
  ctx = await startPayload('locks-e2e')
  world = await createWorld(ctx.payload)
  // The world's own locks are on cooperation posts; this test starts without any.
  await ctx.payload.db.deleteMany({ collection: 'payload-locked-documents', where: {} })
  cms = await startCmsServer()
  browser = await launchChromium()
  fs.mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

async function login(actor: Exclude<Actor, 'anonymous'>): Promise<Page> {
  return (await signInToAdmin(browser, cms.url, world.users[actor].email)).page
}

/** The users holding a lock on a document, as stored. */
async function lockHolders(collection: string, id: number) {
  const { docs } = await ctx.payload.find({
    collection: 'payload-locked-documents',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => (d.user as { value: number }).value)
}

async function until(check: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

describe('document locks in the admin', () => {
  it('a member editing its profile holds the lock, the editor sees it, leaving releases it', async () => {
    const id = world.members.a.id
    const member = await login('memberA')
    await member.goto(`${cms.url}/admin/collections/members/${id}`)
    await member.fill('#field-tagline', 'Edited by the company')
    const locked = await until(async () => (await lockHolders('members', id)).length > 0)
    expect(locked).toBe(true)
    expect(await lockHolders('members', id)).toEqual([world.users.memberA.id])
    await member.screenshot({ path: path.join(shots, 'lock-member-profile.png') })

    const editor = await login('editor')
    await editor.goto(`${cms.url}/admin/collections/members/${id}`)
    await editor
      .getByText(/currently editing|is editing|locked/i)
      .first()
      .waitFor()
    await editor.screenshot({ path: path.join(shots, 'lock-editor-sees-member.png') })
    expect(await lockHolders('members', id)).toEqual([world.users.memberA.id])

    await member.getByRole('button', { name: /save draft/i }).click()
    await member
      .getByText(/saved|successfully/i)
      .first()
      .waitFor()

    await member.goto(`${cms.url}/admin/collections/products`)
    expect(await until(async () => (await lockHolders('members', id)).length === 0)).toBe(true)
  })

  it('an editor opening a document locks it in its own name', async () => {
    const id = world.products.bPublished.id
    const editor = await login('editor')
    await editor.goto(`${cms.url}/admin/collections/products/${id}`)
    await editor.fill('#field-name', 'Beta Lake 2')
    expect(await until(async () => (await lockHolders('products', id)).length > 0)).toBe(true)
    expect(await lockHolders('products', id)).toEqual([world.users.editor.id])
    await editor.screenshot({ path: path.join(shots, 'lock-editor-product.png') })
  })
})
