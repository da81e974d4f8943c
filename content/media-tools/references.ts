// Cross-checks after generation: every media/document file name mentioned anywhere in the seed
// files must exist, and every file in media/ and documents/ must be listed in the manifests.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { COLLECTION_FILES } from './data.ts'
import type { Output } from './output.ts'

const FILE_NAME = /^[\w.-]+\.(svg|png|webp|jpe?g|pdf)$/i

function collectFileNames(value: unknown, path: string, found: Array<[string, string]>): void {
  if (typeof value === 'string') {
    if (FILE_NAME.test(value)) found.push([path, value])
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collectFileNames(v, `${path}[${i}]`, found))
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collectFileNames(v, `${path}.${k}`, found)
  }
}

export function checkReferences(root: string, out: Output): string[] {
  const problems: string[] = []
  for (const name of COLLECTION_FILES) {
    const found: Array<[string, string]> = []
    collectFileNames(JSON.parse(readFileSync(join(root, `${name}.json`), 'utf8')), name, found)
    for (const [path, file] of found) {
      const folder = file.toLowerCase().endsWith('.pdf') ? 'documents' : 'media'
      if (!existsSync(join(root, folder, file)))
        problems.push(`${path}: ${folder}/${file} does not exist`)
    }
  }
  for (const folder of ['media', 'documents'] as const) {
    for (const file of readdirSync(join(root, folder))) {
      if (!out.has(folder, file))
        problems.push(
          `${folder}/${file} is not made by this generator and has no ${folder === 'media' ? 'alt text' : 'title'}`,
        )
    }
  }
  return problems
}
