import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A fingerprint of the files under `dir` (skipping build output), used to rebuild only when
 * something that goes into the build changed. Files are named relative to the folder that holds
 * `dir`: the same sources give the same hash wherever the project is checked out, so a build
 * copied or moved along with them (another worktree, a renamed folder) is reused.
 */
export function sourceHash(dirs: string[], extraFiles: string[] = []): string {
  const hash = crypto.createHash('sha256')
  // next-env.d.ts is written by `next build` itself, so it is output, not input.
  const skip = new Set(['.next', 'node_modules', 'dist', '.astro', 'next-env.d.ts'])
  const walk = (base: string, dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      if (skip.has(entry.name)) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(base, full)
      else hash.update(path.relative(base, full)).update(fs.readFileSync(full))
    }
  }
  for (const dir of dirs) walk(path.dirname(path.resolve(dir)), dir)
  for (const file of extraFiles) if (fs.existsSync(file)) hash.update(fs.readFileSync(file))
  return hash.digest('hex')
}
