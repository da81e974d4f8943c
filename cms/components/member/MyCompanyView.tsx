/** /admin/my-company: the member company's page (MyCompanyPanel) inside the admin's frame. */
import type { AdminViewServerProps } from 'payload'

import { AdminFrame } from '../AdminFrame'
import { MyCompanyPanel } from './MyCompanyPanel'

export function MyCompanyView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  return (
    <AdminFrame {...props} viewType="myCompany">
      <MyCompanyPanel payload={req.payload} user={req.user} i18n={req.i18n} />
    </AdminFrame>
  )
}
