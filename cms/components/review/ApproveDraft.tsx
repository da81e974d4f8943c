'use client'
/**
 * "Publish" in the review queue: publishes a submitted draft as it is (PATCH with
 * `_status: 'published'` publishes the latest version in every locale), then reloads the queue.
 */
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { reviewLabels } from './reviewLabels'

type Props = { collection: string; id: number | string; title: string }

export function ApproveDraft({ collection, id, title }: Props) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const l = reviewLabels(i18n.language)
  const [busy, setBusy] = useState(false)

  const approve = async () => {
    setBusy(true)
    try {
      // overrideLock: the member's edit page may still hold its lock; publishing what it
      // submitted is exactly staff's call here.
      const url = `${config.routes.api}/${collection}/${id}?depth=0&overrideLock=true`
      const response = await fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': i18n.language },
        body: JSON.stringify({ _status: 'published' }),
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          errors?: { message?: string }[]
        }
        throw new Error(body.errors?.[0]?.message ?? response.statusText)
      }
      toast.success(l.say('queue.approved', { title }))
      router.refresh()
    } catch (error) {
      toast.error(l.say('queue.approveFailed', { title, reason: (error as Error).message }))
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void approve()}>
      {l.say('queue.approve')}
    </Button>
  )
}
