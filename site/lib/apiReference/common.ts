import type { Anchors } from './anchors'
import { arrayOf, entriesOf, type Json, objectOf, stringOf } from './json'
import { deref } from './refs'
import { type SchemaContext, schemaNode } from './schema'
import type {
  ApiReference,
  Link,
  NamedSchema,
  SecurityRequirement,
  SecurityScheme,
  Server,
} from './types'

/** How deep a body's schema is expanded on the page; deeper ones are named and linked. */
export const maxDepth = 6

/** The parts OpenAPI and AsyncAPI share: the info object, schemas and security schemes. */
export function infoOf(document: Json) {
  const info = objectOf(document.info) ?? {}
  const contact = objectOf(info.contact)
  const license = objectOf(info.license)
  const name = stringOf(license?.name)
  return {
    title: stringOf(info.title) ?? '',
    version: stringOf(info.version),
    summary: stringOf(info.summary),
    description: stringOf(info.description),
    termsOfService: stringOf(info.termsOfService),
    contact: contact
      ? { name: stringOf(contact.name), email: stringOf(contact.email), url: stringOf(contact.url) }
      : undefined,
    license: name ? { name, url: stringOf(license?.url) } : undefined,
    externalDocs: linkOf(document.externalDocs ?? info.externalDocs),
  } satisfies Partial<ApiReference>
}

export const linkOf = (value: unknown): Link | undefined => {
  const link = objectOf(value)
  const url = stringOf(link?.url)
  return url ? { url, description: stringOf(link?.description) } : undefined
}

export const variablesOf = (value: unknown): Server['variables'] =>
  entriesOf(value).map(([name, variable]) => ({
    name,
    default: variable.default !== undefined ? String(variable.default) : undefined,
    enum: arrayOf(variable.enum).length ? arrayOf(variable.enum).map(String) : undefined,
    description: stringOf(variable.description),
  }))

/** The anchors of the component schemas, made first so that every reference can link to them. */
export function schemaAnchors(schemas: [string, Json][], pointer: string, anchor: Anchors) {
  return new Map(schemas.map(([name]) => [`${pointer}/${escape(name)}`, anchor('schema', name)]))
}

const escape = (name: string) => name.replace(/~/g, '~0').replace(/\//g, '~1')

export const namedSchemas = (context: SchemaContext, pointer: string, schemas: [string, Json][]) =>
  schemas.map(([name]): NamedSchema => {
    const ref = `${pointer}/${escape(name)}`
    const node = schemaNode(context, { $ref: ref })
    return { name, anchor: context.anchors.get(ref) ?? '', schema: node }
  })

export function securitySchemesOf(
  document: Json,
  schemes: [string, Json][],
  anchor: Anchors,
): SecurityScheme[] {
  return schemes.map(([name, value]) => {
    const scheme = deref(document, value) ?? {}
    return {
      name,
      anchor: anchor('auth', name),
      type: stringOf(scheme.type) ?? '',
      description: stringOf(scheme.description),
      in: stringOf(scheme.in),
      parameterName: stringOf(scheme.name),
      scheme: stringOf(scheme.scheme),
      bearerFormat: stringOf(scheme.bearerFormat),
      openIdConnectUrl: stringOf(scheme.openIdConnectUrl),
      flows: entriesOf(scheme.flows).map(([kind, flow]) => ({
        kind,
        authorizationUrl: stringOf(flow.authorizationUrl),
        tokenUrl: stringOf(flow.tokenUrl),
        refreshUrl: stringOf(flow.refreshUrl),
        scopes: Object.entries(objectOf(flow.scopes ?? flow.availableScopes) ?? {}).map(
          ([scope, description]) => ({ name: scope, description: stringOf(description) }),
        ),
      })),
    }
  })
}

/** `security: [{ oauth: ['invoices:read'] }, {}]`: alternatives, each naming its schemes. */
export function requirementsOf(value: unknown, schemes: SecurityScheme[]): SecurityRequirement[] {
  return arrayOf(value)
    .map(objectOf)
    .filter((r): r is Json => r !== undefined)
    .map((requirement) =>
      Object.entries(requirement).map(([scheme, scopes]) => ({
        scheme,
        anchor: schemes.find((s) => s.name === scheme)?.anchor,
        scopes: arrayOf(scopes).map(String),
      })),
    )
}
