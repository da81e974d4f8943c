/**
 * In the admin's navigation, for staff only: the matchmaking screens (events, schedule grid),
 * next to the review queue. Member users and anyone else get nothing.
 */
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import { t } from '../../i18n/messages'
import { matchmakingPath } from '../../matchmaking/adminPaths'
import { isLocale } from '@shared/locales'

export function MatchmakingNavLink({ payload, user, i18n }: ServerProps) {
  if (!isStaffUser(user ?? null)) return null
  const locale = isLocale(i18n.language) ? i18n.language : 'en'
  return (
    <a
      className="nav__link member-admin__nav"
      href={`${payload.config.routes.admin}${matchmakingPath}`}
      id="nav-matchmaking"
    >
      <span className="nav__link-label">{t(locale, 'mmStaff.title')}</span>
    </a>
  )
}
