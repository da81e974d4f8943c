import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'

const dir = path.resolve(import.meta.dirname, '..', '..', 'site', 'i18n', 'ui')
const load = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, string>
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()

describe('portal UI strings', () => {
  const en = load('en')

  it('exist for every locale in cms/shared/locales.ts and for no other', () => {
    const files = fs
      .readdirSync(dir)
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
    expect(files).toEqual([...localeCodes].sort())
  })

  for (const locale of localeCodes) {
    it(`${locale}: the same keys as English, no missing or extra one`, () => {
      const strings = load(locale)
      expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort())
    })

    it(`${locale}: every string is filled and keeps its placeholders`, () => {
      const strings = load(locale)
      for (const [key, text] of Object.entries(en)) {
        expect(strings[key]?.trim(), `${locale}.${key}`).toBeTruthy()
        expect(placeholders(strings[key] ?? ''), `${locale}.${key}`).toEqual(placeholders(text))
      }
    })
  }
})
