import { describe, expect, it } from 'vitest'

import { DatabaseUriError, parseDatabaseUri } from '../../cms/database'

describe('DATABASE_URI', () => {
  it('unset: the SQLite file data/cms.db', () => {
    const choice = parseDatabaseUri(undefined)
    expect(choice.kind).toBe('sqlite')
    expect(choice.url).toMatch(/^file:.*cms\.db$/)
  })

  it('mongodb:// and mongodb+srv://: MongoDB', () => {
    expect(parseDatabaseUri('mongodb://db:27017/portal').kind).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://user:pw@cluster.example/portal').kind).toBe('mongodb')
  })

  it('file:<path>: SQLite at that path', () => {
    expect(parseDatabaseUri('file:/tmp/x.db')).toMatchObject({ kind: 'sqlite', file: '/tmp/x.db' })
  })

  it.each(['postgres://db/portal', 'mysql://db', 'sqlite.db', 'mongodb://', 'file:'])(
    '%s: refused with a message naming the accepted forms',
    (uri) => {
      expect(() => parseDatabaseUri(uri)).toThrow(DatabaseUriError)
      expect(() => parseDatabaseUri(uri)).toThrow(/mongodb:\/\/.*mongodb\+srv:\/\//)
    },
  )
})
