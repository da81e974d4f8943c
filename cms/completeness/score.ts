/**
 * Profile completeness (step 8): how much of what an international buyer looks for a member's
 * profile and its products give, as a score from 0 to 100 and the list of what is missing, each
 * gap with the field that fills it and the points it would add. Pure: it reads documents as the
 * Local API returns them with `locale: 'all'` (every localized field as `{ en, bg, de }`, images
 * populated with their alt texts) and never stores anything. The score is private: it is
 * computed on demand for the member itself and for staff (./load.ts), never kept in a field, the
 * public API or the portal.
 *
 * ## Weights
 *
 * Each criterion has a weight; the weights of a profile and of a product each add up to 100.
 * A criterion that describes another (alt texts of the images, translations of the references,
 * documentation of the interfaces) earns nothing while that one is missing, and its points are
 * listed with it. A criterion asked "in every locale" earns its weight in equal shares per locale (a Bulgarian
 * description is a third of the description's points); "alt text of every image in every
 * locale" in shares per image and locale; "documentation of every interface" per interface.
 *
 * Member profile (`memberWeights`):
 *
 * | criterion             | weight | what counts                                                   |
 * | --------------------- | -----: | ------------------------------------------------------------- |
 * | description           |     14 | the company description, in every locale                      |
 * | tagline               |      6 | the one-line tagline, in every locale                         |
 * | logo                  |      6 | a logo                                                        |
 * | logoAlt               |      2 | the logo's alt text, in every locale                          |
 * | contactName           |      2 | a contact person                                              |
 * | contactEmail          |      4 | a contact email                                               |
 * | contactPhone          |      2 | a contact phone                                               |
 * | website               |      3 | the website                                                   |
 * | city                  |      2 | the city                                                      |
 * | location              |      3 | map coordinates (latitude and longitude), for the cluster map |
 * | sectors               |      4 | at least one sector                                           |
 * | exportMarkets         |      5 | at least one export market                                    |
 * | languages             |      3 | languages the company works in                                |
 * | certifications        |      4 | at least one certification                                    |
 * | references            |      5 | at least one reference (case study)                           |
 * | referenceTranslations |      1 | every reference's outcome in every locale                     |
 * | founded               |      1 | the year founded                                              |
 * | employees             |      1 | the company size                                              |
 * | products              |     32 | the mean score of its products and services (0 without any)  |
 *
 * Product or service (`productWeights`):
 *
 * | criterion             | weight | what counts                                                     |
 * | --------------------- | -----: | --------------------------------------------------------------- |
 * | summary               |      9 | the summary, in every locale                                    |
 * | description           |     15 | the description, in every locale                                |
 * | categories            |      6 | at least one catalogue category                                 |
 * | industries            |      4 | at least one industry                                           |
 * | images                |     10 | at least one image                                              |
 * | imageAlt              |      6 | every image's alt text, in every locale                         |
 * | price                 |      4 | a price (amount and unit) or "on request"                       |
 * | pricingModel          |      2 | the pricing model                                               |
 * | deployment            |      4 | how it is deployed                                              |
 * | supportedLanguages    |      4 | the languages it supports                                       |
 * | certifications        |      5 | at least one certification                                      |
 * | references            |      7 | at least one reference                                          |
 * | referenceTranslations |      1 | every reference's outcome in every locale                       |
 * | brochure              |      5 | a brochure (PDF)                                                |
 * | interfaces            |     10 | at least one interface (a protocol it provides or consumes)     |
 * | interfaceDocs         |      4 | every interface with a documentation link or an API description |
 * | integrations          |      4 | "works with" links to other members' products                   |
 */
import type { Locale } from '@shared/locales'

type Localized<T> = Partial<Record<Locale, T | null | undefined>> | T | null | undefined
type Id = number | string
type Ref = Id | { id: Id; [key: string]: unknown } | null | undefined
type MediaRef = Id | { id: Id; alt?: Localized<string> } | null | undefined
type Reference = { outcome?: Localized<string> }

/** A member profile as read with `locale: 'all'` and its logo populated. */
export type MemberInput = {
  id: Id
  name?: string | null
  tagline?: Localized<string>
  description?: Localized<unknown>
  logo?: MediaRef
  contact?: { name?: string | null; email?: string | null; phone?: string | null } | null
  website?: string | null
  city?: string | null
  location?: { lat?: number | null; lng?: number | null } | null
  sectors?: Ref[] | null
  exportMarkets?: unknown[] | null
  languages?: unknown[] | null
  certifications?: unknown[] | null
  references?: Reference[] | null
  founded?: number | null
  employees?: string | null
}

