import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { describeApiProblem } from '@cms/interfaces/problems'
import { readApiDescription } from '@cms/interfaces/readApiDescription'

const dir = path.join(import.meta.dirname, '..', 'fixtures', 'api')
const read = (name: string) => readApiDescription(fs.readFileSync(path.join(dir, name)), name)

describe('readApiDescription', () => {
  it.each([
    ['orders.openapi.yaml', 'openapi', '3.0.3', 'Orders API'],
    ['catalog.openapi.json', 'openapi', '3.1.0', 'Catalogue API'],
    ['machines.asyncapi.yaml', 'asyncapi', '3.0.0', 'Machine telemetry'],
  ])('accepts %s as %s %s', async (name, format, specVersion, title) => {
    const result = await read(name)
    expect(result.ok ? null : result.problem).toBeNull()
    if (!result.ok) return
    expect(result.description).toMatchObject({ format, specVersion, title })
  })

  it('keeps the document as written, its $refs and cycles included, as plain JSON', async () => {
    const result = await read('orders.openapi.yaml')
    if (!result.ok) throw new Error('expected valid')
    const { document } = result.description
    type Schema = { properties: Record<string, unknown> }
    const schemas = (document.components as { schemas: Record<string, Schema> }).schemas
    expect(schemas.Order.properties.parent).toEqual({ $ref: '#/components/schemas/Order' })
    expect(JSON.parse(JSON.stringify(document))).toEqual(document)
  })

  it.each([
    ['broken-syntax.openapi.yaml', 'unreadable', /at line 9, column 1$/],
    ['not-an-api.json', 'notApi', null],
    ['swagger2.json', 'swagger', null],
    ['broken-missing-version.openapi.json', 'invalid', /required property 'version'/],
    ['broken-path-parameter.openapi.yaml', 'invalid', /missing path parameter/],
    ['external-ref.openapi.yaml', 'externalRef', /169\.254/],
    ['missing-ref.openapi.yaml', 'missingRef', /Nowhere/],
    ['broken.asyncapi.yaml', 'invalid', /version/],
  ])('refuses %s (%s) with the parser’s words', async (name, code, words) => {
    const result = await read(name)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem.code).toBe(code)
    const sentence = describeApiProblem('en', name, result.problem)
    expect(sentence).toContain(name)
    if (words) expect(sentence).toMatch(words)
  })

  it('refuses versions the portal cannot show', async () => {
    const openapi32 = { openapi: '3.2.0', info: { title: 't', version: '1' }, paths: {} }
    const asyncapi1 = { asyncapi: '1.2.0', info: { title: 't', version: '1' }, topics: {} }
    for (const doc of [openapi32, asyncapi1]) {
      const result = await readApiDescription(JSON.stringify(doc), 'x.json')
      expect(result.ok ? null : result.problem.code).toBe('version')
    }
  })

  it('puts the parser’s message inside a sentence in each language', async () => {
    const result = await read('broken-path-parameter.openapi.yaml')
    if (result.ok) throw new Error('expected a problem')
    const bg = describeApiProblem('bg', 'a.yaml', result.problem)
    const de = describeApiProblem('de', 'a.yaml', result.problem)
    expect(bg).toMatch(
      /^a\.yaml не е валиден документ OpenAPI\. Проверката съобщава: .*missing path parameter/,
    )
    expect(de).toMatch(/^a\.yaml ist kein gültiges OpenAPI-Dokument\. Die Prüfung meldet: /)
  })

  it('never expands YAML alias bombs', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for (let i = 0; i < 12; i++)
      lines.push(
        `${'b'.repeat(i + 1)}: &${'b'.repeat(i + 1)} [${Array(10)
          .fill(`*${i ? 'b'.repeat(i) : 'a'}`)
          .join(',')}]`,
      )
    const result = await readApiDescription(`openapi: 3.0.3\n${lines.join('\n')}\n`, 'bomb.yaml')
    expect(result.ok ? null : result.problem.code).toBe('unreadable')
  })
})
