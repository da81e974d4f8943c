import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInToAdmin } from '../helpers/adminBrowser'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, password, type World } from '../helpers/world'

const shots = path.resolve(import.meta.dirname, '..', '..', 'test-results')

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World

beforeAll(async () => {
  ctx = await startPayload('admin-e2e')
  world = await createWorld(ctx.payload)
  cms = await startCmsServer()
  browser = await launchChromium()
  fs.mkdirSync(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

describe('the admin in a browser', () => {
  it('an editor logs in and publishes a product summary in Bulgarian', async () => {
    const { page } = await signInToAdmin(browser, cms.url, world.users.editor.email, {
      height: 900,
    })

    const id = world.products.aPublished.id
    await page.goto(`${cms.url}/admin/collections/products/${id}?locale=bg`)
    await page.fill('#field-summary', 'Облачна платформа за производители')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page
      .getByText(/successfully|успешно/i)
      .first()
      .waitFor()
    await page.screenshot({ path: path.join(shots, 'admin-product-bg.png') })

    const bg = await ctx.payload.findByID({
      collection: 'products',
      id,
      locale: 'bg',
      overrideAccess: true,
    })
    const en = await ctx.payload.findByID({
      collection: 'products',
      id,
      locale: 'en',
      overrideAccess: true,
    })
    expect(bg.summary).toBe('Облачна платформа за производители')
    expect(bg._status).toBe('published')
    expect(en.summary).toBe('Alpha Cloud summary')
  })

  it('a member changes its password on its account page only with the current one', async () => {
    const { page } = await signInToAdmin(browser, cms.url, world.users.memberA.email, {
      height: 1000,
    })

    await page.goto(`${cms.url}/admin/account`)
    const changePassword = async () => {
      await page.getByRole('button', { name: 'Change Password' }).click()
      await page.fill('input[name="password"]', 'member-new-pass-9')
      await page.fill('input[name="confirm-password"]', 'member-new-pass-9')
    }
    // Under load a click can land while the form is still taking in the typed values and
    // submit nothing; click again until the PATCH goes out.
    const save = async () => {
      for (let attempt = 1; ; attempt++) {
        const patch = page.waitForResponse((r) => r.request().method() === 'PATCH', {
          timeout: 10_000,
        })
        await page.click('#action-save')
        try {
          return await patch
        } catch (error) {
          if (attempt === 3) throw error
        }
      }
    }
    await changePassword()
    await save()
    await page.getByText('Enter your current password').first().waitFor()
    await page.screenshot({ path: path.join(shots, 'admin-account-current-password.png') })

    // Payload folds the password fields away after a refused save: open them again.
    await changePassword()
    await page.fill('input[name="currentPassword"]', password)
    await save()
    await page
      .getByText(/successfully/i)
      .first()
      .waitFor()
    await page.screenshot({ path: path.join(shots, 'admin-account-password-changed.png') })
    // A member sees no "Force unlock": only admins unlock accounts.
    await expect(page.getByRole('button', { name: 'Force Unlock' }).count()).resolves.toBe(0)

    const login = (pw: string) =>
      page.request.post(`${cms.url}/api/users/login`, {
        data: { email: world.users.memberA.email, password: pw },
      })
    expect((await login('member-new-pass-9')).status()).toBe(200)
  })

  it('a member user is locked out after 5 wrong passwords', async () => {
    const page = await browser.newPage()
    for (let i = 0; i < 5; i++) {
      const res = await page.request.post(`${cms.url}/api/users/login`, {
        data: { email: world.users.memberB.email, password: 'wrong-password' },
      })
      expect(res.status()).toBe(401)
    }
    const locked = await page.request.post(`${cms.url}/api/users/login`, {
      data: { email: world.users.memberB.email, password },
    })
    expect(locked.status()).toBe(401)
    expect(await locked.text()).toMatch(/locked/i)
  })
})
