/// <reference types="astro/client" />
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { cms } from './cms'
import { type CopiedUpload, noteUpload } from './pageUploads'

/**
 * Uploaded files (images, PDFs) for a static site. Their `url` is /api/…/file/<name>, served by
 * the CMS, which a static host does not have; the files themselves are in the upload
 * collection's staticDir (Payload's config says where: $DATA_DIR/media, $DATA_DIR/documents).
 * The build copies the ones its pages use into the output, each once.
 */

export type UploadCollection = 'media' | 'documents' | 'api-descriptions'

const dirs = new Map<UploadCollection, Promise<string>>()

/** The folder Payload keeps a collection's uploads in, read from the Payload config. */
export function uploadDir(collection: UploadCollection): Promise<string> {
  let dir = dirs.get(collection)
  if (!dir) {
    dir = cms().then((payload) => {
      const staticDir = payload.collections[collection]?.config.upload?.staticDir
      if (!staticDir) throw new Error(`The ${collection} collection has no upload staticDir`)
      return path.resolve(staticDir)
    })
    dirs.set(collection, dir)
  }
  return dir
}

/** The absolute path of an uploaded file, refusing names that would leave the folder. */
export async function uploadPath(collection: UploadCollection, filename: string): Promise<string> {
  if (filename !== path.basename(filename)) throw new Error(`Not a plain file name: ${filename}`)
  return path.join(await uploadDir(collection), filename)
}

/**
 * A short fingerprint of a file's bytes: a changed file gets a new URL, an unchanged one keeps
 * it wherever it is stored and whenever it was written (a new seed, a restored backup, another
 * data folder), so its pages and Astro's cached image variants (named from it) stay the same.
 */
async function fingerprint(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex')
    .slice(0, 10)
}

/**
 * The build's output folder, as astro.config.mjs sets it (cms/paths.ts: SITE_OUT_DIR, or dist/
 * in the project). Read from the environment when the build runs, not from
 * `astro:config/server`: that module's code holds the path, and every build writes into a fresh
 * folder (cms/build/buildSite.ts), so every page's code would differ from the last build's and
 * Astro's incremental build would copy none of them.
 */
const outputFolder = () =>
  path.resolve(process.env.PROJECT_ROOT || process.cwd(), process.env.SITE_OUT_DIR || 'dist')

const published = new Map<string, Promise<(CopiedUpload & { url: string }) | undefined>>()

/**
 * Copies an uploaded file into the build output once and returns its site path, or undefined
 * when the file is missing (a warning, not a failed build: the page shows no image). Images go
 * under /_astro/uploads/<fingerprint>/ (immutable, like Astro's own assets); documents under
 * /files/ with their own name, a stable address to link to and share; API descriptions (OpenAPI,
 * AsyncAPI) likewise under /files/api/, the address a developer's tools import them from.
 * In `astro dev` the file is served from where it is, through Vite.
 */
export function publishUpload(
  collection: UploadCollection,
  filename: string,
): Promise<string | undefined> {
  const key = `${collection}/${filename}`
  let result = published.get(key)
  if (!result) {
    result = copyToOutput(collection, filename)
    published.set(key, result)
  }
  // Every page that uses the file is noted, not only the first: any of them may be the one
  // rendered in a later incremental build while the others are copied (pageUploads.ts).
  return result.then((copied) => {
    if (copied?.sitePath) noteUpload(copied)
    return copied?.url
  })
}

async function copyToOutput(
  collection: UploadCollection,
  filename: string,
): Promise<(CopiedUpload & { url: string }) | undefined> {
  const source = await uploadPath(collection, filename)
  try {
    await fs.access(source)
  } catch {
    console.warn(`[uploads] ${collection}/${filename} is missing in ${path.dirname(source)}`)
    return undefined
  }
  if (import.meta.env.DEV) return { source, sitePath: '', url: `/@fs${source}` }
  const sitePath =
    collection === 'documents'
      ? `/files/${filename}`
      : collection === 'api-descriptions'
        ? `/files/api/${filename}`
        : `/_astro/uploads/${await fingerprint(source)}/${filename}`
  const target = path.join(outputFolder(), sitePath)
  await fs.mkdir(path.dirname(target), { recursive: true })
  await fs.copyFile(source, target)
  return { source, sitePath, url: sitePath.split('/').map(encodeURIComponent).join('/') }
}
