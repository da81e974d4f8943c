import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { mailDir } from '../email/fileTransport'

/**
 * The DATA_DIR folders a backup holds: every upload collection's staticDir (images with all
 * their sizes, PDFs), read from the config so that a new upload collection is never missed,
 * and the mail folder, the only record of mail sent while no SMTP server is set.
 */
export function backupDirectories(config: SanitizedConfig): string[] {
  // Payload sanitizes a missing staticDir to the slug, relative to the working directory.
  const uploads = config.collections.flatMap((c) =>
    c.upload ? [path.resolve(c.upload.staticDir || c.slug)] : [],
  )
  return [...new Set([...uploads, mailDir()])]
}
