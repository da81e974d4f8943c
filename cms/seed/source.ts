import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

/** Where the seed data set lives; tests point it at fixtures. */
export const contentDir = () =>
  path.resolve(process.env.SEED_CONTENT_DIR || path.join(projectRoot, 'content'))

export type Localized<T = string> = Record<string, T>

/** Reads one of content/*.json, with a message that names the file when it is broken. */
export function readContent<T>(name: string): T {
  const file = path.join(contentDir(), `${name}.json`)
  if (!fs.existsSync(file)) throw new Error(`Seed data ${file} is missing.`)
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch (error) {
    throw new Error(`Seed data ${file} is not valid JSON: ${(error as Error).message}`)
  }
}

/** The folders of content/ that hold files to upload. */
export type ContentFolder = 'media' | 'documents' | 'api-descriptions'

export const contentFile = (folder: ContentFolder, filename: string) =>
  path.join(contentDir(), folder, filename)

/** A stable fingerprint of a seed entry (and the files it brings), to skip unchanged ones. */
export function fingerprint(value: unknown, files: string[] = []): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(value))
  for (const file of files) hash.update(fs.readFileSync(file))
  return hash.digest('hex')
}
