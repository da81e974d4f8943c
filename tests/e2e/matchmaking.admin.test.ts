import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { issueToken } from '../../cms/matchmaking/session'
import { launchChromium } from '../helpers/browser'
import { startCmsServer } from '../helpers/cmsServer'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

/**
 * The admin app (Next, built) with a participant's matchmaking session in every place a
 * browser could carry it: it is nobody there, and lands on the login page. The REST, GraphQL
 * and users/me side of the same rule is in tests/int/matchmaking.access.test.ts.
 */

let ctx: Awaited<ReturnType<typeof startPayload>>
let cms: Awaited<ReturnType<typeof startCmsServer>>
let browser: Browser
let world: World
let session: string

beforeAll(async () => {
  ctx = await startPayload('matchmaking-admin-e2e')
  world = await createWorld(ctx.payload)
  session = await issueToken(ctx.payload, world.matchmaking.participants.a.id, 'session')
  cms = await startCmsServer()
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  cms?.stop()
  await ctx?.stop()
})

describe("a participant's session in the admin", () => {
  const carriers = () => ({
    cookie: { cookies: [{ name: 'payload-token', value: session }], headers: {} },
    header: { cookies: [], headers: { 'x-matchmaking-session': session } },
    bearer: { cookies: [], headers: { authorization: `Bearer ${session}` } },
    jwt: { cookies: [], headers: { authorization: `JWT ${session}` } },
  })

  for (const how of ['cookie', 'header', 'bearer', 'jwt'] as const) {
    it(`as ${how}: the participants list sends it to the login page, showing no participant`, async () => {
      const { cookies, headers } = carriers()[how]
      const context = await browser.newContext({ extraHTTPHeaders: headers })
      const host = new URL(cms.url)
      await context.addCookies(
        cookies.map((c) => ({ ...c, domain: host.hostname, path: '/', httpOnly: true })),
      )
      const page = await context.newPage()
      await page.goto(`${cms.url}/admin/collections/participants`)
      await page.waitForURL(/\/admin\/login/)
      expect(await page.content()).not.toContain('Anna Alpha')
      const me = await page.request.get(`${cms.url}/api/users/me`)
      expect(((await me.json()) as { user: unknown }).user).toBeNull()
      await context.close()
    })
  }
})
