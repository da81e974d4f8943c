import { z } from 'zod'

/**
 * What a backup archive says about itself. Restore reads it first and checks every file against
 * it before anything is written, so a damaged or foreign archive changes nothing.
 */
export const formatName = 'cluster-portal-backup'
/** Raise when the layout changes; restore refuses archives with a higher number. */
export const formatVersion = 1

export const manifestFile = 'manifest.json'
/** Archive folder of the database: `cms.db` (SQLite) or one `<collection>.ejson` per collection. */
export const databaseFolder = 'database'
/** Archive folder of the DATA_DIR folders (uploads, mail), under their DATA_DIR-relative names. */
export const dataFolder = 'data'

export const adapters = ['sqlite', 'mongodb'] as const

const relativePath = z
  .string()
  .min(1)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.includes('\0'),
    'must be a relative POSIX path',
  )
  .refine((p) => p.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), {
    message: 'must not contain empty, "." or ".." parts',
  })

export const manifestSchema = z.object({
  format: z.literal(formatName),
  version: z.number().int().positive(),
  createdAt: z.string(),
  adapter: z.enum(adapters),
  /** Applied migrations, oldest first (SQLite; MongoDB keeps none unless some were run). */
  migrations: z.array(z.object({ name: z.string(), batch: z.number().nullable() })),
  /** Rows per table (SQLite) or documents per collection (MongoDB), checked after restoring. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** DATA_DIR-relative folders the archive replaces, even the empty ones. */
  directories: z.array(relativePath),
  /** Every file in the archive except this manifest. */
  files: z.array(
    z.object({
      path: relativePath,
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
})

export type Manifest = z.infer<typeof manifestSchema>

/** A failure the operator can act on; the CLI prints its message without a stack trace. */
export class BackupError extends Error {}

/** Reads manifest.json; a file that is not one of ours, or from a newer format, is refused. */
export function parseManifest(text: string): Manifest {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new BackupError(`This is not a backup of this CMS: ${manifestFile} is not JSON.`)
  }
  const format = (raw as { format?: unknown; version?: unknown } | null) ?? {}
  if (format.format !== formatName)
    throw new BackupError(`This is not a backup of this CMS: ${manifestFile} has another format.`)
  if (typeof format.version === 'number' && format.version > formatVersion)
    throw new BackupError(
      `The archive has backup format ${format.version}; this version of the CMS reads up to ` +
        `${formatVersion}. Update the CMS (git pull, npm ci) and restore again.`,
    )
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new BackupError(
      `The archive's ${manifestFile} is damaged (${issue.path.join('.')}: ${issue.message}).`,
    )
  }
  return parsed.data
}
