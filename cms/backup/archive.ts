import fs from 'node:fs'
import path from 'node:path'

import { create, extract, WriteEntry } from 'tar'

import { hashFile, listFiles } from './files'
import { BackupError, databaseFolder, type Manifest, manifestFile, parseManifest } from './manifest'

/** A file to archive: its path in the archive and where it is read from. */
export type ArchiveInput = { path: string; absolute: string }

/**
 * Hashes the inputs into the manifest's file list. The archive is written from the same files
 * afterwards; a file-backed Blob refuses to be read once its file has changed, so an upload
 * replaced in between fails the backup instead of archiving bytes that do not match the hash.
 */
export async function describeFiles(inputs: ArchiveInput[]): Promise<Manifest['files']> {
  const files: Manifest['files'] = []
  for (const input of inputs) files.push({ path: input.path, ...(await hashFile(input.absolute)) })
  return files
}

/**
 * Writes a .tar.gz with manifest.json first, then every input. The archive holds password
 * hashes and private submissions: it is created readable by its owner only, under a temporary
 * name, and renamed into place once complete.
 */
export async function writeArchive(
  out: string,
  manifest: Manifest,
  inputs: ArchiveInput[],
): Promise<void> {
  const entries = [
    new WriteEntry(
      { path: manifestFile, mode: 0o600, mtime: new Date(manifest.createdAt) },
      JSON.stringify(manifest, null, 2) + '\n',
    ),
  ]
  for (const input of inputs) {
    const stat = fs.statSync(input.absolute)
    const body = await fs.openAsBlob(input.absolute)
    // Uploads keep their permissions (a web server may read them); the database is private.
    const mode = input.path.startsWith(`${databaseFolder}/`) ? 0o600 : stat.mode & 0o777
    entries.push(new WriteEntry({ path: input.path, mode, mtime: stat.mtime }, body))
  }
  const partial = `${out}.partial`
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(partial, '', { mode: 0o600 })
  try {
    await create({ file: partial, gzip: true, portable: true }, entries)
    fs.renameSync(partial, out)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
}

/**
 * Unpacks an archive into `staging` (an empty temporary folder) and checks it against its
 * manifest: every listed file present with its size and SHA-256, and nothing unlisted. Only
 * regular files are unpacked; tar itself refuses absolute paths and `..`.
 */
export async function unpackArchive(archive: string, staging: string): Promise<Manifest> {
  if (!fs.existsSync(archive)) throw new BackupError(`There is no archive at ${archive}.`)
  try {
    await extract({
      file: archive,
      cwd: staging,
      filter: (_path, entry) => entry.type === 'File',
    })
  } catch (error) {
    throw new BackupError(
      `${archive} cannot be read as a .tar.gz archive (${(error as Error).message}).`,
    )
  }
  const manifestPath = path.join(staging, manifestFile)
  if (!fs.existsSync(manifestPath))
    throw new BackupError(`This is not a backup of this CMS: it has no ${manifestFile}.`)
  const manifest = parseManifest(fs.readFileSync(manifestPath, 'utf8'))
  await verifyFiles(staging, manifest)
  return manifest
}

async function verifyFiles(staging: string, manifest: Manifest): Promise<void> {
  const listed = new Map(manifest.files.map((file) => [file.path, file]))
  const found = listFiles(staging, staging).filter((f) => f.relative !== manifestFile)
  const unlisted = found.filter((f) => !listed.has(f.relative)).map((f) => f.relative)
  if (unlisted.length)
    throw new BackupError(
      `The archive is damaged or was changed: ${unlisted.length} file(s) are not in its ` +
        `manifest (first: ${unlisted[0]}). Nothing was restored.`,
    )
  const present = new Set(found.map((f) => f.relative))
  for (const file of manifest.files) {
    if (!present.has(file.path))
      throw new BackupError(
        `The archive is incomplete: ${file.path} is missing. Nothing was restored.`,
      )
    const actual = await hashFile(path.join(staging, ...file.path.split('/')))
    if (actual.sha256 !== file.sha256 || actual.bytes !== file.bytes)
      throw new BackupError(
        `The archive is damaged: ${file.path} does not match its checksum. Nothing was restored.`,
      )
  }
}
