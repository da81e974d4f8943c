import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ApiDescription } from '../../cms/payload-types'
import { signInToAdmin } from '../helpers/adminBrowser'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, fixture, type World } from '../helpers/world'

/**
 * A product's interfaces in the built admin (cms/server.ts) in Chromium, as a member company
 * and as staff: add a row, pick a protocol, attach a new API description through the upload
 * field's "Create new" drawer (a broken one first: refused with the parser's words in the
 * admin's language), save; the row reads "Provides PEPPOL BIS 3.0". Screenshots in
 * test-results/.
 */

const shots = path.resolve(import.meta.dirname, '..', '..', 'test-results')

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World

beforeAll(async () => {
  ctx = await startPayload('interfaces-admin-e2e')
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

type Who = 'memberA' | 'editor'
type Language = 'en' | 'bg' | 'de'

const signIn = (who: Who, width: number, language: Language) =>
  signInToAdmin(browser, cms.url, world.users[who].email, { width, height: 900, language })

// The drawer and the toasts are fixed to the viewport: a full-page shot would lose them.
const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(shots, `interfaces-admin-${name}.png`), fullPage })

/** Adds an interface row for PEPPOL BIS 3.0. */
async function addInterface(page: Page, productId: number, addLabel: string) {
  await page.goto(`${cms.url}/admin/collections/products/${productId}`)
  const add = page.locator('#field-interfaces').getByRole('button', { name: addLabel })
  await add.click()
  const row = page.locator('#interfaces-row-0')
  await row.waitFor()
  await row.locator('#field-interfaces__0__protocol .rs__control').click()
  await page.locator('.rs__option', { hasText: 'PEPPOL BIS' }).click()
  await page.fill('#field-interfaces__0__version', '3.0')
  return row
}

/** The upload field's "Create new" drawer of the row's API description. */
async function openCreateDrawer(page: Page, row: ReturnType<Page['locator']>) {
  await row.locator('.upload__createNewToggler').click()
  return page.locator('.drawer--is-open').last()
}

async function refusedThenAttached(page: Page, drawer: ReturnType<Page['locator']>, name: string) {
  await drawer
    .locator('input[type="file"]')
    .setInputFiles(fixture('api/broken-path-parameter.openapi.yaml'))
  await drawer.locator('#action-save').click()
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'broken-path-parameter' })
  await toast.waitFor()
  const refusal = (await toast.textContent()) ?? ''
  await shot(page, `${name}-refused`, false)
  await drawer.locator('.file-field__remove').first().click()
  await drawer.locator('input[type="file"]').setInputFiles(fixture('api/orders.openapi.yaml'))
  await drawer.locator('#action-save').click()
  await drawer.waitFor({ state: 'detached' })
  return refusal
}

const latestDraft = (id: number) =>
  ctx.payload.findByID({ collection: 'products', id, draft: true, depth: 1, overrideAccess: true })

describe('interfaces in the admin', () => {
  it('a member attaches a new API description to an interface and submits it for review', async () => {
    const { context, page } = await signIn('memberA', 1280, 'en')
    const row = await addInterface(page, world.products.aDraft.id, 'Add Interface')
    const drawer = await openCreateDrawer(page, row)
    const refusal = await refusedThenAttached(page, drawer, 'member-en-1280')
    expect(refusal).toMatch(
      /broken-path-parameter\.openapi\.yaml is not a valid OpenAPI document\. The validator reports: .*missing path parameter/,
    )
    await row.getByText('Provides PEPPOL BIS 3.0').waitFor()
    await page.locator('#action-save').click()
    await page
      .getByText(/Sent for review/)
      .first()
      .waitFor()
    await shot(page, 'member-en-1280-submitted')
    const draft = await latestDraft(world.products.aDraft.id)
    const attached = draft.interfaces?.[0]?.apiDescription as ApiDescription
    expect(attached).toMatchObject({ format: 'openapi', specVersion: '3.0.3', title: 'Orders API' })
    // depth 1 from the product: the file is populated, its owner is an id.
    expect(String(attached.owner)).toBe(String(world.members.a.id))
    await context.close()
  })

  it('staff attach one on a phone in Bulgarian; the row and the refusal read in Bulgarian', async () => {
    const { context, page } = await signIn('editor', 390, 'bg')
    const id = world.products.bPublished.id
    const row = await addInterface(page, id, 'Добави Интерфейс')
    const drawer = await openCreateDrawer(page, row)
    const refusal = await refusedThenAttached(page, drawer, 'staff-bg-390')
    expect(refusal).toMatch(/не е валиден документ OpenAPI\. Проверката съобщава: /)
    await row.getByText('Предоставя PEPPOL BIS 3.0').waitFor()
    await page.locator('#action-save').click()
    await page.locator('[data-sonner-toast]').first().waitFor()
    await shot(page, 'staff-bg-390-saved')
    const draft = await latestDraft(id)
    expect(draft.interfaces?.[0]).toMatchObject({ role: 'provides', version: '3.0' })
    await context.close()
  })

  it('a German admin reads "Nutzt …" for a consumed protocol', async () => {
    const { context, page } = await signIn('memberA', 1280, 'de')
    const row = await addInterface(page, world.products.aPublished.id, 'Schnittstelle hinzufügen')
    await row.locator('#field-interfaces__0__role .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Nutzt' }).click()
    await row.getByText('Nutzt PEPPOL BIS 3.0').waitFor()
    await page.keyboard.press('Escape')
    await shot(page, 'member-de-1280-consumes')
    await context.close()
  })
})

describe('upload limits in the admin', () => {
  it('a PDF dropped on an image upload is refused with what is accepted, in the admin’s language', async () => {
    const { context, page } = await signIn('editor', 1280, 'bg')
    await page.goto(`${cms.url}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles(fixture('doc.pdf'))
    await page.locator('#action-save').click()
    const toast = page.locator('[data-sonner-toast]').first()
    await toast.waitFor()
    // Not Payload's "The following field is invalid: file": the sentence that says what to do.
    await shot(page, 'staff-bg-1280-media-refused', false)
    // Payload lays out the accepted types after the colon as a list: "(5): JPEG PNG …".
    expect(await toast.textContent()).toMatch(
      /application\/pdf не се приемат тук\. Приемат се.*JPEG/,
    )
    expect(
      await ctx.payload.count({ collection: 'media', where: { filename: { like: 'doc' } } }),
    ).toMatchObject({ totalDocs: 0 })
    await context.close()
  })
})
