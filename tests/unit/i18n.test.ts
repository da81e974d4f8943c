import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type {
  ApiDescription,
  Cooperation,
  Event,
  Meeting,
  Participant,
  Partner,
  Product,
  Protocol,
  Publication,
} from '@cms/payload-types'
import { defaultLocale, localeCodes } from '@shared/locales'
import { vocabularies as options } from '@shared/options'
import { format, type Message } from '@site/i18n/format'
import { t } from '@site/i18n/t'
import { label, type Vocabulary, type VocabularyValue } from '@site/lib/labels'

const dir = path.resolve(import.meta.dirname, '..', '..', 'site', 'i18n', 'ui')
const load = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, Message>
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
/** The CLDR plural categories a locale's plural messages must give, e.g. one, other. */
const pluralCategories = (locale: string) =>
  [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()

/**
 * Where the portal shows each vocabulary of cms/shared/options.ts, or null and why it does not:
 * a new vocabulary there fails the type check here until someone decides.
 */
const onThePortal = {
  productKinds: 'product.kind',
  industries: 'industry',
  deployments: 'deployment',
  pricingModels: 'pricing',
  priceUnits: 'price.unit',
  // Written by Intl.NumberFormat with the amount ("49 €", "$49"), in every language.
  currencies: null,
  eventKinds: 'event.kind',
  eventFormats: 'event.format',
  eventStatuses: 'event.status',
  publicationKinds: 'publication.kind',
  partnerKinds: 'partner.kind',
  cooperationTypes: 'cooperation.type',
  protocolFamilies: 'protocol.family',
  interfaceRoles: 'interface.role',
  apiFormats: 'api.format',
  // Shown as the range itself ("10–49"), the same in every language.
  employeeRanges: null,
  // Named by Intl.DisplayNames in the reader's language (languageName in site/lib/format.ts).
  languages: null,
  // The participant's organisation and the state of a meeting, on the matchmaking page.
  organisationKinds: 'matchmaking.kind',
  meetingStatuses: 'matchmaking.status',
  // Seen by staff in the admin only, never on the portal.
  participantStatuses: null,
  schedulingModes: null,
  inquiryStatuses: null,
  applicationStatuses: null,
  // The build panel's results, in the admin only.
  buildResults: null,
} as const satisfies Record<keyof typeof options, Vocabulary | null>

describe('portal UI strings', () => {
  const base = load(defaultLocale)

  it('exist for every locale in cms/shared/locales.ts and for no other', () => {
    const files = fs
      .readdirSync(dir)
      .map((f) => f.replace(/\.json$/, ''))
      .sort()
    expect(files).toEqual([...localeCodes].sort())
  })

  for (const locale of localeCodes) {
    const strings = load(locale)

    it(`${locale}: the same keys as ${defaultLocale}, no missing or extra one`, () => {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(base).sort())
    })

    it(`${locale}: every string is filled and keeps its placeholders`, () => {
      for (const [key, text] of Object.entries(base)) {
        if (typeof text !== 'string') continue
        const own = strings[key]
        expect(typeof own === 'string' && own.trim(), `${locale}.${key}`).toBeTruthy()
        expect(placeholders(String(own)), `${locale}.${key}`).toEqual(placeholders(text))
      }
    })

    it(`${locale}: every plural message has the forms the language needs, and their placeholders`, () => {
      const categories = pluralCategories(locale)
      for (const [key, forms] of Object.entries(base)) {
        if (typeof forms === 'string') continue
        const own = strings[key]
        expect(typeof own, `${locale}.${key} has plural forms`).toBe('object')
        if (typeof own !== 'object') continue
        expect(Object.keys(own).sort(), `${locale}.${key}: forms for ${categories}`).toEqual(
          categories,
        )
        const allowed = placeholders(forms.other)
        expect(placeholders(own.other), `${locale}.${key}.other`).toEqual(allowed)
        for (const [category, text] of Object.entries(own)) {
          expect(text?.trim(), `${locale}.${key}.${category}`).toBeTruthy()
          for (const name of placeholders(text ?? ''))
            expect(allowed, `${locale}.${key}.${category}: ${name}`).toContain(name)
        }
      }
    })

    it(`${locale}: every value of every vocabulary the portal shows has its words`, () => {
      const missing: string[] = []
      for (const [name, vocabulary] of Object.entries(onThePortal)) {
        if (vocabulary === null) continue
        for (const value of options[name as keyof typeof options]) {
          const text = strings[`${vocabulary}.${value}`]
          if (typeof text !== 'string' || !text.trim()) missing.push(`${vocabulary}.${value}`)
        }
      }
      expect(missing).toEqual([])
    })

    it(`${locale}: every event status other than "scheduled" has the note an event page shows`, () => {
      const missing = options.eventStatuses
        .filter((value) => value !== 'scheduled')
        .map((value) => `event.statusNote.${value}`)
        .filter((key) => typeof strings[key] !== 'string')
      expect(missing).toEqual([])
    })
  }

  it('covers every vocabulary of cms/shared/options.ts, shown on the portal or not', () => {
    expect(Object.keys(onThePortal).sort()).toEqual(Object.keys(options).sort())
  })
})

