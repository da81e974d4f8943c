import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

// The generator under content/ runs on plain Node with `.ts` import paths, which the root
// tsconfig does not allow; it is loaded by path at run time and typed here by what the test uses.
type Localized = Record<'en' | 'bg' | 'de', string>
type ProductInput = {
  name: string
  seed: string
  variant: number
  host: string
  memberName: string
  memberSlug: string
  slug?: string
  categories?: string[]
  view?: number
}
type Product = { name: string; slug: string; member: string; categories?: string[] }
type Content = {
  products: Product[]
  members: { name: string; slug: string; location?: { lat: number; lng: number } }[]
  events: { slug: string; kind?: string; title: Localized; venue?: { city?: string } }[]
  publications: { slug: string; kind?: string; title: Localized }[]
}
type Gen = {
  loadContent: (root: string) => Content
  productSvg: (input: ProductInput) => string
  productScene: (input: ProductInput) => string
  eventSvg: (input: { slug: string; kind?: string; city?: string }) => string
  shareSvg: (locations: { lat: number; lng: number }[]) => string
  coverSvg: (input: { slug: string; kind?: string }) => string
  coverScene: (slug: string, kind?: string) => string
  productAlt: (name: string, maker: string, scene: string, view: number) => Localized
  eventAlt: (title: Localized, kind?: string) => Localized
  coverAlt: (title: Localized, scene: string) => Localized
  imageBytes: (svg: string, filename: string) => Promise<Buffer | string>
}

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content')
const tools = path.join(contentDir, 'media-tools')
let gen: Gen
let content: Content

async function load(file: string): Promise<Record<string, unknown>> {
  const spec: string = path.join(tools, file)
  return (await import(spec)) as Record<string, unknown>
}

beforeAll(async () => {
  const mods = await Promise.all(
    ['data.ts', 'product-art.ts', 'banner-art.ts', 'cover-art.ts', 'alt-text.ts', 'raster.ts'].map(
      load,
    ),
  )
  gen = Object.assign({}, ...mods) as Gen
  content = gen.loadContent(contentDir)
})

function input(p: Product, view = 1): ProductInput {
  const member = content.members.find((m) => m.slug === p.member)
  return {
    name: p.name,
    seed: p.slug,
    variant: 0,
    host: '',
    memberName: member?.name ?? p.member,
    memberSlug: p.member,
    slug: p.slug,
    categories: p.categories,
    view,
  }
}

/** The element names of an SVG in document order: its structure without coordinates or colours. */
function structure(svg: string): string {
  return [...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]).join(' ')
}

const words = /<text|<tspan|<foreignObject/

describe('seed images carry no words (they are shown on en, bg and de pages)', () => {
  it('no product, event, cover or share image draws text', () => {
    for (const p of content.products) expect(gen.productSvg(input(p)), p.slug).not.toMatch(words)
    for (const e of content.events)
      expect(gen.eventSvg({ slug: e.slug, kind: e.kind, city: e.venue?.city }), e.slug).not.toMatch(
        words,
      )
    for (const pub of content.publications)
      expect(gen.coverSvg({ slug: pub.slug, kind: pub.kind }), pub.slug).not.toMatch(words)
    const locations = content.members.flatMap((m) => (m.location ? [m.location] : []))
    expect(gen.shareSvg(locations)).not.toMatch(words)
  })
})

describe('product images show what the product does', () => {
  it('the product kinds named in the brief get their own kind of screen', () => {
    const scene = (slug: string) =>
      gen.productScene(input(content.products.find((p) => p.slug === slug)!))
    expect(scene('burgas-marine-digital-vesseltrack')).toBe('sea-map')
    expect(scene('danube-logistics-systems-route-optimisation')).toBe('route-map')
    expect(scene('maritsa-energy-software-energyhub')).toBe('energy')
    expect(scene('black-sea-cloud-devops-factory')).toBe('terminal')
    expect(scene('sredets-govtech-eservices')).toBe('e-form')
    expect(scene('rhodope-robotics-visioncheck')).toBe('camera')
    expect(scene('trakia-agritech-fieldsense')).toBe('field-map')
    expect(scene('vitosha-health-it-his')).toBe('patient')
    expect(scene('tarnovo-edtech-academy')).toBe('course')
  })

  it('products differ in layout, not only in colour: many scenes, none twice at one maker', () => {
    const scenes = content.products.map((p) => gen.productScene(input(p)))
    expect(new Set(scenes).size).toBeGreaterThanOrEqual(25)
    const byMember = new Map<string, string[]>()
    content.products.forEach((p, i) =>
      byMember.set(p.member, [...(byMember.get(p.member) ?? []), scenes[i]]),
    )
    for (const [member, list] of byMember) expect(new Set(list).size, member).toBe(list.length)
    // Different scenes are different drawings: their element structure differs too.
    const shapes = new Map<string, string>()
    content.products.forEach((p, i) => shapes.set(scenes[i], structure(gen.productSvg(input(p)))))
    expect(new Set(shapes.values()).size).toBe(shapes.size)
  })

  it('event banners differ by kind, covers by kind of publication', () => {
    const kinds = new Map<string, string>()
    for (const e of content.events)
      kinds.set(e.kind ?? '', structure(gen.eventSvg({ slug: e.slug, kind: e.kind })))
    expect(kinds.size).toBe(6)
    expect(new Set(kinds.values()).size).toBe(kinds.size)
    const covers = content.publications.map((pub) =>
      structure(gen.coverSvg({ slug: pub.slug, kind: pub.kind })),
    )
    expect(new Set(covers).size).toBe(content.publications.length)
  })
})

describe('generation is deterministic and media.json describes the pictures', () => {
  it('the same input draws and renders the same bytes', async () => {
    const p = content.products[0]
    const a = gen.productSvg(input(p))
    expect(gen.productSvg(input(p))).toBe(a)
    const [x, y] = await Promise.all([gen.imageBytes(a, 'a.png'), gen.imageBytes(a, 'a.png')])
    expect(Buffer.compare(x as Buffer, y as Buffer)).toBe(0)
    const stored = fs.readFileSync(path.join(contentDir, 'media', `products-${p.slug}.png`))
    expect(Buffer.compare(x as Buffer, stored), 'content/media is up to date').toBe(0)
  })

  it('alt texts in every locale say what the current picture shows', () => {
    const media = JSON.parse(fs.readFileSync(path.join(contentDir, 'media.json'), 'utf8')) as {
      filename: string
      alt: Localized
    }[]
    const alt = (file: string) => media.find((m) => m.filename === file)?.alt
    for (const p of content.products) {
      const member = content.members.find((m) => m.slug === p.member)
      const expected = gen.productAlt(p.name, member!.name, gen.productScene(input(p)), 1)
      expect(alt(`products-${p.slug}.png`), p.slug).toEqual(expected)
    }
    for (const e of content.events)
      expect(alt(`events-${e.slug}.png`), e.slug).toEqual(gen.eventAlt(e.title, e.kind))
    for (const pub of content.publications)
      expect(alt(`publications-${pub.slug}.png`), pub.slug).toEqual(
        gen.coverAlt(pub.title, gen.coverScene(pub.slug, pub.kind)),
      )
    // The old banners spelled the status; an alt text must not promise words the image lacks.
    for (const m of media) expect(m.alt.en, m.filename).not.toMatch(/postponed|cancelled/i)
  })
})
