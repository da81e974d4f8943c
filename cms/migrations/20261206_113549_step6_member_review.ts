import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`members\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_members_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`cooperation\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_cooperation_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_members_v\` DROP COLUMN \`version_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`cooperation\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_cooperation_v\` DROP COLUMN \`version_review_requested\`;`)
}
