import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`products_interfaces\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`protocol_id\` integer,
  	\`role\` text DEFAULT 'provides',
  	\`version\` text,
  	\`documentation\` text,
  	\`api_description_id\` integer,
  	FOREIGN KEY (\`protocol_id\`) REFERENCES \`protocols\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`api_description_id\`) REFERENCES \`api_descriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`products_interfaces_order_idx\` ON \`products_interfaces\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`products_interfaces_parent_id_idx\` ON \`products_interfaces\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`products_interfaces_protocol_idx\` ON \`products_interfaces\` (\`protocol_id\`);`)
  await db.run(sql`CREATE INDEX \`products_interfaces_api_description_idx\` ON \`products_interfaces\` (\`api_description_id\`);`)
  await db.run(sql`CREATE TABLE \`_products_v_version_interfaces\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`protocol_id\` integer,
  	\`role\` text DEFAULT 'provides',
  	\`version\` text,
  	\`documentation\` text,
  	\`api_description_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`protocol_id\`) REFERENCES \`protocols\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`api_description_id\`) REFERENCES \`api_descriptions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_products_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_products_v_version_interfaces_order_idx\` ON \`_products_v_version_interfaces\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_interfaces_parent_id_idx\` ON \`_products_v_version_interfaces\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_interfaces_protocol_idx\` ON \`_products_v_version_interfaces\` (\`protocol_id\`);`)
  await db.run(sql`CREATE INDEX \`_products_v_version_interfaces_api_description_idx\` ON \`_products_v_version_interfaces\` (\`api_description_id\`);`)
  await db.run(sql`CREATE TABLE \`protocols\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`family\` text DEFAULT 'api',
  	\`specification\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`protocols_slug_idx\` ON \`protocols\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`protocols_updated_at_idx\` ON \`protocols\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`protocols_created_at_idx\` ON \`protocols\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`protocols__status_idx\` ON \`protocols\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`protocols_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`protocols\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`protocols_locales_locale_parent_id_unique\` ON \`protocols_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_protocols_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_family\` text DEFAULT 'api',
  	\`version_specification\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`protocols\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_protocols_v_parent_idx\` ON \`_protocols_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_version_version_slug_idx\` ON \`_protocols_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_version_version_updated_at_idx\` ON \`_protocols_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_version_version_created_at_idx\` ON \`_protocols_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_version_version__status_idx\` ON \`_protocols_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_created_at_idx\` ON \`_protocols_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_updated_at_idx\` ON \`_protocols_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_snapshot_idx\` ON \`_protocols_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_published_locale_idx\` ON \`_protocols_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_protocols_v_latest_idx\` ON \`_protocols_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_protocols_v_locales\` (
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_protocols_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_protocols_v_locales_locale_parent_id_unique\` ON \`_protocols_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`api_descriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`format\` text,
  	\`spec_version\` text,
  	\`document\` text,
  	\`owner_id\` integer,
  	\`public\` integer DEFAULT false,
  	\`used_by_published\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`api_descriptions_owner_idx\` ON \`api_descriptions\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`api_descriptions_public_idx\` ON \`api_descriptions\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`api_descriptions_used_by_published_idx\` ON \`api_descriptions\` (\`used_by_published\`);`)
  await db.run(sql`CREATE INDEX \`api_descriptions_updated_at_idx\` ON \`api_descriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_descriptions_created_at_idx\` ON \`api_descriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`api_descriptions_filename_idx\` ON \`api_descriptions\` (\`filename\`);`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`location_lat\` numeric;`)
  await db.run(sql`ALTER TABLE \`partners\` ADD \`location_lng\` numeric;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_location_lat\` numeric;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` ADD \`version_location_lng\` numeric;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`protocols_id\` integer REFERENCES protocols(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`api_descriptions_id\` integer REFERENCES api_descriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_protocols_id_idx\` ON \`payload_locked_documents_rels\` (\`protocols_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_descriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`api_descriptions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`products_interfaces\`;`)
  await db.run(sql`DROP TABLE \`_products_v_version_interfaces\`;`)
  await db.run(sql`DROP TABLE \`protocols\`;`)
  await db.run(sql`DROP TABLE \`protocols_locales\`;`)
  await db.run(sql`DROP TABLE \`_protocols_v\`;`)
  await db.run(sql`DROP TABLE \`_protocols_v_locales\`;`)
  await db.run(sql`DROP TABLE \`api_descriptions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`members_id\` integer,
  	\`products_id\` integer,
  	\`categories_id\` integer,
  	\`events_id\` integer,
  	\`publications_id\` integer,
  	\`partners_id\` integer,
  	\`cooperation_id\` integer,
  	\`pages_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`inquiries_id\` integer,
  	\`applications_id\` integer,
  	\`participants_id\` integer,
  	\`meetings_id\` integer,
  	\`meeting_bookings_id\` integer,
  	\`matchmaking_tokens_id\` integer,
  	\`users_id\` integer,
  	\`seed_state_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`partners_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cooperation_id\`) REFERENCES \`cooperation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`applications_id\`) REFERENCES \`applications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`participants_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meeting_bookings_id\`) REFERENCES \`meeting_bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`matchmaking_tokens_id\`) REFERENCES \`matchmaking_tokens\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seed_state_id\`) REFERENCES \`seed_state\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "members_id", "products_id", "categories_id", "events_id", "publications_id", "partners_id", "cooperation_id", "pages_id", "media_id", "documents_id", "inquiries_id", "applications_id", "participants_id", "meetings_id", "meeting_bookings_id", "matchmaking_tokens_id", "users_id", "seed_state_id") SELECT "id", "order", "parent_id", "path", "members_id", "products_id", "categories_id", "events_id", "publications_id", "partners_id", "cooperation_id", "pages_id", "media_id", "documents_id", "inquiries_id", "applications_id", "participants_id", "meetings_id", "meeting_bookings_id", "matchmaking_tokens_id", "users_id", "seed_state_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_partners_id_idx\` ON \`payload_locked_documents_rels\` (\`partners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cooperation_id_idx\` ON \`payload_locked_documents_rels\` (\`cooperation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_applications_id_idx\` ON \`payload_locked_documents_rels\` (\`applications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_matchmaking_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`matchmaking_tokens_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seed_state_id_idx\` ON \`payload_locked_documents_rels\` (\`seed_state_id\`);`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`location_lat\`;`)
  await db.run(sql`ALTER TABLE \`partners\` DROP COLUMN \`location_lng\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`version_location_lat\`;`)
  await db.run(sql`ALTER TABLE \`_partners_v\` DROP COLUMN \`version_location_lng\`;`)
}
