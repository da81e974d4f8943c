/** In the admin's navigation, for staff only: every member by completeness (CompletenessView). */
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import { completenessPath } from '../../completeness/adminPaths'
import { t } from '../../i18n/messages'
import { isLocale } from '@shared/locales'

export function CompletenessNavLink({ payload, user, i18n }: ServerProps) {
  if (!isStaffUser(user ?? null)) return null
  const locale = isLocale(i18n.language) ? i18n.language : 'en'
  return (
    <a
      className="nav__link member-admin__nav"
      href={`${payload.config.routes.admin}${completenessPath}`}
      id="nav-completeness"
    >
      <span className="nav__link-label">{t(locale, 'completeness.title')}</span>
    </a>
  )
}
