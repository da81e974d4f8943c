/**
 * The cluster's logo and name in the admin: `admin.components.graphics.Logo` (the login and
 * password pages) and `Icon` (the home link at the top of every admin page). Server components:
 * they read the name from Settings when the page is rendered, so a renamed cluster shows its
 * new name without a rebuild of the admin.
 */
import type { ServerProps } from 'payload'

import { clusterNameIn, markUrl } from './clusterBrand'

export async function AdminLogo({ payload }: ServerProps) {
  const name = (await clusterNameIn(payload)) ?? 'CMS'
  return (
    <span
      data-testid="admin-logo"
      style={{ display: 'inline-flex', alignItems: 'center', gap: '0.75rem' }}
    >
      <img src={markUrl} alt="" width={48} height={48} />
      <span style={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.1 }}>
        {name}
        <span style={{ display: 'block', fontSize: '0.9rem', fontWeight: 400, opacity: 0.7 }}>
          CMS
        </span>
      </span>
    </span>
  )
}

export async function AdminIcon({ payload }: ServerProps) {
  const name = (await clusterNameIn(payload)) ?? 'CMS'
  return <img data-testid="admin-icon" src={markUrl} alt={name} width={24} height={24} />
}
