import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * 20261124_172500_parent_lookup_indexes indexed the parent column of the locale and text tables
 * present then; the tables added since (the references' and matchmaking sessions' localized
 * texts, protocols, participants' lists) had none, so SQLite scanned them whole for every row it
 * read: a `find` of 10,000 products took 65 s at depth 0 and 137 s at depth 1, nearly all of it
 * scanning `products_references_locales` once per reference (`EXPLAIN QUERY PLAN`: SCAN).
 * tests/int/schema.indexes.test.ts now fails when a table with a parent column has no index on
 * it, so a new localized field cannot bring the scan back.
 */
const targets = async (db: MigrateUpArgs['db']) => {
  const rows = await db.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '%\_locales' ESCAPE '\\' OR name LIKE '%\_texts' ESCAPE '\\')`,
  )
  return rows.map(({ name }) => ({
    table: name,
    column: name.endsWith('_locales') ? '_parent_id' : 'parent_id',
    index: `${name}_parent_lookup_idx`,
  }))
}

/** The tables this migration indexed (the older ones keep the first migration's indexes). */
const added = [
  'members_references_locales',
  '_members_v_version_references_locales',
  'products_references_locales',
  '_products_v_version_references_locales',
  'events_matchmaking_sessions_locales',
  '_events_v_version_matchmaking_sessions_locales',
  'participants_texts',
  'protocols_locales',
  '_protocols_v_locales',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, column, index } of await targets(db)) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${index}\` ON \`${table}\` (\`${column}\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of added) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_lookup_idx\`;`))
  }
}
