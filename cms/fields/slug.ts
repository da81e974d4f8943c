import type { TextField } from 'payload'

import { labels, message } from '../i18n/messages'
import { defaultLocale } from '@shared/locales'
import { slugify, slugPattern } from '@shared/validators'

type SlugOptions = {
  from?: string
  /** Slugs this collection may not take, e.g. a page named like a route of the portal. */
  reserved?: (slug: string) => boolean
  overrides?: Partial<TextField>
}

/**
 * A unique, editable URL slug, filled from `from` (in the default locale) when left empty.
 * Uniqueness is checked before the database sees the document, so the editor gets a message
 * that names the clash instead of a constraint error.
 */
export function slugField({
  from = 'name',
  reserved,
  overrides = {},
}: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    // Not `required` in the schema: the hook fills it, and the validator insists it is there.
    admin: {
      position: 'sidebar',
      description: labels('admin.field.slug.description'),
    },
    hooks: {
      beforeValidate: [
        ({ value, data }) => {
          if (typeof value === 'string' && value.trim()) return value.trim()
          const source = data?.[from]
          const text = typeof source === 'object' && source ? (source[defaultLocale] ?? '') : source
          return typeof text === 'string' && text ? slugify(text) : value
        },
      ],
    },
    validate: async (value, { req, id, collectionSlug }) => {
      if (typeof value !== 'string' || !value) return message(req, 'slugFormat')
      if (!slugPattern.test(value)) return message(req, 'slugFormat')
      if (reserved?.(value)) return message(req, 'slugReserved', { slug: value })
      if (!collectionSlug) return true
      const clash = await req.payload.find({
        collection: collectionSlug as 'members',
        where: { and: [{ slug: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return clash.docs.length ? message(req, 'slugTaken', { slug: value }) : true
    },
    ...overrides,
  } as TextField
}
