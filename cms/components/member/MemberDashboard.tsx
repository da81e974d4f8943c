/**
 * Above the dashboard: for a member user, its company's page (MyCompanyPanel) is the first
 * screen after login. Staff see nothing from here (their dashboard is their own component).
 */
import type { ServerProps } from 'payload'

import { isMemberUser } from '../../access/roles'
import { MyCompanyPanel } from './MyCompanyPanel'

export function MemberDashboard({ payload, user, i18n }: ServerProps) {
  if (!isMemberUser(user ?? null)) return null
  return <MyCompanyPanel payload={payload} user={user} i18n={i18n} />
}
