import { arrayOf, isObject, type Json, literal, objectOf, stringOf } from './json'
import { resolveRef } from './refs'

/** A limit a value must keep, named by its JSON Schema keyword (the page words it). */
export type Constraint = {
  key:
    | 'minimum'
    | 'maximum'
    | 'exclusiveMinimum'
    | 'exclusiveMaximum'
    | 'multipleOf'
    | 'minLength'
    | 'maxLength'
    | 'pattern'
    | 'minItems'
    | 'maxItems'
    | 'uniqueItems'
  value: string
}
const constraintKeys: Constraint['key'][] = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
]

/** One schema as a reader reads it: its type and notes, and what it is made of. */
export type SchemaNode = {
  /** `string`, `integer`, `object`, `array`…; several joined by ` | ` (3.1 type lists). */
  type: string
  format?: string
  /** The component it comes from (`Invoice`), and the anchor of its entry when it has one. */
  name?: string
  anchor?: string
  title?: string
  description?: string
  enum?: string[]
  example?: string
  default?: string
  nullable: boolean
  deprecated: boolean
  readOnly: boolean
  writeOnly: boolean
  constraints: Constraint[]
  properties: PropertyNode[]
  /** An array's items. */
  items?: SchemaNode
  /** A map's values (`additionalProperties`). */
  values?: SchemaNode
  /** `oneOf`/`anyOf`: the value is one (or some) of these. */
  variants?: { kind: 'oneOf' | 'anyOf'; options: SchemaNode[] }
  /**
   * Set where the schema repeats one of its own ancestors (a category with subcategories): it
   * is named and linked, not expanded again, so that a cycle ends.
   */
  recursive?: true
  /** Set where the nesting is deeper than the page shows: named and linked, not expanded. */
  truncated?: true
}

export type PropertyNode = { name: string; required: boolean; schema: SchemaNode }

export type SchemaContext = {
  document: Json
  /** The anchors of the component schemas' entries on the page, by `$ref`. */
  anchors: Map<string, string>
  /** How many levels of nesting are expanded before a schema is only named. */
  maxDepth: number
}

// What `ancestors` holds for one level of nesting; the other entries are the `$ref`s expanded.
const level = ''

const empty = (): SchemaNode => ({
  type: '',
  nullable: false,
  deprecated: false,
  readOnly: false,
  writeOnly: false,
  constraints: [],
  properties: [],
})

/**
 * A schema (OpenAPI 3.0 or 3.1, i.e. JSON Schema) as a tree of nodes, with local `$ref`s
 * followed and cycles cut: a reference to a schema that is already being expanded above it
 * becomes a named node marked `recursive`.
 */
export function schemaNode(
  context: SchemaContext,
  schema: unknown,
  ancestors: readonly string[] = [],
): SchemaNode {
  if (!isObject(schema)) return { ...empty(), type: schema === true ? 'any' : '' }
  const resolved = resolveRef(context.document, schema)
  if (resolved) {
    const named = { ...empty(), name: resolved.name, anchor: context.anchors.get(resolved.ref) }
    if (ancestors.includes(resolved.ref)) return { ...named, type: 'object', recursive: true }
    if (!resolved.target) return { ...named, type: resolved.name }
    if (ancestors.filter((a) => a === level).length >= context.maxDepth)
      return { ...named, type: typeOf(resolved.target), truncated: true }
    // 3.1 allows siblings of $ref (a description that says what this use of it means).
    const { $ref: _ref, ...siblings } = schema
    const node = schemaNode(context, { ...resolved.target, ...siblings }, [
      ...ancestors,
      resolved.ref,
    ])
    return { ...node, name: resolved.name, anchor: named.anchor }
  }
  const seen = new Set<string>()
  const merged = mergeAllOf(context, schema, seen)
  // The parts merged in count as ancestors: a Party that contains a Party ends here too.
  return describe(context, merged, [...ancestors, ...seen])
}

/**
 * `allOf` read as "all of these fields": the parts' properties and required lists merged, as a
 * reader of `allOf: [Party, { properties: { vatId } }]` expects. Parts given by `$ref` are
 * followed (each once per branch).
 */
function mergeAllOf(context: SchemaContext, schema: Json, seen: Set<string>): Json {
  const parts = arrayOf(schema.allOf)
  if (parts.length === 0) return schema
  const { allOf: _allOf, ...rest } = schema
  let properties: Json = {}
  let required: unknown[] = []
  let merged: Json = {}
  for (const part of parts) {
    if (!isObject(part)) continue
    const resolved = resolveRef(context.document, part)
    if (resolved && seen.has(resolved.ref)) continue
    if (resolved) seen.add(resolved.ref)
    const target = resolved ? resolved.target : part
    if (!target) continue
    const flat = mergeAllOf(context, target, seen)
    properties = { ...properties, ...(objectOf(flat.properties) ?? {}) }
    required = [...required, ...arrayOf(flat.required)]
    merged = { ...merged, ...flat }
  }
  const own = objectOf(rest.properties) ?? {}
  return {
    ...merged,
    ...rest,
    properties: { ...properties, ...own },
    required: [...required, ...arrayOf(rest.required)],
  }
}

/** The type a schema declares, or the one its keywords imply. */
function typeOf(schema: Json): string {
  const declared = arrayOf(schema.type).length ? arrayOf(schema.type) : [schema.type]
  const types = declared.filter((t): t is string => typeof t === 'string' && t !== 'null')
  if (types.length) return types.join(' | ')
  if (isObject(schema.properties) || isObject(schema.additionalProperties)) return 'object'
  if (schema.items !== undefined) return 'array'
  const first = arrayOf(schema.enum)[0] ?? schema.const
  if (first !== undefined) return first === null ? 'null' : typeof first
  return ''
}

function describe(context: SchemaContext, schema: Json, ancestors: readonly string[]): SchemaNode {
  const next = (value: unknown) => schemaNode(context, value, [...ancestors, level])
  const required = new Set(arrayOf(schema.required).filter((r) => typeof r === 'string'))
  const types = arrayOf(schema.type)
  const variantKind = schema.oneOf ? 'oneOf' : schema.anyOf ? 'anyOf' : undefined
  const enumValues = schema.const !== undefined ? [schema.const] : arrayOf(schema.enum)
  const example = schema.example ?? arrayOf(schema.examples)[0]
  return {
    ...empty(),
    type: typeOf(schema),
    format: stringOf(schema.format),
    title: stringOf(schema.title),
    description: stringOf(schema.description),
    enum: enumValues.length ? enumValues.map(literal) : undefined,
    example: example !== undefined ? literal(example) : undefined,
    default: schema.default !== undefined ? literal(schema.default) : undefined,
    nullable: schema.nullable === true || types.includes('null'),
    deprecated: schema.deprecated === true,
    readOnly: schema.readOnly === true,
    writeOnly: schema.writeOnly === true,
    constraints: constraintKeys
      .filter((key) => schema[key] !== undefined && schema[key] !== false)
      .map((key) => ({ key, value: literal(schema[key]) })),
    properties: Object.entries(objectOf(schema.properties) ?? {}).map(([name, value]) => ({
      name,
      required: required.has(name),
      schema: next(value),
    })),
    items: schema.items !== undefined ? next(schema.items) : undefined,
    values: isObject(schema.additionalProperties) ? next(schema.additionalProperties) : undefined,
    variants: variantKind
      ? { kind: variantKind, options: arrayOf(schema[variantKind]).map(next) }
      : undefined,
  }
}
