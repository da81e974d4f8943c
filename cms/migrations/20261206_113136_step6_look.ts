import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`settings_membership_fees\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_steps\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_testimonials\`;`)
  await db.run(sql`DROP TABLE \`settings_membership_faq\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_fees\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_steps\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_testimonials\`;`)
  await db.run(sql`DROP TABLE \`_settings_v_version_membership_faq\`;`)
}
