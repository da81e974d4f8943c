// The subset of the seed collections the media generator reads (see content/README.md).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const LOCALES = ['en', 'bg', 'de'] as const
export type Locale = (typeof LOCALES)[number]
export type Localized<T = string> = Record<Locale, T>
/** Rich text: per locale an array of block strings ("## …", "- …", "> …", paragraphs). */
export type RichText = Localized<string[]>

export type Member = {
  name: string
  slug: string
  logo?: string
  tagline?: Localized
  city?: string
  website?: string
  contact?: { name?: string; email?: string; phone?: string }
  location?: { lat: number; lng: number }
}

export type Partner = {
  name: string
  slug: string
  logo?: string
  kind?: string
  city?: string
  country?: string
}

export type Product = {
  name: string
  slug: string
  member: string
  kind?: string
  summary: Localized
  description: RichText
  categories?: string[]
  industries?: string[]
  technologies?: string[]
  deployment?: string[]
  pricingModel?: string
  supportedLanguages?: string[]
  images?: string[]
  brochure?: string
  integrations?: string[]
  price?: { amount?: number; currency?: string; unit?: string; onRequest?: boolean }
  certifications?: string[]
  references?: Array<{ sector: string; country: string; outcome: Localized }>
}

export type Event = {
  slug: string
  title: Localized
  kind?: string
  start: string
  end?: string
  timeZone?: string
  format?: string
  venue?: { name?: string; city?: string; country?: string }
  status?: string
  image?: string
}

export type Publication = {
  slug: string
  title: Localized
  kind?: string
  date: string
  authors?: string[]
  summary: Localized
  body: RichText
  file?: Localized
  cover?: string
}

export type Category = { slug: string; name: Localized }

export type Settings = {
  clusterName?: string
  tagline: Localized
  contact?: { email?: string; phone?: string; address?: Localized }
  defaultShareImage?: string
}

export type Content = {
  members: Member[]
  partners: Partner[]
  products: Product[]
  events: Event[]
  publications: Publication[]
  categories: Category[]
  settings: Settings
}

export const COLLECTION_FILES = [
  'categories',
  'members',
  'products',
  'events',
  'publications',
  'partners',
  'cooperation',
  'pages',
  'settings',
] as const

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as T
}

export function loadContent(dir: string): Content {
  return {
    members: readJson<Member[]>(dir, 'members'),
    partners: readJson<Partner[]>(dir, 'partners'),
    products: readJson<Product[]>(dir, 'products'),
    events: readJson<Event[]>(dir, 'events'),
    publications: readJson<Publication[]>(dir, 'publications'),
    categories: readJson<Category[]>(dir, 'categories'),
    settings: readJson<Settings>(dir, 'settings'),
  }
}
