import { anchors } from './anchors'
import {
  infoOf,
  maxDepth,
  namedSchemas,
  requirementsOf,
  schemaAnchors,
  securitySchemesOf,
  variablesOf,
} from './common'
import { arrayOf, entriesOf, type Json, objectOf, stringOf } from './json'
import { deref } from './refs'
import { type SchemaContext, schemaNode } from './schema'
import type { ApiReference, Content, Operation, OperationGroup, SecurityScheme } from './types'

/**
 * An AsyncAPI 2.x or 3.x document in the same shape as an OpenAPI one: each operation is an
 * action (2.x `publish`/`subscribe`, 3.x `send`/`receive`) on a channel's address, its messages
 * the bodies, grouped by the operation's first tag.
 */
export function asyncApiReference(document: Json): ApiReference {
  const anchor = anchors()
  const components = objectOf(document.components) ?? {}
  const schemaEntries = entriesOf(components.schemas)
  const context: SchemaContext = {
    document,
    anchors: schemaAnchors(schemaEntries, '#/components/schemas', anchor),
    maxDepth,
  }
  const securitySchemes = securitySchemesOf(document, entriesOf(components.securitySchemes), anchor)
  const specVersion = stringOf(document.asyncapi) ?? ''
  const actions = specVersion.startsWith('2.')
    ? version2Operations(document)
    : version3Operations(document)
  const groups = new Map<string | undefined, OperationGroup>()
  for (const { address, action, operation, channel } of actions) {
    const tag = arrayOf(operation.tags)
      .map((t) => stringOf(objectOf(t)?.name))
      .find(Boolean)
    if (!groups.has(tag))
      groups.set(tag, { tag, anchor: anchor('tag', tag ?? 'other'), operations: [] })
    const operationId = stringOf(operation.operationId)
    groups.get(tag)?.operations.push({
      anchor: anchor('op', operationId ?? `${action} ${address}`),
      method: action,
      path: address,
      operationId,
      summary: stringOf(operation.summary) ?? stringOf(operation.title),
      description: stringOf(operation.description) ?? stringOf(channel.description),
      deprecated: operation.deprecated === true,
      parameters: entriesOf(channel.parameters).map(([name, value]) => {
        const parameter = deref(document, value) ?? {}
        return {
          name,
          in: 'path',
          required: true,
          deprecated: false,
          description: stringOf(parameter.description),
          schema: schemaNode(context, parameter.schema ?? { type: 'string', ...parameter }),
        }
      }),
      requestBody: { required: true, contents: messagesOf(context, operation) },
      responses: [],
      security: operationSecurity(operation, securitySchemes),
    } satisfies Operation)
  }
  const ordered = [...groups.values()]
  return {
    format: 'asyncapi',
    specVersion,
    ...infoOf(document),
    servers: entriesOf(document.servers).map(([name, server]) => ({
      url:
        stringOf(server.url) ??
        `${stringOf(server.host) ?? name}${stringOf(server.pathname) ?? ''}`,
      description: stringOf(server.description),
      protocol: [stringOf(server.protocol), stringOf(server.protocolVersion)]
        .filter(Boolean)
        .join(' '),
      variables: variablesOf(server.variables),
    })),
    securitySchemes,
    security: [],
    groups: [...ordered.filter((g) => g.tag), ...ordered.filter((g) => !g.tag)],
    schemas: namedSchemas(context, '#/components/schemas', schemaEntries),
  }
}

type Action = { address: string; action: string; operation: Json; channel: Json }

/** 2.x: `channels: { 'invoices/{id}': { publish: {…}, subscribe: {…} } }`. */
function version2Operations(document: Json): Action[] {
  return entriesOf(document.channels).flatMap(([address, rawChannel]) => {
    const channel = deref(document, rawChannel) ?? {}
    return (['publish', 'subscribe'] as const)
      .filter((action) => objectOf(channel[action]))
      .map((action) => ({ address, action, operation: objectOf(channel[action]) ?? {}, channel }))
  })
}

/** 3.x: `operations: { onInvoice: { action: 'receive', channel: { $ref }, messages: […] } }`. */
function version3Operations(document: Json): Action[] {
  return entriesOf(document.operations).map(([id, rawOperation]) => {
    const operation = deref(document, rawOperation) ?? {}
    const channel = deref(document, operation.channel) ?? {}
    // 3.x operations are keyed by id; the page shows that id like 2.x's operationId.
    return {
      address: stringOf(channel.address) ?? '',
      action: stringOf(operation.action) ?? '',
      operation: {
        operationId: id,
        ...operation,
        messages: operation.messages ?? channel.messages,
      },
      channel,
    }
  })
}

/** 2.x `message` (one, or `oneOf` several) or 3.x `messages`, each with its payload's schema. */
function messagesOf(context: SchemaContext, operation: Json): Content[] {
  const { document } = context
  const message = deref(document, operation.message)
  const raw = message
    ? arrayOf(message.oneOf).length
      ? arrayOf(message.oneOf)
      : [message]
    : Array.isArray(operation.messages)
      ? operation.messages
      : Object.values(objectOf(operation.messages) ?? {})
  const fallbackType = stringOf(document.defaultContentType) ?? 'application/json'
  return raw
    .map((m) => deref(document, m))
    .filter((m): m is Json => m !== undefined)
    .map((m) => {
      const payload = objectOf(m.payload)
      // 3.x may wrap the payload in a multi-format schema object: { schemaFormat, schema }.
      const schema = payload && payload.schemaFormat ? payload.schema : payload
      return {
        mediaType: stringOf(m.contentType) ?? fallbackType,
        name: stringOf(m.title) ?? stringOf(m.name),
        schema: schema !== undefined ? schemaNode(context, schema) : undefined,
      }
    })
}

function operationSecurity(operation: Json, schemes: SecurityScheme[]) {
  if (operation.security === undefined) return undefined
  // 3.x lists security schemes (or references to them) rather than requirement objects.
  const list = arrayOf(operation.security).map((entry) => {
    const ref = stringOf(objectOf(entry)?.$ref)
    return ref ? { [ref.split('/').pop() ?? ref]: [] } : entry
  })
  return requirementsOf(list, schemes)
}
