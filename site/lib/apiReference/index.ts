import { asyncApiReference } from './asyncapi'
import { isObject } from './json'
import { openApiReference } from './openapi'
import type { ApiReference } from './types'

export type * from './types'
export type { PropertyNode, SchemaNode } from './schema'

/**
 * The reference page's view model of a parsed API description (the `document` the CMS keeps
 * after validating an upload), or undefined when it is neither OpenAPI 3.x nor AsyncAPI.
 *
 * @example apiReferenceOf(yaml.parse(fs.readFileSync('invoices.yaml', 'utf8')))?.groups[0].tag
 */
export function apiReferenceOf(document: unknown): ApiReference | undefined {
  if (!isObject(document)) return undefined
  if (typeof document.openapi === 'string' && document.openapi.startsWith('3.'))
    return openApiReference(document)
  if (typeof document.asyncapi === 'string') return asyncApiReference(document)
  return undefined
}
