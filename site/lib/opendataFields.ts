import { localeCodes } from '@shared/locales'
import {
  currencies,
  deployments,
  employeeRanges,
  eventFormats,
  eventKinds,
  eventStatuses,
  cooperationTypes,
  industries,
  partnerKinds,
  priceUnits,
  pricingModels,
  productKinds,
  publicationKinds,
} from '@shared/options'
import type {
  Cooperation,
  Event,
  Member,
  Partner,
  Product,
  Publication,
} from '../../cms/payload-types'
import type {
  OpenCooperation,
  OpenEvent,
  OpenMember,
  OpenPartner,
  OpenProduct,
  OpenPublication,
} from './opendata'
import { connectionFields, interfaceFields } from './opendataInterfaces'
import {
  arrayOf,
  country,
  date,
  dateTime,
  enumOf,
  f,
  type Field,
  type Fields,
  type JsonSchema,
  language,
  nullable,
  object,
  ref,
  string,
  uri,
} from './opendataParts'

export { object, string, uri } from './opendataParts'
export type { Field, JsonSchema }

/**
 * The fields of the open data files, described once. Each field has its JSON Schema and the UI
 * string that explains it: the published schema takes the English text as its description and
 * the developers page shows the text in the reader's language.
 */

export const datasets = [
  'members',
  'products',
  'events',
  'partners',
  'publications',
  'cooperation',
  'interfaces',
  'connections',
] as const
export type Dataset = (typeof datasets)[number]

