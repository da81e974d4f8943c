/**
 * At the top of the admin's navigation: "My company" for a member user, the review queue (with
 * the number of waiting drafts) for staff.
 */
import './memberAdmin.scss'
import type { ServerProps } from 'payload'

import { isMemberUser, isStaffUser } from '../../access/roles'
import { t } from '../../i18n/messages'
import { waitingDrafts } from '../../review/queue'
import { isLocale } from '@shared/locales'
import { myCompanyPath, reviewQueuePath } from '../../review/adminPaths'

export async function MemberNavLinks({ payload, user, i18n }: ServerProps) {
  const locale = isLocale(i18n.language) ? i18n.language : 'en'
  const admin = payload.config.routes.admin
  if (isMemberUser(user ?? null))
    return (
      <a
        className="nav__link member-admin__nav"
        href={`${admin}${myCompanyPath}`}
        id="nav-my-company"
      >
        <span className="nav__link-label">{t(locale, 'myCompany.nav')}</span>
      </a>
    )
  if (!isStaffUser(user ?? null)) return null
  const waiting = (await waitingDrafts(payload)).length
  return (
    <a
      className="nav__link member-admin__nav"
      href={`${admin}${reviewQueuePath}`}
      id="nav-review-queue"
    >
      <span className="nav__link-label">
        {t(locale, 'draftReview.queue.title')}
        {waiting ? <span className="member-admin__badge">{waiting}</span> : null}
      </span>
    </a>
  )
}