/** A product or service as read with `locale: 'all'`, its images and protocols populated. */
export type ProductInput = {
  id: Id
  name?: string | null
  summary?: Localized<string>
  description?: Localized<unknown>
  categories?: Ref[] | null
  industries?: unknown[] | null
  images?: MediaRef[] | null
  price?: { amount?: number | null; unit?: string | null; onRequest?: boolean | null } | null
  pricingModel?: string | null
  deployment?: unknown[] | null
  supportedLanguages?: unknown[] | null
  certifications?: unknown[] | null
  references?: Reference[] | null
  brochure?: Ref
  interfaces?:
    | {
        protocol?: Ref
        documentation?: string | null
        apiDescription?: Ref
      }[]
    | null
  integrations?: Ref[] | null
}

export const memberWeights = {
  description: 14,
  tagline: 6,
  logo: 6,
  logoAlt: 2,
  contactName: 2,
  contactEmail: 4,
  contactPhone: 2,
  website: 3,
  city: 2,
  location: 3,
  sectors: 4,
  exportMarkets: 5,
  languages: 3,
  certifications: 4,
  references: 5,
  referenceTranslations: 1,
  founded: 1,
  employees: 1,
  products: 32,
} as const

export const productWeights = {
  summary: 9,
  description: 15,
  categories: 6,
  industries: 4,
  images: 10,
  imageAlt: 6,
  price: 4,
  pricingModel: 2,
  deployment: 4,
  supportedLanguages: 4,
  certifications: 5,
  references: 7,
  referenceTranslations: 1,
  brochure: 5,
  interfaces: 10,
  interfaceDocs: 4,
  integrations: 4,
} as const

export type MemberCriterion = keyof typeof memberWeights
export type ProductCriterion = keyof typeof productWeights
export type Criterion = MemberCriterion | ProductCriterion

/**
 * One thing missing: the document and field that fill it (`field` is the field's path, e.g.
 * `contact.email`, `references.1.outcome`), the locale to edit it in when it is localized, and
 * the points it would add to the score it is listed under.
 */
export type Missing = {
  criterion: Criterion
  collection: 'members' | 'products' | 'media'
  id: Id
  field: string
  locale?: Locale
  /** 1-based position of the row or image the gap is in. */
  n?: number
  /** The protocol's name, for an interface without documentation. */
  protocol?: string
  points: number
}

export type Score = {
  /** 0–100, rounded. */
  score: number
  /** The exact sum of the criteria's points. */
  exact: number
  missing: Missing[]
}

export type ProductScore = Score & { id: Id; name: string }
export type MemberScore = Score & {
  id: Id
  name: string
  /** The profile's own criteria (without products), out of the 68 points they weigh. */
  profile: Score
  products: ProductScore[]
}

type Gap = Omit<Missing, 'points' | 'criterion'> & { share: number }
type Checks<D, C extends string> = Record<C, (doc: D, locales: readonly Locale[]) => Gap[]>

const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '')
const none = (v: unknown[] | null | undefined) => !Array.isArray(v) || v.length === 0

/** A localized value in one locale (a plain value, from a read without `locale: 'all'`, is en). */
function inLocale<T>(value: Localized<T>, locale: Locale): T | null | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in value))
    return (value as Partial<Record<Locale, T>>)[locale]
  return locale === 'en' ? (value as T) : undefined
}

/** Whether a Lexical document (or plain text) has any words in it. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.root) return hasText(node.root)
  return Array.isArray(node.children) && node.children.some(hasText)
}

/** One gap per locale in which a localized field is empty, each worth an equal share. */
const perLocale =
  (field: string, collection: Gap['collection'] = 'members') =>
  (value: Localized<unknown>, id: Id, locales: readonly Locale[]): Gap[] =>
    locales
      .filter((l) => !hasText(inLocale(value, l)))
      .map((locale) => ({ collection, id, field, locale, share: 1 / locales.length }))

const whole = (collection: Gap['collection'], id: Id, field: string): Gap[] => [
  { collection, id, field, share: 1 },
]
const unless = (ok: boolean, gap: () => Gap[]) => (ok ? [] : gap())

