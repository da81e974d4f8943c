import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { readApiDescription } from '@cms/interfaces/readApiDescription'
import { interfaceRoles, protocolFamilies } from '@shared/options'
import { isWebUrl } from '@shared/validators'
import { computeConnections, type ConnectableProduct } from '@site/lib/connections'

/** The seed's interoperability registry (step 8): protocols, API descriptions, interfaces. */

const contentDir = path.resolve(import.meta.dirname, '..', '..', 'content')
const apiDir = path.join(contentDir, 'api-descriptions')
const read = <T>(name: string) =>
  JSON.parse(fs.readFileSync(path.join(contentDir, `${name}.json`), 'utf8')) as T

type Protocol = { slug: string; name: string; family: string; specification?: string }
type Interface = {
  protocol: string
  role: string
  version?: string
  documentation?: string
  apiDescription?: string
}
type Product = { slug: string; member: string; draft?: boolean; interfaces?: Interface[] }
type ApiListing = { filename: string; title: string; owner: string }
type Located = { slug: string; city: string; location?: { lat: number; lng: number } }

const protocols = read<Protocol[]>('protocols')
const products = read<Product[]>('products')
const listing = read<ApiListing[]>('api-descriptions')
const documentOf = (filename: string) =>
  JSON.parse(fs.readFileSync(path.join(apiDir, filename), 'utf8')) as Record<string, unknown>

describe('seed data set: protocols', () => {
  it('has the standards the issue names, and more, each once', () => {
    const slugs = protocols.map((p) => p.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs.length).toBeGreaterThanOrEqual(16)
    for (const slug of [
      'rest-openapi',
      'graphql',
      'soap',
      'grpc',
      'webhooks',
      'mqtt',
      'opc-ua',
      'as2-edifact',
      'peppol-bis',
      'iso-20022',
      'hl7-fhir',
      'saml',
      'openid-connect',
      'sftp-csv',
    ])
      expect(slugs).toContain(slug)
  })

  it('each has a family of the vocabulary and a specification at its publisher (https)', () => {
    for (const p of protocols) {
      expect(protocolFamilies, p.slug).toContain(p.family)
      expect(isWebUrl(p.specification ?? ''), p.slug).toBe(true)
      expect(new URL(p.specification!).protocol, p.slug).toBe('https:')
      expect(new URL(p.specification!).hostname, p.slug).not.toMatch(/\.example$/)
    }
    // Every family is used, so the registry's family filter has no empty choice.
    expect(new Set(protocols.map((p) => p.family))).toEqual(new Set(protocolFamilies))
  })
})

describe('seed data set: API descriptions', () => {
  it('lists every file in content/api-descriptions/ once, each owned by a member', () => {
    const files = fs.readdirSync(apiDir).sort()
    expect(listing.map((a) => a.filename).sort()).toEqual(files)
    const members = new Set(read<{ slug: string }[]>('members').map((m) => m.slug))
    for (const a of listing) {
      expect(members.has(a.owner), a.filename).toBe(true)
      // The API reference route takes the file name without its extension as its slug.
      expect(a.filename, a.filename).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/)
    }
  })

  it('each passes the validation the CMS runs on uploads (OpenAPI and AsyncAPI parsers)', async () => {
    for (const { filename } of listing) {
      const result = await readApiDescription(
        fs.readFileSync(path.join(apiDir, filename)),
        filename,
      )
      expect(result.ok ? 'valid' : result.problem, filename).toBe('valid')
    }
  })

  it('has at least five OpenAPI 3.x documents with servers, tags, operations and schemas', () => {
    const openapi = listing.map((a) => documentOf(a.filename)).filter((d) => 'openapi' in d)
    expect(openapi.length).toBeGreaterThanOrEqual(5)
    for (const doc of openapi) {
      const title = (doc.info as { title: string }).title
      expect(doc.openapi, title).toMatch(/^3\.[01]\.\d+$/)
      expect((doc.servers as unknown[]).length, title).toBeGreaterThan(0)
      expect((doc.tags as unknown[]).length, title).toBeGreaterThan(1)
      const operations = Object.values(doc.paths as Record<string, object>).flatMap((item) =>
        Object.keys(item).filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k)),
      )
      expect(operations.length, title).toBeGreaterThanOrEqual(6)
      const schemas = (doc.components as { schemas: object }).schemas
      expect(Object.keys(schemas).length, title).toBeGreaterThanOrEqual(5)
    }
    expect(listing.some((a) => 'asyncapi' in documentOf(a.filename))).toBe(true)
  })

  it('each is attached to a published product of its owner', () => {
    for (const a of listing) {
      const users = products.filter(
        (p) => !p.draft && p.interfaces?.some((i) => i.apiDescription === a.filename),
      )
      expect(users.length, a.filename).toBeGreaterThan(0)
      for (const p of users) expect(p.member, a.filename).toBe(a.owner)
    }
  })
})

