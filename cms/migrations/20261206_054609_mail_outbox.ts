import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`mail_pending\` integer;`)
  await db.run(sql`CREATE INDEX \`inquiries_mail_pending_idx\` ON \`inquiries\` (\`mail_pending\`);`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`mail_pending\` integer;`)
  await db.run(sql`CREATE INDEX \`applications_mail_pending_idx\` ON \`applications\` (\`mail_pending\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`workflow_slug\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_workflow_slug_idx\` ON \`payload_jobs\` (\`workflow_slug\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`inquiries_mail_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`mail_pending\`;`)
  await db.run(sql`DROP INDEX \`applications_mail_pending_idx\`;`)
  await db.run(sql`ALTER TABLE \`applications\` DROP COLUMN \`mail_pending\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_workflow_slug_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`workflow_slug\`;`)
}
