import fs from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Whether the module at `url` (its import.meta.url) is the script Node was started with. */
export function isMain(url: string): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return fs.realpathSync(script) === fs.realpathSync(fileURLToPath(url))
  } catch {
    return false
  }
}
