// The summary printed at the end of a run: files per kind, sizes, what changed, what is wrong.
import type { Output } from './output.ts'

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`
  return `${(bytes / 1024).toFixed(1)} KB`
}

export function printReport(
  out: Output,
  removed: string[],
  manifests: { media: boolean; documents: boolean },
  problems: string[],
): void {
  const kinds = new Map<
    string,
    { files: number; bytes: number; changed: number; largest: number }
  >()
  for (const e of out.entries.values()) {
    const k = kinds.get(e.kind) ?? { files: 0, bytes: 0, changed: 0, largest: 0 }
    k.files++
    k.bytes += e.bytes
    k.largest = Math.max(k.largest, e.bytes)
    if (e.changed) k.changed++
    kinds.set(e.kind, k)
  }
  console.log('content:media')
  for (const [kind, k] of kinds) {
    console.log(
      `  ${kind.padEnd(20)} ${String(k.files).padStart(3)} files  ${size(k.bytes).padStart(10)}  largest ${size(k.largest).padStart(9)}  ${k.changed} written`,
    )
  }
  console.log(
    `  media.json ${manifests.media ? 'written' : 'unchanged'}, documents.json ${manifests.documents ? 'written' : 'unchanged'}`,
  )
  if (removed.length) console.log(`  removed stale: ${removed.join(', ')}`)
  console.log(`  total on disk (media + documents): ${size(out.totalBytes())}`)
  for (const problem of problems) console.warn(`  ! ${problem}`)
}
