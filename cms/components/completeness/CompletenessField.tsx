/**
 * At the top of a member's or product's edit view (a `ui` field in the sidebar, added by
 * cms/admin/completeness.ts): its score and what is missing, each a link to the field. Rendered
 * here on the server with the requester's access; CompletenessLive refreshes it after each save.
 * Nothing is shown to a user who may not see the score, nor before the first save.
 */
import './completeness.scss'
import type { UIFieldServerProps } from 'payload'

import { memberCompleteness, productCompleteness } from '../../completeness/load'
import { memberView, productView } from '../../completeness/view'
import { t } from '../../i18n/messages'
import { isLocale } from '@shared/locales'
import { collections } from '@shared/slugs'
import { CompletenessLive } from './CompletenessLive'

export async function CompletenessField({ id, collectionSlug, req }: UIFieldServerProps) {
  const locale = isLocale(req.i18n.language) ? req.i18n.language : 'en'
  if (id == null)
    return (
      <p className="completeness completeness--field" data-testid="completeness-field">
        {t(locale, 'completeness.unsaved')}
      </p>
    )
  const admin = req.payload.config.routes.admin
  const view =
    collectionSlug === collections.members
      ? await memberCompleteness(req.payload, req.user, id).then(
          (s) => s && memberView(s, locale, admin),
        )
      : await productCompleteness(req.payload, req.user, id).then(
          (s) => s && productView(s, locale, admin),
        )
  if (!view) return null
  return (
    <CompletenessLive
      initial={view}
      url={`${req.payload.config.routes.api}/${collectionSlug}/${id}/completeness`}
      failed={t(locale, 'completeness.failed')}
      self={`${admin}/collections/${collectionSlug}/${id}`}
    />
  )
}
