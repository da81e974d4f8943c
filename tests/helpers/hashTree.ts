import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** SHA-256 of every file under the given folders of `dir` (all of it by default), by path relative to `dir`. */
export function hashTree(dir: string, under: string[] = ['.']): Record<string, string> {
  const out: Record<string, string> = {}
  for (const folder of under) {
    const start = path.join(dir, folder)
    if (!fs.existsSync(start)) continue
    for (const entry of fs.readdirSync(start, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue
      const file = path.join(entry.parentPath, entry.name)
      out[path.relative(dir, file)] = crypto
        .createHash('sha256')
        .update(fs.readFileSync(file))
        .digest('hex')
    }
  }
  return out
}
