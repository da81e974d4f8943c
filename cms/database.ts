import path from 'node:path'

import { dataDir } from './paths'

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export class DatabaseUriError extends Error {}

const accepted =
  'Accepted forms: unset (SQLite file data/cms.db), file:<path> (SQLite at that path), ' +
  'mongodb://… or mongodb+srv://… (MongoDB).'

/**
 * Reads DATABASE_URI and says which adapter to use. Anything it does not recognise is an error,
 * so a typo never silently starts an empty SQLite database next to a production MongoDB.
 *
 * @example parseDatabaseUri(undefined) // { kind: 'sqlite', url: 'file:/…/data/cms.db', … }
 * @example parseDatabaseUri('mongodb://db:27017/portal') // { kind: 'mongodb', … }
 */
export function parseDatabaseUri(uri: string | undefined): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const file = path.join(dataDir(), 'cms.db')
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(value)) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    const file = path.resolve(value.slice('file:'.length))
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  const scheme = value.split(':')[0]
  throw new DatabaseUriError(
    `DATABASE_URI is not a database this CMS can use (it starts with "${scheme}:"). ${accepted}`,
  )
}
