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
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_unit\` text;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`price_on_request\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_currency\` text DEFAULT 'EUR';`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_products_v\` ADD \`version_price_on_request\` integer DEFAULT false;`)
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
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_amount\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_currency\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_unit\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`price_on_request\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_amount\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_currency\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_unit\`;`)
  await db.run(sql`ALTER TABLE \`_products_v\` DROP COLUMN \`version_price_on_request\`;`)
}
