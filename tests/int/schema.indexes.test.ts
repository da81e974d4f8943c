/**
 * Every table that hangs off a document (its locales, arrays, text lists, relations) has an index
 * on its parent column, in the schema the committed migrations make. Payload's SQLite schema
 * indexes a locale table only on (_locale, _parent_id), which a read by parent cannot use: a
 * table without its own index is scanned whole once per row read (a `find` of 10,000 products
 * took 65 s, nearly all of it in `products_references_locales`). SQLite only: MongoDB stores
 * these inside the document.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload

beforeAll(async () => {
  ctx = await startPayload('schema-indexes')
  payload = ctx.payload
})
afterAll(() => ctx.stop())

type Db = { drizzle: { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> } }
const all = <T>(query: ReturnType<typeof sql>) =>
  (payload.db as unknown as Db).drizzle.all<T>(query)

describe('the SQLite schema', () => {
  it('indexes the parent column of every table that hangs off a document', async (test) => {
    if (ctx.adapter === 'mongodb') test.skip()
    const tables = await all<{ name: string }>(
      sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'`,
    )
    const unindexed: string[] = []
    let checked = 0
    for (const { name } of tables) {
      const columns = await all<{ name: string }>(
        sql`SELECT name FROM pragma_table_info(${name}) WHERE name IN ('_parent_id', 'parent_id')`,
      )
      const column = columns[0]?.name
      if (!column) continue
      checked++
      // An index whose first column is the parent column: the only kind a read by parent uses.
      const leading = await all<{ n: number }>(
        sql`SELECT count(*) AS n FROM pragma_index_list(${name}) AS list
            WHERE (SELECT name FROM pragma_index_info(list.name) WHERE seqno = 0) = ${column}`,
      )
      if (leading[0]!.n === 0) unindexed.push(`${name}.${column}`)
    }
    expect(checked).toBeGreaterThan(40)
    expect(unindexed).toEqual([])
  })
})