describe('seed data set: interfaces', () => {
  const known = new Set(protocols.map((p) => p.slug))
  const files = new Set(listing.map((a) => a.filename))

  it('most products declare interfaces, each valid for the products schema', () => {
    const withInterfaces = products.filter((p) => p.interfaces?.length)
    expect(withInterfaces.length).toBeGreaterThanOrEqual(36)
    for (const p of withInterfaces)
      for (const [i, row] of p.interfaces!.entries()) {
        const at = `${p.slug}.interfaces[${i}]`
        expect(known.has(row.protocol), at).toBe(true)
        expect(interfaceRoles, at).toContain(row.role)
        expect((row.version ?? '').length, at).toBeLessThanOrEqual(40)
        if (row.documentation) expect(isWebUrl(row.documentation), at).toBe(true)
        if (row.apiDescription) expect(files.has(row.apiDescription), at).toBe(true)
      }
  })

  it('connect products across members: PEPPOL, OPC UA, MQTT, sign-in, FHIR, ISO 20022, SFTP', () => {
    const memberIds = new Map<string, number>()
    const published: ConnectableProduct[] = products
      .filter((p) => !p.draft)
      .map((p, id) => ({
        id,
        slug: p.slug,
        member: memberIds.get(p.member) ?? memberIds.set(p.member, memberIds.size).size - 1,
        interfaces: (p.interfaces ?? []).map((row) => ({
          protocol: { slug: row.protocol } as never,
          role: row.role as 'provides' | 'consumes',
          version: row.version,
          // The seed names a file; connections never read it.
          apiDescription: undefined,
        })),
      }))
    const connections = computeConnections(published)
    const makerOf = new Map(products.map((p) => [p.slug, p.member]))
    const over = (protocol: string) =>
      connections.filter((c) => c.reasons.some((r) => r.protocol === protocol))
    for (const protocol of [
      'peppol-bis',
      'opc-ua',
      'mqtt',
      'openid-connect',
      'saml',
      'hl7-fhir',
      'iso-20022',
      'sftp-csv',
    ])
      expect(over(protocol).length, protocol).toBeGreaterThan(0)
    // The example: an ERP exchanges PEPPOL invoices with another member's product.
    expect(
      over('peppol-bis').some(
        (c) => c.consumer === 'orbitsoft-erp-flow' || c.provider === 'orbitsoft-erp-flow',
      ),
    ).toBe(true)
    const members = new Set(
      connections.flatMap((c) => [c.consumer, c.provider].map(makerOf.get, makerOf)),
    )
    expect(members.size).toBeGreaterThanOrEqual(14)
    // A registry, not a hairball: the graph stays readable.
    expect(connections.length).toBeLessThan(150)
  })
})

describe('seed data set: locations for the map', () => {
  it('every member and partner has coordinates near its city', () => {
    const located = [...read<Located[]>('members'), ...read<Located[]>('partners')]
    for (const { slug, location } of located) {
      expect(location, slug).toBeDefined()
      // Europe, roughly: a swapped latitude and longitude lands outside.
      expect(location!.lat, slug).toBeGreaterThan(35)
      expect(location!.lat, slug).toBeLessThan(71)
      expect(location!.lng, slug).toBeGreaterThan(-10)
      expect(location!.lng, slug).toBeLessThan(35)
    }
  })
})
