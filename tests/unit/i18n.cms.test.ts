import fs from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { catalogues, formMessage, t, type MessageKey } from '../../cms/i18n/messages'
import { formErrors } from '../../cms/forms/respond'
import { formErrorTexts } from '@shared/formErrors'
import { formErrorCodes } from '@shared/formSchema'
import { localeCodes } from '@shared/locales'
import { vocabularies } from '@shared/options'
import { formLabels } from '../../site/islands/forms/build'
import { errorText } from '../../site/islands/forms/labels'

type Element = ReturnType<IntlMessageFormat['getAst']>[number]
// Element kinds of @formatjs/icu-messageformat-parser: 1 argument, 2 number, 3 date, 4 time,
// 5 select, 6 plural.
const named = new Set([1, 2, 3, 4, 5, 6])

const ast = (locale: string, text: string) =>
  new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst()

/** The argument names a message uses, at any depth. */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (named.has(el.type) && 'value' in el && typeof el.value === 'string') into.add(el.value)
    if ('options' in el)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into)
  }
  return into
}

/** Each plural in a message with the plural categories it gives. */
function pluralsOf(elements: Element[], into: string[][] = []): string[][] {
  for (const el of elements) {
    if (el.type === 6) into.push(Object.keys(el.options))
    if ('options' in el)
      for (const option of Object.values(el.options)) pluralsOf(option.value, into)
  }
  return into
}

const en = catalogues.en
const keys = Object.keys(en) as MessageKey[]
const sample = (name: string) => (/^(count|validDays|id|max|minutes|size)$/.test(name) ? 2 : 'x')

describe('the CMS catalogue', () => {
  it('has one file per locale of cms/shared/locales.ts and no other', () => {
    const dir = path.resolve(import.meta.dirname, '..', '..', 'cms', 'i18n')
    const files = fs
      .readdirSync(dir)
      .filter((f) => f !== 'messages.ts')
      .map((f) => f.replace(/\.ts$/, ''))
    expect(files.sort()).toEqual([...localeCodes].sort())
    expect(Object.keys(catalogues).sort()).toEqual([...localeCodes].sort())
  })

  for (const locale of localeCodes) {
    it(`${locale}: the keys of English, every message filled and valid ICU with its arguments`, () => {
      const catalogue = catalogues[locale]
      expect(Object.keys(catalogue).sort()).toEqual([...keys].sort())
      for (const key of keys) {
        const text = catalogue[key]
        expect(text?.trim(), `${locale} ${key}`).toBeTruthy()
        const args = argumentsOf(ast(locale, text))
        expect([...args].sort(), `${locale} ${key}`).toEqual(
          [...argumentsOf(ast('en', en[key]))].sort(),
        )
        const values = Object.fromEntries([...args].map((name) => [name, sample(name)]))
        expect(t(locale, key, values), `${locale} ${key}`).not.toMatch(/[{}]/)
      }
    })

    it(`${locale}: every plural gives each plural form of the language`, () => {
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
      for (const key of keys)
        for (const forms of pluralsOf(ast(locale, catalogues[locale][key])))
          expect(forms, `${locale} ${key}`).toEqual(expect.arrayContaining([...needed]))
    })

    it(`${locale}: a label for every option value, status and form error code`, () => {
      for (const [vocabulary, values] of Object.entries(vocabularies))
        for (const value of values) {
          const key = `option.${vocabulary}.${value}` as MessageKey
          expect(catalogues[locale][key]?.trim(), `${locale} ${key}`).toBeTruthy()
        }
      for (const code of formErrorCodes) {
        expect(formErrorTexts[locale][code]?.trim(), `${locale} ${code}`).toBeTruthy()
        expect(catalogues[locale][`form.error.${code}`]).toBe(formErrorTexts[locale][code])
      }
    })
  }

  it('says plurals in the words of each language', () => {
    const welcome = (locale: 'en' | 'bg' | 'de', validDays: number) =>
      t(locale, 'mail.welcome.text', {
        contactName: 'A',
        companyName: 'B',
        clusterName: 'C',
        link: 'https://x',
        validDays,
      })
    expect(welcome('en', 1)).toContain('within 1 day:')
    expect(welcome('en', 7)).toContain('within 7 days:')
    expect(welcome('bg', 1)).toContain('в рамките на 1 ден:')
    expect(welcome('de', 7)).toContain('innerhalb von 7 Tagen:')
  })
})

describe('form errors', () => {
  for (const locale of localeCodes)
    it(`${locale}: the server answers what the portal's form shows, for every code`, async () => {
      const codes = Object.fromEntries(formErrorCodes.map((code) => [`field-${code}`, code]))
      const answer = formErrors(400, codes, { locale, origin: null })
      const body = (await answer.json()) as { errors: Record<string, string> }
      for (const form of ['inquiry', 'application'] as const) {
        const labels = formLabels(locale, form)
        for (const code of formErrorCodes) {
          const shown = errorText(labels, code)
          expect(body.errors[`field-${code}`], `${locale} ${form} ${code}`).toBe(shown)
          expect(formMessage(locale, code)).toBe(shown)
        }
      }
    })
})
