import { anchors } from './anchors'
import {
  infoOf,
  linkOf,
  maxDepth,
  namedSchemas,
  requirementsOf,
  schemaAnchors,
  securitySchemesOf,
  variablesOf,
} from './common'
import { arrayOf, entriesOf, type Json, literal, objectOf, stringOf } from './json'
import { deref } from './refs'
import { type SchemaContext, schemaNode } from './schema'
import type {
  ApiReference,
  Body,
  Content,
  Operation,
  OperationGroup,
  Parameter,
  Response,
} from './types'

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/**
 * An OpenAPI 3.0 or 3.1 document as the reference page shows it: servers, security schemes,
 * operations grouped by their first tag (in the order of the document's `tags`, then any others
 * as they come, then the untagged), and the component schemas.
 */
export function openApiReference(document: Json): ApiReference {
  const anchor = anchors()
  const components = objectOf(document.components) ?? {}
  const schemaEntries = entriesOf(components.schemas)
  const context: SchemaContext = {
    document,
    anchors: schemaAnchors(schemaEntries, '#/components/schemas', anchor),
    maxDepth,
  }
  const securitySchemes = securitySchemesOf(document, entriesOf(components.securitySchemes), anchor)
  const operations = entriesOf(document.paths).flatMap(([path, rawItem]) => {
    const item = deref(document, rawItem) ?? {}
    return methods
      .filter((method) => objectOf(item[method]))
      .map((method) => ({ path, method, item, operation: objectOf(item[method]) ?? {} }))
  })
  const groups = new Map<string | undefined, OperationGroup>()
  for (const tag of arrayOf(document.tags).map(objectOf)) {
    const name = stringOf(tag?.name)
    if (name && !groups.has(name))
      groups.set(name, {
        tag: name,
        anchor: anchor('tag', name),
        description: stringOf(tag?.description),
        externalDocs: linkOf(tag?.externalDocs),
        operations: [],
      })
  }
  for (const { path, method, item, operation } of operations) {
    const tag = arrayOf(operation.tags).find((t): t is string => typeof t === 'string')
    if (!groups.has(tag))
      groups.set(tag, { tag, anchor: anchor('tag', tag ?? 'other'), operations: [] })
    const operationId = stringOf(operation.operationId)
    groups.get(tag)?.operations.push({
      anchor: anchor('op', operationId ?? `${method} ${path}`),
      method,
      path,
      operationId,
      summary: stringOf(operation.summary) ?? stringOf(item.summary),
      description: stringOf(operation.description) ?? stringOf(item.description),
      deprecated: operation.deprecated === true,
      parameters: parametersOf(context, item.parameters, operation.parameters),
      requestBody: bodyOf(context, operation.requestBody),
      responses: entriesOf(operation.responses).map(([status, value]) =>
        responseOf(context, status, value),
      ),
      security:
        operation.security !== undefined
          ? requirementsOf(operation.security, securitySchemes)
          : undefined,
    } satisfies Operation)
  }
  // The untagged come last, and a declared tag without operations is not shown.
  const ordered = [...groups.values()].filter((g) => g.operations.length > 0)
  return {
    format: 'openapi',
    specVersion: stringOf(document.openapi) ?? '',
    ...infoOf(document),
    servers: arrayOf(document.servers)
      .map(objectOf)
      .filter((s): s is Json => stringOf(s?.url) !== undefined)
      .map((server) => ({
        url: String(server.url),
        description: stringOf(server.description),
        variables: variablesOf(server.variables),
      })),
    securitySchemes,
    security: requirementsOf(document.security, securitySchemes),
    groups: [...ordered.filter((g) => g.tag), ...ordered.filter((g) => !g.tag)],
    schemas: namedSchemas(context, '#/components/schemas', schemaEntries),
  }
}

/** The path item's parameters with the operation's own, which replace those of the same name. */
function parametersOf(context: SchemaContext, shared: unknown, own: unknown): Parameter[] {
  const all = [...arrayOf(shared), ...arrayOf(own)]
    .map((p) => deref(context.document, p))
    .filter((p): p is Json => stringOf(p?.name) !== undefined)
  const byKey = new Map(all.map((p) => [`${String(p.in)}:${String(p.name)}`, p]))
  const order = ['path', 'query', 'header', 'cookie']
  return [...byKey.values()]
    .map((p) => {
      const example = p.example ?? firstExample(p.examples)
      const content = entriesOf(p.content)[0]?.[1]
      return {
        name: String(p.name),
        in: stringOf(p.in) ?? '',
        required: p.required === true || p.in === 'path',
        deprecated: p.deprecated === true,
        description: stringOf(p.description),
        schema: schemaNode(context, p.schema ?? content?.schema),
        example: example !== undefined ? literal(example) : undefined,
      }
    })
    .sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in))
}

function firstExample(examples: unknown): unknown {
  const first = entriesOf(examples)[0]?.[1]
  return first?.value
}

function contentsOf(context: SchemaContext, value: unknown): Content[] {
  return entriesOf(value).map(([mediaType, media]) => {
    const example = media.example ?? firstExample(media.examples)
    return {
      mediaType,
      schema: media.schema !== undefined ? schemaNode(context, media.schema) : undefined,
      example: example !== undefined ? JSON.stringify(example, null, 2) : undefined,
    }
  })
}

function bodyOf(context: SchemaContext, value: unknown): Body | undefined {
  const body = deref(context.document, value)
  if (!body) return undefined
  return {
    description: stringOf(body.description),
    required: body.required === true,
    contents: contentsOf(context, body.content),
  }
}

function responseOf(context: SchemaContext, status: string, value: Json): Response {
  const response = deref(context.document, value) ?? {}
  return {
    status,
    description: stringOf(response.description),
    contents: contentsOf(context, response.content),
    headers: entriesOf(response.headers).map(([name, header]) => {
      const resolved = deref(context.document, header) ?? {}
      return {
        name,
        description: stringOf(resolved.description),
        schema: schemaNode(context, resolved.schema),
      }
    }),
  }
}
