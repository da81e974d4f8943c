// Writes generated files into content/media and content/documents, remembers what was written
// (for the manifests and the report) and removes files from earlier runs that are no longer made.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import type { Localized } from './data.ts'

export type Folder = 'media' | 'documents'
export type Entry = {
  folder: Folder
  filename: string
  kind: string
  bytes: number
  changed: boolean
  label: Localized
}

/** Prefixes of generated files; stale files are only removed when they match one of these. */
const GENERATED =
  /^(members|partners|products|events|publications|settings)-.+\.(svg|png|webp|jpe?g|pdf)$/

export class Output {
  root: string
  entries = new Map<string, Entry>()
  warnings: string[] = []

  constructor(root: string) {
    this.root = root
    for (const folder of ['media', 'documents']) mkdirSync(join(root, folder), { recursive: true })
  }

  /** Writes only when the bytes differ, so a second run leaves files (and their mtimes) alone. */
  write(
    folder: Folder,
    filename: string,
    data: Buffer | string,
    kind: string,
    label: Localized,
  ): void {
    const key = `${folder}/${filename}`
    if (this.entries.has(key)) {
      // Two documents referencing one file name: the first one wins, the clash is reported.
      this.warnings.push(
        `${key} is referenced twice; kept the first (${this.entries.get(key)?.kind})`,
      )
      return
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    const path = join(this.root, folder, filename)
    const changed = !existsSync(path) || !readFileSync(path).equals(bytes)
    if (changed) writeFileSync(path, bytes)
    this.entries.set(key, { folder, filename, kind, bytes: bytes.length, changed, label })
  }

  has(folder: Folder, filename: string): boolean {
    return this.entries.has(`${folder}/${filename}`)
  }

  list(folder: Folder): Entry[] {
    return [...this.entries.values()]
      .filter((e) => e.folder === folder)
      .sort((a, b) => a.filename.localeCompare(b.filename))
  }

  removeStale(): string[] {
    const removed: string[] = []
    for (const folder of ['media', 'documents'] as Folder[]) {
      for (const name of readdirSync(join(this.root, folder))) {
        if (!GENERATED.test(name) || this.has(folder, name)) continue
        rmSync(join(this.root, folder, name))
        removed.push(`${folder}/${name}`)
      }
    }
    return removed
  }

  writeJson(filename: string, value: unknown): boolean {
    const path = join(this.root, filename)
    const text = `${JSON.stringify(value, null, 2)}\n`
    const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text
    if (changed) writeFileSync(path, text)
    return changed
  }

  /** Size on disk of everything in media/ and documents/ (including files this run did not make). */
  totalBytes(): number {
    let total = 0
    for (const folder of ['media', 'documents']) {
      for (const name of readdirSync(join(this.root, folder)))
        total += statSync(join(this.root, folder, name)).size
    }
    return total
  }
}
