/** The built site's folder: swapping it in whole, and measuring it. */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Replaces `outDir` with `newDir` in two renames, so readers see the old site or the new one.
 * The old one is moved aside to `backup` (on the same file system) and then removed.
 */
export function swapIn(
  newDir: string,
  outDir: string,
  backup = `${outDir}.old-${crypto.randomBytes(4).toString('hex')}`,
  removeBackup: (dir: string) => void = (dir) => fs.rmSync(dir, { recursive: true, force: true }),
): void {
  const hadOld = fs.existsSync(outDir)
  if (hadOld) fs.renameSync(outDir, backup)
  try {
    fs.renameSync(newDir, outDir)
  } catch (error) {
    if (hadOld) fs.renameSync(backup, outDir)
    throw error
  }
  if (hadOld) removeBackup(backup)
}

/**
 * A copy of the folder `from` at `to` made of hard links (a copy where linking is refused, e.g.
 * across file systems): for files that are replaced, never rewritten in place.
 */
export function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) linkTree(source, target)
    else if (entry.isFile()) {
      try {
        fs.linkSync(source, target)
      } catch {
        fs.copyFileSync(source, target)
      }
    }
  }
}

export function countFiles(dir: string, match: (name: string) => boolean): number {
  let count = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile() && match(entry.name)) count++
  return count
}

export function folderBytes(dir: string): number {
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
  return bytes
}

export const formatBytes = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(0)} KiB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MiB`