const memberFields: Fields<OpenMember> = {
  slug: f(string, 'developers.field.slug'),
  name: f(string, 'developers.field.name'),
  url: f(uri, 'developers.field.url'),
  tagline: f(nullable(string), 'developers.field.member.tagline'),
  sectors: f(arrayOf(ref('category')), 'developers.field.member.sectors'),
  technologies: f(arrayOf(string), 'developers.field.technologies'),
  founded: f(nullable({ type: 'integer', minimum: 1800 }), 'developers.field.member.founded'),
  employees: f(
    nullable(enumOf<NonNullable<Member['employees']>>()(employeeRanges)),
    'developers.field.member.employees',
  ),
  city: f(nullable(string), 'developers.field.city'),
  country: f(country, 'developers.field.country'),
  address: f(nullable(string), 'developers.field.member.address'),
  location: f(
    nullable(
      object({
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lng: { type: 'number', minimum: -180, maximum: 180 },
      }),
    ),
    'developers.field.member.location',
  ),
  website: f(nullable(uri), 'developers.field.website'),
  languages: f(arrayOf(language), 'developers.field.member.languages'),
  certifications: f(arrayOf(string), 'developers.field.member.certifications'),
  exportMarkets: f(arrayOf(country), 'developers.field.member.exportMarkets'),
  memberSince: f(nullable(date), 'developers.field.member.memberSince'),
  products: f(arrayOf(ref('link')), 'developers.field.member.products'),
  references: f(arrayOf(ref('reference')), 'developers.field.member.references'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

type Industry = NonNullable<Product['industries']>[number]
const industryEnum = enumOf<Industry>()(industries)

/** A case study (members' and products' `references`): `$defs/reference` of the schemas. */
export const referenceSchema: JsonSchema = object({
  sector: industryEnum,
  country,
  outcome: string,
})

const productFields: Fields<OpenProduct> = {
  slug: f(string, 'developers.field.slug'),
  name: f(string, 'developers.field.name'),
  url: f(uri, 'developers.field.url'),
  kind: f(enumOf<Product['kind']>()(productKinds), 'developers.field.product.kind'),
  summary: f(string, 'developers.field.summary'),
  member: f(nullable(ref('link')), 'developers.field.product.member'),
  categories: f(arrayOf(ref('category')), 'developers.field.product.categories'),
  industries: f(arrayOf(industryEnum), 'developers.field.product.industries'),
  technologies: f(arrayOf(string), 'developers.field.technologies'),
  deployment: f(
    arrayOf(enumOf<NonNullable<Product['deployment']>[number]>()(deployments)),
    'developers.field.product.deployment',
  ),
  pricingModel: f(
    nullable(enumOf<NonNullable<Product['pricingModel']>>()(pricingModels)),
    'developers.field.product.pricingModel',
  ),
  price: f(
    nullable(
      object({
        amount: { type: ['number', 'null'], minimum: 0 },
        currency: nullable({ type: 'string', enum: [...currencies] }),
        unit: nullable({ type: 'string', enum: [...priceUnits] }),
        onRequest: { type: 'boolean' },
      }),
    ),
    'developers.field.product.price',
  ),
  supportedLanguages: f(arrayOf(language), 'developers.field.product.supportedLanguages'),
  certifications: f(arrayOf(string), 'developers.field.product.certifications'),
  references: f(arrayOf(ref('reference')), 'developers.field.product.references'),
  worksWith: f(arrayOf(ref('link')), 'developers.field.product.worksWith'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

const eventFields: Fields<OpenEvent> = {
  slug: f(string, 'developers.field.slug'),
  title: f(string, 'developers.field.event.title'),
  url: f(uri, 'developers.field.url'),
  calendarUrl: f(nullable(uri), 'developers.field.event.calendarUrl'),
  kind: f(enumOf<Event['kind']>()(eventKinds), 'developers.field.event.kind'),
  status: f(enumOf<Event['status']>()(eventStatuses), 'developers.field.event.status'),
  format: f(enumOf<Event['format']>()(eventFormats), 'developers.field.event.format'),
  summary: f(nullable(string), 'developers.field.summary'),
  start: f(dateTime, 'developers.field.event.start'),
  end: f(dateTime, 'developers.field.event.end'),
  timeZone: f(string, 'developers.field.event.timeZone'),
  venue: f(
    nullable(
      object({
        name: nullable(string),
        address: nullable(string),
        city: nullable(string),
        country: nullable(country),
      }),
    ),
    'developers.field.event.venue',
  ),
  onlineUrl: f(nullable(uri), 'developers.field.event.onlineUrl'),
  organisers: f(arrayOf(ref('link')), 'developers.field.event.organisers'),
  partners: f(
    arrayOf(object({ slug: string, name: string, country })),
    'developers.field.event.partners',
  ),
  registrationUrl: f(nullable(uri), 'developers.field.event.registrationUrl'),
  registrationDeadline: f(nullable(dateTime), 'developers.field.event.registrationDeadline'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

const partnerFields: Fields<OpenPartner> = {
  slug: f(string, 'developers.field.slug'),
  name: f(string, 'developers.field.partner.name'),
  url: f(uri, 'developers.field.partner.url'),
  kind: f(enumOf<Partner['kind']>()(partnerKinds), 'developers.field.partner.kind'),
  country: f(country, 'developers.field.country'),
  city: f(nullable(string), 'developers.field.city'),
  website: f(nullable(uri), 'developers.field.partner.website'),
  description: f(nullable(string), 'developers.field.partner.description'),
  cooperatingSince: f(nullable(date), 'developers.field.partner.cooperatingSince'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

const publicationFields: Fields<OpenPublication> = {
  slug: f(string, 'developers.field.slug'),
  title: f(string, 'developers.field.publication.title'),
  url: f(uri, 'developers.field.url'),
  kind: f(enumOf<Publication['kind']>()(publicationKinds), 'developers.field.publication.kind'),
  date: f(date, 'developers.field.publication.date'),
  authors: f(arrayOf(string), 'developers.field.publication.authors'),
  summary: f(nullable(string), 'developers.field.summary'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

const cooperationFields: Fields<OpenCooperation> = {
  slug: f(string, 'developers.field.slug'),
  title: f(string, 'developers.field.cooperation.title'),
  url: f(uri, 'developers.field.cooperation.url'),
  type: f(enumOf<Cooperation['type']>()(cooperationTypes), 'developers.field.cooperation.type'),
  member: f(nullable(ref('link')), 'developers.field.cooperation.member'),
  description: f(nullable(string), 'developers.field.cooperation.description'),
  audience: f(nullable(string), 'developers.field.cooperation.audience'),
  categories: f(arrayOf(ref('category')), 'developers.field.cooperation.categories'),
  validUntil: f(date, 'developers.field.cooperation.validUntil'),
  updatedAt: f(dateTime, 'developers.field.updatedAt'),
}

export const fieldsOf: Record<Dataset, Record<string, Field>> = {
  members: memberFields,
  products: productFields,
  events: eventFields,
  partners: partnerFields,
  publications: publicationFields,
  cooperation: cooperationFields,
  interfaces: interfaceFields,
  connections: connectionFields,
}

export const LICENSE = {
  id: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

/** The fields of a file around its records; without a dataset, as the developers page shows them. */
export const envelopeFields = (dataset?: Dataset): Record<string, Field> => ({
  $schema: f(uri, 'developers.envelope.schema'),
  dataset: f(dataset ? { const: dataset } : { enum: [...datasets] }, 'developers.envelope.dataset'),
  locale: f({ enum: [...localeCodes] }, 'developers.envelope.locale'),
  publisher: f(object({ name: string, url: uri }), 'developers.envelope.publisher'),
  license: f(
    object({ id: { const: LICENSE.id }, url: { const: LICENSE.url } }),
    'developers.envelope.license',
  ),
  updatedAt: f(nullable(dateTime), 'developers.envelope.updatedAt'),
  count: f({ type: 'integer', minimum: 0 }, 'developers.envelope.count'),
  ...(dataset === 'connections'
    ? { total: f({ type: 'integer', minimum: 0 }, 'developers.envelope.total') }
    : {}),
  items: f(arrayOf(ref('item')), 'developers.envelope.items'),
})
