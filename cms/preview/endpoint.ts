import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import { hasPortalPage, portalBase, portalPath } from '@shared/portalPaths'
import { type OptionLabels, renderPreview } from './render'

/** The labels of a collection's select fields, by field name and value. */
const optionLabels = (req: PayloadRequest, collection: CollectionSlug): OptionLabels =>
  Object.fromEntries(
    req.payload.collections[collection].config.flattenedFields
      .filter((field) => field.type === 'select')
      .map((field) => [
        field.name,
        Object.fromEntries(
          field.options.map((o) => (typeof o === 'string' ? [o, o] : [o.value, o.label])),
        ),
      ]),
  )

const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // A draft is private: never kept by a browser or proxy cache.
      'cache-control': 'private, no-store',
      // Inline styles only (the portal's stylesheet), images from the CMS; no scripts at all.
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      'x-robots-tag': 'noindex, nofollow',
    },
  })

/**
 * `GET /api/<collection>/<id>/preview?locale=bg`: the latest version of a document (a draft
 * too) as the portal would show it, with a banner saying which version it is and a link to the
 * published page. Only for a signed-in user, and only what that user may read (its own access,
 * `overrideAccess: false`): anyone else gets 401 or 404 and no word of the draft.
 */
export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const collection = req.routeParams?.collection as CollectionSlug
    const id = req.routeParams?.id as string
    const requested = req.query?.locale
    const locale: Locale = isLocale(requested) ? requested : defaultLocale
    const page = (status: number, key: 'signIn' | 'notFound') =>
      html(
        status,
        renderPreview({ kind: key, locale, adminRoute: req.payload.config.routes.admin }),
      )
    // The one check that keeps drafts private: no session, no preview.
    if (!req.user) return page(401, 'signIn')
    if (!hasPortalPage(collection)) return page(404, 'notFound')
    // Untranslated fields in the default locale, as the portal shows them.
    const fallbackLocale = defaultLocale
    const read = {
      collection,
      id,
      depth: 1,
      locale,
      fallbackLocale,
      overrideAccess: false,
      req,
    } as const
    const latest = await req.payload.findByID({ ...read, draft: true }).catch(() => null)
    if (!latest) return page(404, 'notFound')
    const published = await req.payload
      .findByID({ ...read, draft: false, depth: 0 })
      .then((doc) => ((doc as { _status?: string })._status === 'published' ? doc : null))
      .catch(() => null)
    const slug = (published as { slug?: string } | null)?.slug
    return html(
      200,
      renderPreview({
        kind: 'document',
        locale,
        adminRoute: req.payload.config.routes.admin,
        collection,
        doc: latest as unknown as Record<string, unknown>,
        portalUrl: slug
          ? `${portalBase(process.env)}${portalPath(locale, collection, slug)}`
          : null,
        options: optionLabels(req, collection),
      }),
    )
  },
}
