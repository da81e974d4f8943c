import type { SchemaNode } from './schema'

/**
 * The view model of an API reference page: what the page shows, in the order it shows it,
 * with every `$ref` followed. Texts are the API's own, as its authors wrote them (CommonMark
 * in descriptions); the page's own words come from the portal's catalogues.
 */
export type ApiReference = {
  format: 'openapi' | 'asyncapi'
  specVersion: string
  title: string
  version?: string
  summary?: string
  description?: string
  termsOfService?: string
  contact?: { name?: string; email?: string; url?: string }
  license?: { name: string; url?: string }
  externalDocs?: Link
  servers: Server[]
  securitySchemes: SecurityScheme[]
  /** What every operation requires unless it says otherwise: any one of these alternatives. */
  security: SecurityRequirement[]
  groups: OperationGroup[]
  schemas: NamedSchema[]
}

export type Link = { url: string; description?: string }

export type Server = {
  url: string
  description?: string
  /** AsyncAPI: the protocol spoken there (`mqtt`, `amqp`, `kafka`…). */
  protocol?: string
  variables: { name: string; default?: string; enum?: string[]; description?: string }[]
}

export type SecurityScheme = {
  /** The scheme's key in the document (`bearerAuth`), which requirements name. */
  name: string
  anchor: string
  type: string
  description?: string
  /** apiKey: where the key goes (`header`, `query`, `cookie`) and under which name. */
  in?: string
  parameterName?: string
  /** http: `bearer`, `basic`…, and the token's format (`JWT`). */
  scheme?: string
  bearerFormat?: string
  openIdConnectUrl?: string
  flows: OAuthFlow[]
}

export type OAuthFlow = {
  /** `authorizationCode`, `clientCredentials`, `implicit`, `password`. */
  kind: string
  authorizationUrl?: string
  tokenUrl?: string
  refreshUrl?: string
  scopes: { name: string; description?: string }[]
}

/** One alternative: every scheme it names is needed, with these scopes. */
export type SecurityRequirement = { scheme: string; anchor?: string; scopes: string[] }[]

/** The operations of one tag; `tag` is undefined for those that have none. */
export type OperationGroup = {
  tag?: string
  anchor: string
  description?: string
  externalDocs?: Link
  operations: Operation[]
}

export type Operation = {
  anchor: string
  /** HTTP method in lower case, or for AsyncAPI the action (`send`, `receive`…). */
  method: string
  /** The path template, or for AsyncAPI the channel's address. */
  path: string
  operationId?: string
  summary?: string
  description?: string
  deprecated: boolean
  parameters: Parameter[]
  requestBody?: Body
  responses: Response[]
  /** Its own requirement; undefined when the document's applies, empty when none does. */
  security?: SecurityRequirement[]
}

export type Parameter = {
  name: string
  /** `path`, `query`, `header`, `cookie`. */
  in: string
  required: boolean
  deprecated: boolean
  description?: string
  schema: SchemaNode
  example?: string
}

export type Body = { description?: string; required: boolean; contents: Content[] }

/**
 * One media type of a body, with its schema and, when the document gives one, an example. For
 * AsyncAPI, one message (`name`) of an operation, its payload as the schema.
 */
export type Content = { mediaType: string; name?: string; schema?: SchemaNode; example?: string }

export type Response = {
  /** `200`, `4XX`, `default`. */
  status: string
  description?: string
  contents: Content[]
  headers: { name: string; description?: string; schema: SchemaNode }[]
}

export type NamedSchema = { name: string; anchor: string; schema: SchemaNode }