/** The alt text of each image in each locale; an image we could not read is not judged. */
function altGaps(images: MediaRef[], locales: readonly Locale[]): Gap[] {
  const share = 1 / (images.length * locales.length)
  return images.flatMap((image, i) =>
    image && typeof image === 'object'
      ? locales
          .filter((l) => blank(inLocale(image.alt, l)))
          .map((locale) => ({
            collection: 'media' as const,
            id: image.id,
            field: 'alt',
            locale,
            n: i + 1,
            share,
          }))
      : [],
  )
}

function referenceGaps(
  collection: 'members' | 'products',
  id: Id,
  references: Reference[] | null | undefined,
  locales: readonly Locale[],
): Gap[] {
  const rows = references ?? []
  if (!rows.length) return whole(collection, id, 'references')
  const share = 1 / Math.max(1, rows.length * locales.length)
  return rows.flatMap((row, i) =>
    locales
      .filter((l) => blank(inLocale(row.outcome, l)))
      .map((locale) => ({
        collection,
        id,
        field: `references.${i}.outcome`,
        locale,
        n: i + 1,
        share,
      })),
  )
}

const memberChecks: Checks<MemberInput, Exclude<MemberCriterion, 'products'>> = {
  description: (m, ls) => perLocale('description')(m.description, m.id, ls),
  tagline: (m, ls) => perLocale('tagline')(m.tagline, m.id, ls),
  logo: (m) => unless(m.logo != null, () => whole('members', m.id, 'logo')),
  logoAlt: (m, ls) => (m.logo != null ? altGaps([m.logo], ls) : whole('members', m.id, 'logo')),
  contactName: (m) => unless(!blank(m.contact?.name), () => whole('members', m.id, 'contact.name')),
  contactEmail: (m) =>
    unless(!blank(m.contact?.email), () => whole('members', m.id, 'contact.email')),
  contactPhone: (m) =>
    unless(!blank(m.contact?.phone), () => whole('members', m.id, 'contact.phone')),
  website: (m) => unless(!blank(m.website), () => whole('members', m.id, 'website')),
  city: (m) => unless(!blank(m.city), () => whole('members', m.id, 'city')),
  location: (m) =>
    unless(typeof m.location?.lat === 'number' && typeof m.location?.lng === 'number', () =>
      whole('members', m.id, 'location.lat'),
    ),
  sectors: (m) => unless(!none(m.sectors), () => whole('members', m.id, 'sectors')),
  exportMarkets: (m) =>
    unless(!none(m.exportMarkets), () => whole('members', m.id, 'exportMarkets')),
  languages: (m) => unless(!none(m.languages), () => whole('members', m.id, 'languages')),
  certifications: (m) =>
    unless(!none(m.certifications), () => whole('members', m.id, 'certifications')),
  references: (m) => unless(!none(m.references), () => whole('members', m.id, 'references')),
  referenceTranslations: (m, ls) => referenceGaps('members', m.id, m.references, ls),
  founded: (m) => unless(m.founded != null, () => whole('members', m.id, 'founded')),
  employees: (m) => unless(!blank(m.employees), () => whole('members', m.id, 'employees')),
}

const protocolName = (ref: Ref) =>
  ref && typeof ref === 'object' && typeof ref.name === 'string' ? ref.name : undefined

