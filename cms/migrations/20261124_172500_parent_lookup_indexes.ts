import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Payload's SQLite schema indexes the locale tables only on (_locale, _parent_id) and the
 * hasMany text tables not on parent_id alone, so SQLite scans them whole for every document it
 * reads: an anonymous `find` of 1k products took ~4.7 s whatever its limit (measured by
 * `npm run bench:build`). An index on the parent column takes it to ~0.1 s. Generated from the
 * tables present, so it covers every localized collection, version table and text list.
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

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const { table, column, index } of await targets(db)) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${index}\` ON \`${table}\` (\`${column}\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const { index } of await targets(db)) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${index}\`;`))
  }
}
