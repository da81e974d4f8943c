import type { Browser, BrowserContext, Page } from 'playwright-core'

import { password } from './world'

/**
 * A new browser context signed in to the built admin through its login form, as a person signs
 * in: the admin's language first, by its own cookie (as its account menu sets it), then the
 * world's user and shared password; resolves once the dashboard is reached. Phone widths get a
 * phone's height unless `height` says otherwise. The caller closes the context.
 */
export async function signInToAdmin(
  browser: Browser,
  cmsUrl: string,
  email: string,
  options: { width?: number; height?: number; language?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const width = options.width ?? 1400
  const height = options.height ?? (width < 600 ? 844 : 900)
  const context = await browser.newContext({ viewport: { width, height } })
  if (options.language)
    await context.addCookies([{ name: 'payload-lng', value: options.language, url: cmsUrl }])
  const page = await context.newPage()
  await page.goto(`${cmsUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return { context, page }
}