const productChecks: Checks<ProductInput, ProductCriterion> = {
  summary: (p, ls) => perLocale('summary', 'products')(p.summary, p.id, ls),
  description: (p, ls) => perLocale('description', 'products')(p.description, p.id, ls),
  categories: (p) => unless(!none(p.categories), () => whole('products', p.id, 'categories')),
  industries: (p) => unless(!none(p.industries), () => whole('products', p.id, 'industries')),
  images: (p) => unless(!none(p.images), () => whole('products', p.id, 'images')),
  imageAlt: (p, ls) =>
    none(p.images) ? whole('products', p.id, 'images') : altGaps(p.images ?? [], ls),
  price: (p) =>
    unless(Boolean(p.price?.onRequest) || typeof p.price?.amount === 'number', () =>
      whole('products', p.id, 'price.amount'),
    ),
  pricingModel: (p) =>
    unless(!blank(p.pricingModel), () => whole('products', p.id, 'pricingModel')),
  deployment: (p) => unless(!none(p.deployment), () => whole('products', p.id, 'deployment')),
  supportedLanguages: (p) =>
    unless(!none(p.supportedLanguages), () => whole('products', p.id, 'supportedLanguages')),
  certifications: (p) =>
    unless(!none(p.certifications), () => whole('products', p.id, 'certifications')),
  references: (p) => unless(!none(p.references), () => whole('products', p.id, 'references')),
  referenceTranslations: (p, ls) => referenceGaps('products', p.id, p.references, ls),
  brochure: (p) => unless(p.brochure != null, () => whole('products', p.id, 'brochure')),
  interfaces: (p) => unless(!none(p.interfaces), () => whole('products', p.id, 'interfaces')),
  interfaceDocs: (p) => {
    const rows = p.interfaces ?? []
    if (!rows.length) return whole('products', p.id, 'interfaces')
    return rows.flatMap((row, i) =>
      blank(row.documentation) && row.apiDescription == null
        ? [
            {
              collection: 'products' as const,
              id: p.id,
              field: `interfaces.${i}.documentation`,
              n: i + 1,
              protocol: protocolName(row.protocol),
              share: 1 / rows.length,
            },
          ]
        : [],
    )
  },
  integrations: (p) => unless(!none(p.integrations), () => whole('products', p.id, 'integrations')),
}

/** Applies the checks: each criterion's weight, less the shares of its gaps. */
function apply<D, C extends string>(
  doc: D,
  checks: Checks<D, C>,
  weights: Record<C, number>,
  locales: readonly Locale[],
): { exact: number; missing: Missing[] } {
  let exact = 0
  const missing: Missing[] = []
  for (const criterion of Object.keys(checks) as C[]) {
    const weight = weights[criterion]
    const gaps = checks[criterion](doc, locales)
    const lost = Math.min(
      1,
      gaps.reduce((sum, g) => sum + g.share, 0),
    )
    exact += weight * (1 - lost)
    for (const { share, ...gap } of gaps) {
      // A criterion that depends on another (alt texts on images) is lost with it and listed
      // as one item with it: adding the image with its alt texts gains both.
      const key = `${gap.collection}:${gap.id}:${gap.field}:${gap.locale ?? ''}`
      const same = missing.find(
        (m) => `${m.collection}:${m.id}:${m.field}:${m.locale ?? ''}` === key,
      )
      if (same) same.points += weight * share
      else missing.push({ ...gap, criterion: criterion as Criterion, points: weight * share })
    }
  }
  return { exact, missing }
}

/** The biggest gain first; equal ones in the order of the form. */
const byPoints = (a: Missing, b: Missing) => b.points - a.points

export function scoreProduct(product: ProductInput, locales: readonly Locale[]): ProductScore {
  const { exact, missing } = apply(product, productChecks, productWeights, locales)
  return {
    id: product.id,
    name: String(product.name ?? ''),
    score: Math.round(exact),
    exact,
    missing: missing.sort(byPoints),
  }
}

/**
 * A member's score: its profile's criteria, and its products' mean score for the products'
 * 32 points. Each product's gaps are listed under the member too, worth what they would add to
 * the member's score (a product gap of 10 points among 4 products adds 32 × 10 / 100 / 4).
 */
export function scoreMember(
  member: MemberInput,
  products: ProductInput[],
  locales: readonly Locale[],
): MemberScore {
  const own = apply(member, memberChecks, memberWeights, locales)
  const scored = products.map((p) => scoreProduct(p, locales))
  const weight = memberWeights.products
  const productsExact = scored.length
    ? (weight * scored.reduce((sum, p) => sum + p.exact, 0)) / (100 * scored.length)
    : 0
  const productGaps: Missing[] = scored.length
    ? scored.flatMap((p) =>
        p.missing.map((m) => ({ ...m, points: (weight * m.points) / (100 * scored.length) })),
      )
    : [{ criterion: 'products', collection: 'products', id: member.id, field: '', points: weight }]
  const exact = own.exact + productsExact
  const ownWeight = 100 - weight
  return {
    id: member.id,
    name: String(member.name ?? ''),
    score: Math.round(exact),
    exact,
    missing: [...own.missing, ...productGaps].sort(byPoints),
    profile: {
      score: Math.round((100 * own.exact) / ownWeight),
      exact: own.exact,
      missing: own.missing.sort(byPoints),
    },
    products: scored,
  }
}
