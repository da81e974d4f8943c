import type { SchemaNode } from './schema'

/** A run of a type's words: plain text, or a schema's name that links to its entry. */
export type TypePart = { text: string; anchor?: string; code?: boolean }

type Words = {
  /** `array of {type}`, `map of {type}` and `any value`, in the reader's language. */
  arrayOf: string
  mapOf: string
  any: string
}

/**
 * The type of a schema as a reader reads it, in parts so that a named schema becomes a link:
 * `string (uuid)`, `Invoice`, `array of Invoice`, `map of string`, `string | number`.
 *
 * @example typeParts({ type: 'array', items: { name: 'Invoice', anchor: 'schema-Invoice' } }, words)
 * // [{ text: 'array of ' }, { text: 'Invoice', anchor: 'schema-Invoice', code: true }]
 */
export function typeParts(node: SchemaNode, words: Words): TypePart[] {
  const inner = node.items ?? node.values
  if (!node.name && inner) {
    const template = node.items ? words.arrayOf : words.mapOf
    const [before = '', after = ''] = template.split('{type}')
    return [
      ...(before ? [{ text: before }] : []),
      ...typeParts(inner, words),
      ...(after ? [{ text: after }] : []),
    ]
  }
  if (node.name) return [{ text: node.name, anchor: node.anchor, code: true }]
  const type = node.type || (node.variants ? '' : words.any)
  return type ? [{ text: node.format ? `${type} (${node.format})` : type }] : []
}
