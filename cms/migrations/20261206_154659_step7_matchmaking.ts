import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_matchmaking_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`end\` text,
  	\`meeting_minutes\` numeric DEFAULT 20,
  	\`break_minutes\` numeric DEFAULT 5,
  	\`tables\` numeric DEFAULT 10,
  	\`online_url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`events_matchmaking_sessions_order_idx\` ON \`events_matchmaking_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`events_matchmaking_sessions_parent_id_idx\` ON \`events_matchmaking_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`events_matchmaking_sessions_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_matchmaking_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`events_matchmaking_sessions_locales_locale_parent_id_unique\` ON \`events_matchmaking_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_matchmaking_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`end\` text,
  	\`meeting_minutes\` numeric DEFAULT 20,
  	\`break_minutes\` numeric DEFAULT 5,
  	\`tables\` numeric DEFAULT 10,
  	\`online_url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_events_v_version_matchmaking_sessions_order_idx\` ON \`_events_v_version_matchmaking_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_matchmaking_sessions_parent_id_idx\` ON \`_events_v_version_matchmaking_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_events_v_version_matchmaking_sessions_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_matchmaking_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_events_v_version_matchmaking_sessions_locales_locale_parent\` ON \`_events_v_version_matchmaking_sessions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_languages_order_idx\` ON \`participants_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`participants_languages_parent_idx\` ON \`participants_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_offers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_offers_order_idx\` ON \`participants_offers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`participants_offers_parent_id_idx\` ON \`participants_offers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_requests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_requests_order_idx\` ON \`participants_requests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`participants_requests_parent_id_idx\` ON \`participants_requests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'unconfirmed' NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text NOT NULL,
  	\`organisation_kind\` text NOT NULL,
  	\`country\` text NOT NULL,
  	\`role\` text,
  	\`time_zone\` text DEFAULT 'Europe/Sofia' NOT NULL,
  	\`locale\` text DEFAULT 'en' NOT NULL,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`profile\` text,
  	\`member_id\` integer,
  	\`partner_id\` integer,
  	\`email_confirmed_at\` text,
  	\`calendar_key\` text,
  	\`staff_notes\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`partners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_event_idx\` ON \`participants\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_status_idx\` ON \`participants\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`participants_email_idx\` ON \`participants\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`participants_member_idx\` ON \`participants\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_partner_idx\` ON \`participants\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_created_at_idx\` ON \`participants\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`participants_updated_at_idx\` ON \`participants\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`participants_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_texts_order_parent\` ON \`participants_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`participants_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`categories_id\` integer,
  	\`products_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`participants_rels_order_idx\` ON \`participants_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_parent_idx\` ON \`participants_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_path_idx\` ON \`participants_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_categories_id_idx\` ON \`participants_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`participants_rels_products_id_idx\` ON \`participants_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` integer NOT NULL,
  	\`requester_id\` integer NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`message\` text,
  	\`status\` text DEFAULT 'requested' NOT NULL,
  	\`session\` text,
  	\`start\` text,
  	\`end\` text,
  	\`table\` numeric,
  	\`staff_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requester_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_event_idx\` ON \`meetings\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_requester_idx\` ON \`meetings\` (\`requester_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_recipient_idx\` ON \`meetings\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_status_idx\` ON \`meetings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`meetings_start_idx\` ON \`meetings\` (\`start\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`meeting_bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`meeting_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`meeting_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meeting_bookings_key_idx\` ON \`meeting_bookings\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`meeting_bookings_meeting_idx\` ON \`meeting_bookings\` (\`meeting_id\`);`)
  await db.run(sql`CREATE INDEX \`meeting_bookings_updated_at_idx\` ON \`meeting_bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meeting_bookings_created_at_idx\` ON \`meeting_bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`matchmaking_tokens\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`participant_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`hash\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`used_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`participant_id\`) REFERENCES \`participants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`matchmaking_tokens_participant_idx\` ON \`matchmaking_tokens\` (\`participant_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`matchmaking_tokens_hash_idx\` ON \`matchmaking_tokens\` (\`hash\`);`)
  await db.run(sql`CREATE INDEX \`matchmaking_tokens_expires_at_idx\` ON \`matchmaking_tokens\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`matchmaking_tokens_updated_at_idx\` ON \`matchmaking_tokens\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`matchmaking_tokens_created_at_idx\` ON \`matchmaking_tokens\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_registration_opens\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_registration_closes\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_booking_opens\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_booking_closes\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_scheduling\` text DEFAULT 'self';`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_require_validation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_stats_participants\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_stats_countries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_stats_meetings\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`matchmaking_stats_countries_met\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_registration_opens\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_registration_closes\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_booking_opens\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_booking_closes\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_scheduling\` text DEFAULT 'self';`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_require_validation\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_stats_participants\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_stats_countries\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_stats_meetings\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_matchmaking_stats_countries_met\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`participants_id\` integer REFERENCES participants(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meetings_id\` integer REFERENCES meetings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`meeting_bookings_id\` integer REFERENCES meeting_bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`matchmaking_tokens_id\` integer REFERENCES matchmaking_tokens(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_participants_id_idx\` ON \`payload_locked_documents_rels\` (\`participants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meeting_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`meeting_bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_matchmaking_tokens_id_idx\` ON \`payload_locked_documents_rels\` (\`matchmaking_tokens_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`events_matchmaking_sessions\`;`)
  await db.run(sql`DROP TABLE \`events_matchmaking_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_matchmaking_sessions\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_matchmaking_sessions_locales\`;`)
  await db.run(sql`DROP TABLE \`participants_languages\`;`)
  await db.run(sql`DROP TABLE \`participants_offers\`;`)
  await db.run(sql`DROP TABLE \`participants_requests\`;`)
  await db.run(sql`DROP TABLE \`participants\`;`)
  await db.run(sql`DROP TABLE \`participants_texts\`;`)
  await db.run(sql`DROP TABLE \`participants_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meeting_bookings\`;`)
  await db.run(sql`DROP TABLE \`matchmaking_tokens\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`seed_state_id\`) REFERENCES \`seed_state\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "members_id", "products_id", "categories_id", "events_id", "publications_id", "partners_id", "cooperation_id", "pages_id", "media_id", "documents_id", "inquiries_id", "applications_id", "users_id", "seed_state_id") SELECT "id", "order", "parent_id", "path", "members_id", "products_id", "categories_id", "events_id", "publications_id", "partners_id", "cooperation_id", "pages_id", "media_id", "documents_id", "inquiries_id", "applications_id", "users_id", "seed_state_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_seed_state_id_idx\` ON \`payload_locked_documents_rels\` (\`seed_state_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_enabled\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_registration_opens\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_registration_closes\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_booking_opens\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_booking_closes\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_scheduling\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_require_validation\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_stats_participants\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_stats_countries\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_stats_meetings\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`matchmaking_stats_countries_met\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_enabled\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_registration_opens\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_registration_closes\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_booking_opens\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_booking_closes\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_scheduling\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_require_validation\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_stats_participants\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_stats_countries\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_stats_meetings\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_matchmaking_stats_countries_met\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
