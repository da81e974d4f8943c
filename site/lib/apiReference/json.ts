/**
 * Reading an API description, which arrives as untyped JSON (a member's upload, validated by
 * the CMS but not typed): small guards that return undefined instead of throwing, so that a
 * field of an unexpected shape is left out of the page rather than failing the build.
 */

export type Json = Record<string, unknown>

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const objectOf = (value: unknown): Json | undefined => (isObject(value) ? value : undefined)

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined

export const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The entries of an object whose values are objects, in the document's order. */
export const entriesOf = (value: unknown): [string, Json][] =>
  Object.entries(objectOf(value) ?? {}).filter((entry): entry is [string, Json] =>
    isObject(entry[1]),
  )

/**
 * A value as a reader sees it in an example or an enum: strings as written, everything else as
 * compact JSON.
 *
 * @example literal('EUR') // 'EUR'
 * @example literal({ a: 1 }) // '{"a":1}'
 */
export const literal = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
