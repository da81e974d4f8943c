/**
 * A custom admin view's page inside the admin's own frame (nav, header, gutters): what
 * "My company" and the review queue share.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & {
  viewType: string
  className?: string
  testId?: string
  children: ReactNode
}

export function AdminFrame({
  initPageResult,
  params,
  searchParams,
  viewType,
  className,
  testId,
  children,
}: Props) {
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
      viewType={viewType}
      visibleEntities={visibleEntities}
    >
      <div
        className={['gutter--left gutter--right', className].filter(Boolean).join(' ')}
        data-testid={testId}
      >
        {children}
      </div>
    </DefaultTemplate>
  )
}
