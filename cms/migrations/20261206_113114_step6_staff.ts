import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`applications\` ADD \`recommended_by_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`applications_recommended_by_idx\` ON \`applications\` (\`recommended_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_applications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`company_name\` text NOT NULL,
  	\`legal_id\` text NOT NULL,
  	\`website\` text,
  	\`employees\` text,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`motivation\` text NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`locale\` text DEFAULT 'en',
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`notes\` text,
  	\`created_member_id\` integer,
  	\`created_user_id\` integer,
  	\`mail_pending\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`created_member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_applications\`("id", "company_name", "legal_id", "website", "employees", "contact_name", "email", "motivation", "consent", "locale", "status", "notes", "created_member_id", "created_user_id", "mail_pending", "updated_at", "created_at") SELECT "id", "company_name", "legal_id", "website", "employees", "contact_name", "email", "motivation", "consent", "locale", "status", "notes", "created_member_id", "created_user_id", "mail_pending", "updated_at", "created_at" FROM \`applications\`;`)
  await db.run(sql`DROP TABLE \`applications\`;`)
  await db.run(sql`ALTER TABLE \`__new_applications\` RENAME TO \`applications\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`applications_created_member_idx\` ON \`applications\` (\`created_member_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_user_idx\` ON \`applications\` (\`created_user_id\`);`)
  await db.run(sql`CREATE INDEX \`applications_mail_pending_idx\` ON \`applications\` (\`mail_pending\`);`)
  await db.run(sql`CREATE INDEX \`applications_updated_at_idx\` ON \`applications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`applications_created_at_idx\` ON \`applications\` (\`created_at\`);`)
}
