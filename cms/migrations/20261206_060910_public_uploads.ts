import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { refreshPublicUploads } from '../hooks/publicUploads'

/**
 * Images and PDFs are public only while a published document uses them (or staff mark them
 * public): the two flags, then the first setting of `usedByPublished` from the published rows.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`used_by_published\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_used_by_published_idx\` ON \`media\` (\`used_by_published\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`used_by_published\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`documents_public_idx\` ON \`documents\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`documents_used_by_published_idx\` ON \`documents\` (\`used_by_published\`);`)
  // The refresh reads documents through the current config, whose newer fields (step 6 on) have
  // no tables yet at this point of a fresh database's migrations. A database without uploads has
  // nothing to flag, so only a database that already holds uploads reads them here.
  const uploads = await db.get<{ n: number }>(
    sql`SELECT (SELECT count(*) FROM \`media\`) + (SELECT count(*) FROM \`documents\`) AS n`,
  )
  if (Number(uploads?.n ?? 0) > 0) await refreshPublicUploads(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_used_by_published_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`used_by_published\`;`)
  await db.run(sql`DROP INDEX \`documents_public_idx\`;`)
  await db.run(sql`DROP INDEX \`documents_used_by_published_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`used_by_published\`;`)
}
