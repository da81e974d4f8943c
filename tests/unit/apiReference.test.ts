import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import { apiReferenceOf, type SchemaNode } from '@site/lib/apiReference'
import { descriptionHtml } from '@site/lib/apiReference/markdown'
import { typeParts } from '@site/lib/apiReference/typeText'
import { apiDescriptionsOf, apiReferenceRoute, apiSlugOf } from '@site/lib/apiReference/route'
import { urlFor } from '@site/lib/urls'

const fixture = (name: string) =>
  parse(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/apiref', name), 'utf8'))

const invoices = apiReferenceOf(fixture('invoices-3.1.yaml'))!
const catalogue = apiReferenceOf(fixture('catalogue-3.0.json'))!
const operation = (id: string) =>
  [...invoices.groups, ...catalogue.groups]
    .flatMap((g) => g.operations)
    .find((o) => o.operationId === id)!
const property = (node: SchemaNode | undefined, name: string) =>
  node?.properties.find((p) => p.name === name)
const schema = (name: string) => invoices.schemas.find((s) => s.name === name)!.schema

describe('API reference view model: OpenAPI', () => {
  it('reads the info, servers with their variables, and the security schemes', () => {
    expect(invoices).toMatchObject({
      format: 'openapi',
      specVersion: '3.1.0',
      title: 'Fixture Invoicing API',
      version: '2.4.0',
      contact: { email: 'api@fixture.example' },
      license: { name: 'CC BY 4.0' },
    })
    expect(invoices.servers[0]).toMatchObject({
      url: 'https://api.fixture.example/{region}/v2',
      variables: [{ name: 'region', default: 'eu', enum: ['eu', 'us'] }],
    })
    expect(invoices.securitySchemes.map((s) => [s.name, s.type])).toEqual([
      ['bearerAuth', 'http'],
      ['oauth', 'oauth2'],
      ['apiKey', 'apiKey'],
    ])
    const oauth = invoices.securitySchemes[1]
    expect(oauth.flows[0]).toMatchObject({
      kind: 'clientCredentials',
      tokenUrl: 'https://auth.fixture.example/token',
      scopes: [{ name: 'invoices:read', description: 'Read invoices' }, { name: 'invoices:write' }],
    })
    expect(invoices.securitySchemes[2]).toMatchObject({ in: 'header', parameterName: 'X-API-Key' })
    // Either a bearer token or the OAuth scope; the alternatives link to their schemes.
    expect(invoices.security).toEqual([
      [{ scheme: 'bearerAuth', anchor: 'auth-bearerAuth', scopes: [] }],
      [{ scheme: 'oauth', anchor: 'auth-oauth', scopes: ['invoices:read'] }],
    ])
  })

  it('groups operations by tag in the document order, the untagged last, empty tags left out', () => {
    expect(
      invoices.groups.map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.path}`)]),
    ).toEqual([
      ['Invoices', ['get /invoices', 'post /invoices', 'get /invoices/{invoiceId}']],
      ['Parties', ['get /parties']],
      [undefined, ['get /health']],
    ])
    expect(invoices.groups[0].description).toBe('Issue and list invoices.')
  })

  it('gives every operation a unique, stable anchor', () => {
    const all = [...invoices.groups, ...catalogue.groups].flatMap((g) => g.operations)
    expect(operation('listInvoices').anchor).toBe('op-listInvoices')
    expect(invoices.groups[1].operations[0].anchor).toBe('op-get-parties')
    // The catalogue fixture repeats an operationId: the second gets a suffix.
    expect(catalogue.groups[0].operations.map((o) => o.anchor)).toEqual([
      'op-listCategories',
      'op-listCategories-2',
    ])
    const ids = [
      ...all.map((o) => o.anchor),
      ...invoices.groups.map((g) => g.anchor),
      ...invoices.schemas.map((s) => s.anchor),
      ...invoices.securitySchemes.map((s) => s.anchor),
    ]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('lists parameters of the path and of the operation, path first, resolving $refs', () => {
    const list = operation('listInvoices')
    expect(list.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['query', 'status', false],
      ['query', 'limit', false],
      ['header', 'X-Tenant', true],
    ])
    expect(list.parameters[0].schema).toMatchObject({
      name: 'InvoiceStatus',
      anchor: 'schema-InvoiceStatus',
      enum: ['draft', 'sent', 'delivered', 'rejected'],
    })
    expect(list.parameters[1]).toMatchObject({ example: '50' })
    expect(list.parameters[1].schema.constraints).toEqual([
      { key: 'minimum', value: '1' },
      { key: 'maximum', value: '100' },
    ])
    expect(list.parameters[1].schema.default).toBe('20')
    // A path parameter is required even where the document forgets to say so.
    expect(operation('getInvoice').parameters[0]).toMatchObject({ in: 'path', required: true })
    expect(operation('getInvoice').deprecated).toBe(true)
  })

  it('reads request and response bodies, headers and referenced responses', () => {
    const create = operation('createInvoice')
    expect(create.requestBody).toMatchObject({
      required: true,
      description: 'The invoice to issue.',
    })
    expect(create.requestBody?.contents[0].mediaType).toBe('application/json')
    expect(create.requestBody?.contents[0].example).toContain('"number": "INV-1"')
    expect(create.security).toEqual([
      [{ scheme: 'oauth', anchor: 'auth-oauth', scopes: ['invoices:write'] }],
    ])
    const list = operation('listInvoices')
    expect(list.security).toBeUndefined()
    expect(list.responses.map((r) => [r.status, r.description])).toEqual([
      ['200', 'One page of invoices.'],
      ['401', 'The token is missing or expired.'],
    ])
    expect(list.responses[0].headers[0]).toMatchObject({ name: 'X-Total-Count' })
    const page = list.responses[0].contents[0].schema!
    expect(page.type).toBe('array')
    expect(page.items?.name).toBe('Invoice')
    expect(property(page.items, 'number')).toMatchObject({ required: true })
    // An operation that needs no sign-in says so with an empty list.
    expect(invoices.groups[1].operations[0].security).toEqual([])
  })

  it('renders schemas as nested properties: types, required, enum, example, constraints', () => {
    const invoice = schema('Invoice')
    expect(invoice.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual([
      'id',
      'number*',
      'currency*',
      'status',
      'seller',
      'buyer',
      'lines*',
      'payment',
      'metadata',
    ])
    expect(property(invoice, 'id')?.schema).toMatchObject({ format: 'uuid', readOnly: true })
    expect(property(invoice, 'currency')?.schema.default).toBe('EUR')
    const lines = property(invoice, 'lines')!.schema
    expect(lines.constraints).toEqual([{ key: 'minItems', value: '1' }])
    const total = property(lines.items, 'total')!.schema
    expect(total.name).toBe('Money')
    expect(property(total, 'amount')?.schema).toMatchObject({ type: 'number', example: '120.5' })
    expect(property(total, 'currency')?.schema.constraints).toContainEqual({
      key: 'maxLength',
      value: '3',
    })
    // allOf merges the parts' properties and required lists.
    const buyer = property(invoice, 'buyer')!.schema
    expect(buyer.properties.map((p) => `${p.name}${p.required ? '*' : ''}`)).toEqual([
      'name*',
      'vatId',
      'parent',
      'email*',
    ])
    // 3.1 type lists with null read as nullable.
    expect(property(buyer, 'vatId')?.schema).toMatchObject({ type: 'string', nullable: true })
    const payment = property(invoice, 'payment')!.schema
    expect(payment.variants?.kind).toBe('oneOf')
    expect(payment.variants?.options.map((o) => o.title)).toEqual(['Bank transfer', 'Card'])
    expect(property(invoice, 'metadata')?.schema.values?.type).toBe('string')
  })

  it('cuts cycles: a schema inside itself is named and linked, not expanded again', () => {
    const parent = property(schema('Party'), 'parent')!.schema
    expect(parent).toMatchObject({ name: 'Party', anchor: 'schema-Party', recursive: true })
    expect(parent.properties).toEqual([])
    const category = catalogue.schemas.find((s) => s.name === 'Category')!.schema
    const children = property(category, 'children')!.schema
    expect(children.items).toMatchObject({ name: 'Category', recursive: true })
    expect(property(category, 'name')?.schema.nullable).toBe(true)
    // A part merged by allOf counts as an ancestor: the buyer (a Party) has a parent Party cut.
    const buyer = property(schema('Invoice'), 'buyer')!.schema
    expect(property(buyer, 'parent')?.schema).toMatchObject({ name: 'Party', recursive: true })
    // A mutual cycle (A → B → A) ends too.
    const a = catalogue.schemas.find((s) => s.name === 'A')!.schema
    expect(property(property(a, 'b')!.schema, 'a')?.schema.recursive).toBe(true)
    // A reference to another file is shown by its name.
    expect(property(category, 'external')?.schema).toMatchObject({ type: 'Code', name: 'Code' })
  })

  it('gives up on documents that are neither OpenAPI 3 nor AsyncAPI', () => {
    expect(apiReferenceOf({ swagger: '2.0' })).toBeUndefined()
    expect(apiReferenceOf('openapi: 3.0.0')).toBeUndefined()
    expect(apiReferenceOf(null)).toBeUndefined()
  })
})

describe('API reference view model: AsyncAPI', () => {
  it('2.x: channels with publish/subscribe, their parameters and message payloads', () => {
    const telemetry = apiReferenceOf(fixture('telemetry-asyncapi-2.6.yaml'))!
    expect(telemetry).toMatchObject({ format: 'asyncapi', specVersion: '2.6.0' })
    expect(telemetry.servers[0]).toMatchObject({
      url: 'mqtt.fixture.example:8883',
      protocol: 'mqtt 5',
    })
    const [group] = telemetry.groups
    expect(group.tag).toBe('Readings')
    const [reading] = group.operations
    expect(reading).toMatchObject({
      method: 'subscribe',
      path: 'plants/{plantId}/readings',
      anchor: 'op-onReading',
    })
    expect(reading.parameters[0]).toMatchObject({ name: 'plantId', in: 'path' })
    const message = reading.requestBody!.contents[0]
    expect(message).toMatchObject({ mediaType: 'application/json', name: 'Reading' })
    expect(property(message.schema, 'unit')?.schema.enum).toEqual(['C', 'bar', 'rpm'])
  })

  it('3.x: operations with their action, channel address and messages', () => {
    const orders = apiReferenceOf(fixture('orders-asyncapi-3.0.yaml'))!
    expect(orders.servers[0]).toMatchObject({ url: 'events.fixture.example', protocol: 'amqp' })
    const [op] = orders.groups[0].operations
    expect(op).toMatchObject({
      method: 'send',
      path: 'orders.placed',
      operationId: 'sendOrderPlaced',
    })
    expect(op.requestBody!.contents[0].name).toBe('OrderPlaced')
    expect(property(op.requestBody!.contents[0].schema, 'orderId')).toBeDefined()
  })
})

describe('API reference texts', () => {
  it('renders an API’s CommonMark safely: no raw HTML, no script links, no foreign images', () => {
    expect(descriptionHtml('Read **one** invoice.')).toBe(
      '<p>Read <strong>one</strong> invoice.</p>',
    )
    const hostile = descriptionHtml(
      "<script>alert('x')</script>\n\n[x](javascript:alert(1)) ![logo](https://cdn.example/l.png)",
    )
    expect(hostile).not.toContain('<script')
    expect(hostile).not.toContain('javascript:')
    expect(hostile).not.toContain('<img')
    expect(hostile).toContain('logo')
    // A heading in a description stays below the page's own headings.
    expect(descriptionHtml('# Intro')).toBe('<h4>Intro</h4>')
  })

  it('words a type with links to named schemas', () => {
    const words = { arrayOf: 'масив от {type}', mapOf: 'map of {type}', any: 'any value' }
    const response = operation('listInvoices').responses[0].contents[0].schema!
    expect(typeParts(response, words)).toEqual([
      { text: 'масив от ' },
      { text: 'Invoice', anchor: 'schema-Invoice', code: true },
    ])
    const id = property(schema('Invoice'), 'id')!.schema
    expect(typeParts(id, words)).toEqual([{ text: 'string (uuid)' }])
    expect(typeParts(property(schema('Invoice'), 'metadata')!.schema, words)).toEqual([
      { text: 'map of ' },
      { text: 'string' },
    ])
  })
})

describe('API reference routes', () => {
  it('names a page after the file, without its extension', () => {
    expect(apiSlugOf({ id: 3, filename: 'Invoices API v2.yaml' })).toBe('invoices-api-v2')
    expect(apiSlugOf({ id: 4, filename: 'orders.json' })).toBe('orders')
    expect(apiSlugOf({ id: 5, filename: '.yaml' })).toBe('api-5')
  })

  it('links a product interface to its page, and nothing when the description is not loaded', () => {
    const api = { id: 1, filename: 'invoices.yaml', title: 'Invoices' }
    expect(urlFor('bg', apiReferenceRoute({ slug: 'erp-flow' }, api)!)).toBe(
      '/bg/catalogue/erp-flow/api/invoices/',
    )
    expect(apiReferenceRoute({ slug: 'erp-flow' }, 1)).toBeUndefined()
    expect(apiReferenceRoute({ slug: 'erp-flow' }, null)).toBeUndefined()
  })

  it('lists a product’s API descriptions once each', () => {
    const api = { id: 1, filename: 'a.yaml', title: 'A' } as never
    const rows = [
      { protocol: 1, role: 'provides' as const, apiDescription: api },
      { protocol: 2, role: 'provides' as const, apiDescription: api },
      { protocol: 3, role: 'consumes' as const, apiDescription: 7 },
    ]
    expect(apiDescriptionsOf({ interfaces: rows })).toEqual([api])
  })
})
