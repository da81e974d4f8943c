/**
 * What profile completeness (./score.ts) shares between a member's criteria (./member.ts) and a
 * product's (./product.ts): the shapes it reads and returns, the tests for "filled in", the
 * gaps a check reports (a share of its criterion's weight each), and how those gaps are weighed
 * into points.
 */
import type { Locale } from '@shared/locales'

import type { Criterion } from './weights'

export type Localized<T> = Partial<Record<Locale, T | null | undefined>> | T | null | undefined
export type Id = number | string
export type Ref = Id | { id: Id; [key: string]: unknown } | null | undefined
export type MediaRef = Id | { id: Id; alt?: Localized<string> } | null | undefined
export type Reference = { outcome?: Localized<string> }

/**
 * One thing missing: the document and field that fill it (`field` is the field's path, e.g.
 * `contact.email`, `references.1.outcome`), the locale to edit it in when it is localized, and
 * the points it would add to the score it is listed under.
 */
export type Missing = {
  criterion: Criterion
  collection: 'members' | 'products' | 'media'
  id: Id
  field: string
  locale?: Locale
  /** 1-based position of the row or image the gap is in. */
  n?: number
  /** The protocol's name, for an interface without documentation. */
  protocol?: string
  points: number
}

export type Score = {
  /** 0–100, rounded. */
  score: number
  /** The exact sum of the criteria's points. */
  exact: number
  missing: Missing[]
}

export type Gap = Omit<Missing, 'points' | 'criterion'> & { share: number }
export type Checks<D, C extends string> = Record<C, (doc: D, locales: readonly Locale[]) => Gap[]>

export const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '')
export const none = (v: unknown[] | null | undefined) => !Array.isArray(v) || v.length === 0

/** A localized value in one locale (a plain value, from a read without `locale: 'all'`, is en). */
export function inLocale<T>(value: Localized<T>, locale: Locale): T | null | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value) && !('root' in value))
    return (value as Partial<Record<Locale, T>>)[locale]
  return locale === 'en' ? (value as T) : undefined
}

/** Whether a Lexical document (or plain text) has any words in it. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (!value || typeof value !== 'object') return false
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  if (node.root) return hasText(node.root)
  return Array.isArray(node.children) && node.children.some(hasText)
}

/** One gap per locale in which a localized field is empty, each worth an equal share. */
export const perLocale =
  (field: string, collection: Gap['collection'] = 'members') =>
  (value: Localized<unknown>, id: Id, locales: readonly Locale[]): Gap[] =>
    locales
      .filter((l) => !hasText(inLocale(value, l)))
      .map((locale) => ({ collection, id, field, locale, share: 1 / locales.length }))

export const whole = (collection: Gap['collection'], id: Id, field: string): Gap[] => [
  { collection, id, field, share: 1 },
]
export const unless = (ok: boolean, gap: () => Gap[]) => (ok ? [] : gap())

/** The alt text of each image in each locale; an image we could not read is not judged. */
export function altGaps(images: MediaRef[], locales: readonly Locale[]): Gap[] {
  const share = 1 / (images.length * locales.length)
  return images.flatMap((image, i) =>
    image && typeof image === 'object'
      ? locales
          .filter((l) => blank(inLocale(image.alt, l)))
          .map((locale) => ({
            collection: 'media' as const,
            id: image.id,
            field: 'alt',
            locale,
            n: i + 1,
            share,
          }))
      : [],
  )
}

export function referenceGaps(
  collection: 'members' | 'products',
  id: Id,
  references: Reference[] | null | undefined,
  locales: readonly Locale[],
): Gap[] {
  const rows = references ?? []
  if (!rows.length) return whole(collection, id, 'references')
  const share = 1 / Math.max(1, rows.length * locales.length)
  return rows.flatMap((row, i) =>
    locales
      .filter((l) => blank(inLocale(row.outcome, l)))
      .map((locale) => ({
        collection,
        id,
        field: `references.${i}.outcome`,
        locale,
        n: i + 1,
        share,
      })),
  )
}

/** Applies the checks: each criterion's weight, less the shares of its gaps. */
export function apply<D, C extends string>(
  doc: D,
  checks: Checks<D, C>,
  weights: Record<C, number>,
  locales: readonly Locale[],
): { exact: number; missing: Missing[] } {
  let exact = 0
  const missing: Missing[] = []
  for (const criterion of Object.keys(checks) as C[]) {
    const weight = weights[criterion]
    const gaps = checks[criterion](doc, locales)
    const lost = Math.min(
      1,
      gaps.reduce((sum, g) => sum + g.share, 0),
    )
    exact += weight * (1 - lost)
    for (const { share, ...gap } of gaps) {
      // A criterion that depends on another (alt texts on images) is lost with it and listed
      // as one item with it: adding the image with its alt texts gains both.
      const key = `${gap.collection}:${gap.id}:${gap.field}:${gap.locale ?? ''}`
      const same = missing.find(
        (m) => `${m.collection}:${m.id}:${m.field}:${m.locale ?? ''}` === key,
      )
      if (same) same.points += weight * share
      else missing.push({ ...gap, criterion: criterion as Criterion, points: weight * share })
    }
  }
  return { exact, missing }
}

/** The biggest gain first; equal ones in the order of the form. */
export const byPoints = (a: Missing, b: Missing) => b.points - a.points
