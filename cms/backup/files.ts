import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/** A regular file found under a folder, by its POSIX path relative to `root`. */
export type FoundFile = { relative: string; absolute: string }

/**
 * Every regular file under `dir`, sorted, with paths relative to `root`. Symbolic links and
 * other special files are skipped: Payload writes uploads as plain files, and a link could
 * point outside DATA_DIR.
 */
export function listFiles(root: string, dir: string): FoundFile[] {
  const out: FoundFile[] = []
  const walk = (current: string) => {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(current, { withFileTypes: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    for (const entry of entries) {
      const absolute = path.join(current, entry.name)
      if (entry.isDirectory()) walk(absolute)
      else if (entry.isFile())
        out.push({ absolute, relative: path.relative(root, absolute).split(path.sep).join('/') })
    }
  }
  walk(dir)
  return out.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
}

/** SHA-256 (hex) and size of a file, streamed so that large uploads use little memory. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = crypto.createHash('sha256')
  let bytes = 0
  await pipeline(fs.createReadStream(file), async function (source) {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length
      hash.update(chunk)
    }
  })
  return { sha256: hash.digest('hex'), bytes }
}

/** Copies a folder tree; the copy keeps nothing of the source's links or special files. */
export function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const file of listFiles(from, from)) {
    const target = path.join(to, ...file.relative.split('/'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(file.absolute, target)
  }
}
