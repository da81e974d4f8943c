/** /admin/my-company: the member company's page (MyCompanyPanel) inside the admin's frame. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { MyCompanyPanel } from './MyCompanyPanel'

export function MyCompanyView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      viewType="myCompany"
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right">
        <MyCompanyPanel payload={req.payload} user={req.user} i18n={req.i18n} />
      </div>
    </DefaultTemplate>
  )
}
