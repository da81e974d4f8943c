import type { Endpoint, PayloadRequest } from 'payload'

import { requestLanguage } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { memberCompleteness, productCompleteness } from './load'
import { memberView, productView } from './view'

const json = (status: number, body: unknown) =>
  Response.json(body, {
    status,
    // A private score: never kept by a browser or proxy cache.
    headers: { 'cache-control': 'private, no-store' },
  })

/**
 * `GET /api/members/<id>/completeness` and `/api/products/<id>/completeness`: the score and
 * what is missing, in the requester's admin language, computed now from the latest versions.
 * For staff and for the company's own users only: no session is 401, anyone else 404 (as if
 * the document had no score), and nothing is read for them. The edit view's panel refreshes
 * itself from here after a save.
 */
export const completenessEndpoint: Endpoint = {
  path: '/:id/completeness',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return json(401, { errors: [{ message: 'Unauthorized' }] })
    const collection = req.routeParams?.collection
    const id = String(req.routeParams?.id ?? '')
    const locale = requestLanguage(req)
    const admin = req.payload.config.routes.admin
    if (collection === collections.members) {
      const score = await memberCompleteness(req.payload, req.user, id)
      if (score) return json(200, memberView(score, locale, admin))
    } else if (collection === collections.products) {
      const score = await productCompleteness(req.payload, req.user, id)
      if (score) return json(200, productView(score, locale, admin))
    }
    return json(404, { errors: [{ message: 'Not Found' }] })
  },
}
