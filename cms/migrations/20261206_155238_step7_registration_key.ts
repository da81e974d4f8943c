import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { fillRegistrationKeys } from '../matchmaking/registrationKey'

/**
 * One registration per address and event, kept by the database (a unique key on participants);
 * then the data step fills the key for the participants stored before it.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`participants\` ADD \`registration_key\` text;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`participants_registration_key_idx\` ON \`participants\` (\`registration_key\`);`,
  )
  await fillRegistrationKeys(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`participants_registration_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`participants\` DROP COLUMN \`registration_key\`;`)
}
