/** Small file helpers the build's records and memos share. */
import fs from 'node:fs'

/**
 * A file's identity: inode, size, modification and change times in nanoseconds, or undefined
 * when there is no such file. Any write to the file, or a new file in its place, changes it.
 */
export function fileIdentity(file: string): string | undefined {
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false })
  if (!stat?.isFile()) return undefined
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`
}

/**
 * Writes `data` as JSON to `file` through a new file renamed over the old one, so that a reader
 * (or a process killed half way) never sees half of it.
 */
export function replaceFile(file: string, data: unknown): void {
  const partial = `${file}.${process.pid}.part`
  fs.writeFileSync(partial, JSON.stringify(data))
  fs.renameSync(partial, file)
}
