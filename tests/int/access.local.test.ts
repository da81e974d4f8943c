import { afterAll, beforeAll, describe } from 'vitest'

import { accessMatrix } from '../helpers/accessSuite'
import type { Driver } from '../helpers/accessMatrix'
import { localDriver } from '../helpers/drivers'
import { startPayload } from '../helpers/payload'
import { createWorld, type World } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let world: World
let driver: Driver

beforeAll(async () => {
  ctx = await startPayload('access-local')
  world = await createWorld(ctx.payload)
  driver = localDriver(ctx.payload, world)
})
afterAll(async () => ctx?.stop())

describe('access through the Local API (overrideAccess: false)', () => {
  accessMatrix(() => ({ payload: ctx.payload, world, driver }))
})
