import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`members_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`sector\` text,
  	\`country\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`members_references_order_idx\` ON \`members_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`members_references_parent_id_idx\` ON \`members_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`members_references_locales\` (
  	\`outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`members_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`members_references_locales_locale_parent_id_unique\` ON \`members_references_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sector\` text,
  	\`country\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_members_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_members_v_version_references_order_idx\` ON \`_members_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_members_v_version_references_parent_id_idx\` ON \`_members_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_members_v_version_references_locales\` (
  	\`outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_members_v_version_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_members_v_version_references_locales_locale_parent_id_uniqu\` ON \`_members_v_version_references_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`sector\` text,
  	\`country\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_references_order_idx\` ON \`products_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`products_references_parent_id_idx\` ON \`products_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`products_references_locales\` (
  	\`outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`products_references_locales_locale_parent_id_unique\` ON \`products_references_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`sector\` text,
  	\`country\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_version_references_order_idx\` ON \`_products_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_references_parent_id_idx\` ON \`_products_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_version_references_locales\` (
  	\`outcome\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v_version_references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_products_v_version_references_locales_locale_parent_id_uniq\` ON \`_products_v_version_references_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_membership_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`size_class\` text NOT NULL,
  	\`amount\` text NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_membership_fees_order_idx\` ON \`settings_membership_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_fees_parent_id_idx\` ON \`settings_membership_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_fees_locale_idx\` ON \`settings_membership_fees\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`settings_membership_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`timing\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_membership_steps_order_idx\` ON \`settings_membership_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_steps_parent_id_idx\` ON \`settings_membership_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_steps_locale_idx\` ON \`settings_membership_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`settings_membership_testimonials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text,
  	\`member_id\` integer,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_membership_testimonials_order_idx\` ON \`settings_membership_testimonials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_testimonials_parent_id_idx\` ON \`settings_membership_testimonials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_testimonials_locale_idx\` ON \`settings_membership_testimonials\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_testimonials_member_idx\` ON \`settings_membership_testimonials\` (\`member_id\`);`)
  await db.run(sql`CREATE TABLE \`settings_membership_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`settings_membership_faq_order_idx\` ON \`settings_membership_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_faq_parent_id_idx\` ON \`settings_membership_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`settings_membership_faq_locale_idx\` ON \`settings_membership_faq\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_settings_v_version_membership_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`size_class\` text NOT NULL,
  	\`amount\` text NOT NULL,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_fees_order_idx\` ON \`_settings_v_version_membership_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_fees_parent_id_idx\` ON \`_settings_v_version_membership_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_fees_locale_idx\` ON \`_settings_v_version_membership_fees\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_settings_v_version_membership_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`timing\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_steps_order_idx\` ON \`_settings_v_version_membership_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_steps_parent_id_idx\` ON \`_settings_v_version_membership_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_steps_locale_idx\` ON \`_settings_v_version_membership_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_settings_v_version_membership_testimonials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text,
  	\`member_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_testimonials_order_idx\` ON \`_settings_v_version_membership_testimonials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_testimonials_parent_id_idx\` ON \`_settings_v_version_membership_testimonials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_testimonials_locale_idx\` ON \`_settings_v_version_membership_testimonials\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_testimonials_member_idx\` ON \`_settings_v_version_membership_testimonials\` (\`member_id\`);`)
  await db.run(sql`CREATE TABLE \`_settings_v_version_membership_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`answer\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_faq_order_idx\` ON \`_settings_v_version_membership_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_faq_parent_id_idx\` ON \`_settings_v_version_membership_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_settings_v_version_membership_faq_locale_idx\` ON \`_settings_v_version_membership_faq\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_members_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_unit\` text;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_on_request\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_on_request\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`cooperation\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_cooperation_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`applications\` ADD \`recommended_by_id\` integer REFERENCES members(id);`)
  await db.run(sql`CREATE INDEX \`applications_recommended_by_idx\` ON \`applications\` (\`recommended_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`members_references\`;`)
  await db.run(sql`DROP TABLE \`members_references_locales\`;`)
  await db.run(sql`DROP TABLE \`_members_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_members_v_version_references_locales\`;`)
  await db.run(sql`DROP TABLE \`products_references\`;`)
  await db.run(sql`DROP TABLE \`products_references_locales\`;`)
  await db.run(sql`DROP TABLE \`_products_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_products_v_version_references_locales\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_fees\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_steps\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_testimonials\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_faq\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_fees\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_steps\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_testimonials\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_faq\`;`)
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
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_members_v\` DROP COLUMN \`version_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_amount\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_currency\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_unit\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_on_request\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_amount\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_currency\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_unit\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_on_request\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_review_requested\`;`)
  await db.run(sql`ALTER TABLE \`cooperation\` DROP COLUMN \`review_requested\`;`)
  await db.run(sql`ALTER TABLE \`_cooperation_v\` DROP COLUMN \`version_review_requested\`;`)
}
