'use client'
/**
 * The label of a row of a product's interfaces in the admin: "Provides PEPPOL BIS 3.0",
 * "Consumes OpenID Connect", in the admin's language, instead of "Interface 03". The row holds
 * only the protocol's id, so its name is read once per protocol through the REST API (as the
 * signed-in user: published protocols are public, so members see them too).
 */
import { useConfig, useRowLabel, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { isLocale } from '@shared/locales'
import { t } from '../../i18n/messages'

type Row = { protocol?: unknown; role?: string; version?: string }

const names = new Map<string, Promise<string>>()

function protocolName(api: string, id: string): Promise<string> {
  let name = names.get(id)
  if (!name) {
    name = fetch(`${api}/protocols/${encodeURIComponent(id)}?depth=0&select[name]=true`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : {}))
      .then((doc: { name?: string }) => doc.name ?? '')
      .catch(() => '')
    names.set(id, name)
  }
  return name
}

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null && 'id' in value
    ? String((value as { id: unknown }).id)
    : value == null || value === ''
      ? null
      : String(value)

export function InterfaceRowLabel() {
  const { data, rowNumber } = useRowLabel<Row>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const locale = isLocale(i18n.language) ? i18n.language : 'en'
  const id = idOf(data?.protocol)
  // The name of the protocol last read, kept with its id: a row whose protocol changed shows
  // no stale name while the new one loads.
  const [read, setRead] = useState<{ id: string; name: string } | null>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    protocolName(`${config.serverURL}${config.routes.api}`, id).then(
      (name) => current && setRead({ id, name }),
    )
    return () => {
      current = false
    }
  }, [id, config.serverURL, config.routes.api])
  const name = read && read.id === id ? read.name : ''
  const label = [name, data?.version?.trim()].filter(Boolean).join(' ')
  return (
    <span>
      {label
        ? t(locale, 'admin.interfaces.rowLabel', { role: data?.role ?? 'provides', name: label })
        : t(locale, 'admin.interfaces.rowLabelEmpty', { n: (rowNumber ?? 0) + 1 })}
    </span>
  )
}
