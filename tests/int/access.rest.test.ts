import { afterAll, beforeAll, describe } from 'vitest'

import { accessMatrix } from '../helpers/accessSuite'
import type { Driver } from '../helpers/accessMatrix'
import { restDriver } from '../helpers/drivers'
import { startRestServer } from '../helpers/http'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let server: Awaited<ReturnType<typeof startRestServer>>
let world: World
let driver: Driver

beforeAll(async () => {
  ctx = await startPayload('access-rest')
  world = await createWorld(ctx.payload)
  server = await startRestServer(ctx.payload.config)
  driver = await restDriver(server.url, world)
})
afterAll(async () => {
  await server?.close()
  await ctx?.stop()
})

describe('access through REST over HTTP', () => {
  accessMatrix(() => ({ payload: ctx.payload, world, driver }))
})