describe('format() and t()', () => {
  it('choose the plural form of the language and write the count its way', () => {
    expect(t('en', 'catalogue.results', { count: 1 })).toBe('1 result')
    expect(t('en', 'catalogue.results', { count: 1234 })).toBe('1,234 results')
    expect(t('bg', 'catalogue.results', { count: 1 })).toBe('1 резултат')
    expect(t('bg', 'catalogue.results', { count: 3 })).toBe('3 резултата')
    expect(t('de', 'home.figure.markets', { count: 1 })).toBe('Exportmarkt')
    expect(t('de', 'home.figure.markets', { count: 0 })).toBe('Exportmärkte')
  })

  it('follow rules with more than two forms (Polish: one, few, many)', () => {
    const files = { one: '{count} plik', few: '{count} pliki', many: '{count} plików', other: '?' }
    expect([1, 3, 5, 22].map((count) => format('pl', files, { count }))).toEqual([
      '1 plik',
      '3 pliki',
      '5 plików',
      '22 pliki',
    ])
  })

  it('fill placeholders, keep one without a value, and fall back to the default locale', () => {
    expect(t('de', 'pagination.current', { page: 2, pages: 10 })).toBe('Seite 2 von 10')
    expect(format('en', 'Hello {name}', {})).toBe('Hello {name}')
  })

  it('label a vocabulary value in the reader language', () => {
    expect(label('de', 'publication.kind', 'policy-brief')).toBe('Policy Brief')
    expect(label('bg', 'cooperation.type', 'offer')).toBe('Оферта')
  })

  it('type label() by the values that have words: the CMS types fit, a stray value does not', () => {
    // Compile-time checks (npm run typecheck): each CMS field's values are all labelled.
    const fits: {
      [V in Vocabulary]: VocabularyValue<V>[]
    } = {
      'product.kind': [] as Product['kind'][],
      industry: [] as NonNullable<Product['industries']>,
      deployment: [] as NonNullable<Product['deployment']>,
      pricing: [] as NonNullable<Product['pricingModel']>[],
      'price.unit': [] as NonNullable<NonNullable<Product['price']>['unit']>[],
      'event.kind': [] as Event['kind'][],
      'event.format': [] as Event['format'][],
      'event.status': [] as Event['status'][],
      'publication.kind': [] as Publication['kind'][],
      'partner.kind': [] as Partner['kind'][],
      'cooperation.type': [] as Cooperation['type'][],
      'protocol.family': [] as Protocol['family'][],
      'interface.role': [] as NonNullable<Product['interfaces']>[number]['role'][],
      'api.format': [] as NonNullable<ApiDescription['format']>[],
      'matchmaking.kind': [] as Participant['organisationKind'][],
      'matchmaking.status': [] as Meeting['status'][],
    }
    expect(Object.keys(fits)).toHaveLength(16)
    // @ts-expect-error: 'space' is no industry with words in site/i18n/ui
    expect(label('en', 'industry', 'space')).toBe('industry.space')
  })
})
