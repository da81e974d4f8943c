import { isObject, type Json, stringOf } from './json'

/**
 * Local `$ref`s (`#/components/schemas/Invoice`): JSON Pointers (RFC 6901) into the document
 * itself. The CMS keeps one file per description, so a reference to another file cannot be
 * followed at build time; it is shown by its name instead.
 */

/** What a `$ref` points at, and the name a reader knows it by (its last segment). */
export type Resolved = { ref: string; name: string; target: Json | undefined }

const unescape = (segment: string) =>
  decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~')

/**
 * Follows one `$ref` of the document, or returns undefined when the value is not a reference.
 *
 * @example resolveRef(doc, { $ref: '#/components/schemas/Invoice' })
 * // { ref: '#/components/schemas/Invoice', name: 'Invoice', target: { type: 'object', … } }
 */
export function resolveRef(document: Json, value: Json): Resolved | undefined {
  const ref = stringOf(value.$ref)
  if (!ref) return undefined
  const hash = ref.indexOf('#')
  const pointer = hash >= 0 ? ref.slice(hash + 1) : ''
  const segments = pointer.split('/').slice(1).map(unescape)
  const name = segments.at(-1) ?? ref
  // Another file (`common.yaml#/…`) is not in this document.
  if (hash !== 0) return { ref, name, target: undefined }
  let target: unknown = document
  for (const segment of segments) target = isObject(target) ? target[segment] : undefined
  return { ref, name, target: isObject(target) ? target : undefined }
}

/**
 * A parameter, request body, response or header that may be given as a `$ref`: the object it
 * stands for, following chains of references (each at most once, so a loop ends).
 */
export function deref(document: Json, value: unknown): Json | undefined {
  const seen = new Set<string>()
  let current = isObject(value) ? value : undefined
  while (current) {
    const resolved = resolveRef(document, current)
    if (!resolved) return current
    if (seen.has(resolved.ref)) return undefined
    seen.add(resolved.ref)
    current = resolved.target
  }
  return undefined
}
