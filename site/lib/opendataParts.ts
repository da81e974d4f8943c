/**
 * The building blocks of the open data files' JSON Schemas (draft 2020-12): one definition of
 * a string, a URL, a nullable value…, for the record fields of every data set
 * (./opendataFields.ts, ./opendataInterfaces.ts).
 */
import type { UiKey } from '../i18n/t'

export type JsonSchema = { [key: string]: unknown }
/** A field's schema and the UI string that explains it (schema description, developers page). */
export type Field = { schema: JsonSchema; doc: UiKey }
/** Every field of a record type, so that a field added to the type fails to compile until described. */
export type Fields<T> = { [K in keyof T]-?: Field }

/** Every value of a union from cms/payload-types.ts: a value added there fails to compile here. */
export const enumOf =
  <T extends string>() =>
  <const A extends readonly T[]>(
    values: A & ([T] extends [A[number]] ? unknown : 'a value is missing'),
  ) => ({
    type: 'string',
    enum: [...values],
  })

export const string: JsonSchema = { type: 'string', minLength: 1 }
export const uri: JsonSchema = { type: 'string', format: 'uri' }
export const dateTime: JsonSchema = { type: 'string', format: 'date-time' }
export const date: JsonSchema = { type: 'string', format: 'date' }
export const country: JsonSchema = { type: 'string', pattern: '^[A-Z]{2}$' }
export const language: JsonSchema = { type: 'string', pattern: '^[a-z]{2,3}$' }
export const arrayOf = (items: JsonSchema): JsonSchema => ({ type: 'array', items })
export const ref = (name: 'item' | 'link' | 'category' | 'reference'): JsonSchema => ({
  $ref: `#/$defs/${name}`,
})
export const object = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
})
export const nullable = (schema: JsonSchema): JsonSchema =>
  schema.$ref
    ? { anyOf: [schema, { type: 'null' }] }
    : {
        ...schema,
        type: [schema.type, 'null'],
        ...(Array.isArray(schema.enum) && { enum: [...schema.enum, null] }),
      }

export const f = (schema: JsonSchema, doc: UiKey): Field => ({ schema, doc })
