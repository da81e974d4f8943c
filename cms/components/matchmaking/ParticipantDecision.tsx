'use client'
/**
 * Staff's decision on a matchmaking participant, at the top of its sidebar: Validate and Reject
 * save the form with the new status (a rejection also ends its sessions, on the server:
 * matchmaking/staffHooks.ts), End sessions signs it out everywhere without changing its status
 * (POST /api/matchmaking/staff/participants/:id/revoke). Each asks first, saying what follows.
 */
import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormProcessing,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import type { Participant } from '../../payload-types'
import { staffLabels } from './staffLabels'

type Action = 'validate' | 'reject' | 'revoke'

export const ParticipantDecision: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const l = staffLabels(i18n.language)
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const { openModal } = useModal()
  const [asked, setAsked] = useState<Action>('validate')
  const { status, name } = useFormFields(([fields]) => ({
    status: (fields.status?.value ?? 'unconfirmed') as Participant['status'],
    name: String(fields.name?.value ?? ''),
  }))
  const slug = 'participant-decision'
  if (id === undefined || id === null) return null
  const ask = (action: Action) => {
    setAsked(action)
    openModal(slug)
  }
  const act = async () => {
    if (asked !== 'revoke') {
      await submit({ overrides: { status: asked === 'validate' ? 'validated' : 'rejected' } })
      return
    }
    const response = await fetch(
      `${config.routes.api}/matchmaking/staff/participants/${id}/revoke`,
      { method: 'POST', credentials: 'include', headers: { 'accept-language': i18n.language } },
    )
    if (response.ok) toast.success(l.say('decision.revoked'))
    else {
      const body = (await response.json().catch(() => ({}))) as { errors?: { _form?: string } }
      toast.error(l.say('failed', { reason: body.errors?._form ?? response.statusText }))
    }
  }
  return (
    <div className="field-type participant-decision" data-testid="participant-decision">
      <p>
        <strong>{l.say('decision.heading')}</strong>
      </p>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
        {status !== 'validated' && (
          <Button buttonStyle="primary" disabled={processing} onClick={() => ask('validate')}>
            {l.say('decision.validate')}
          </Button>
        )}
        {status !== 'rejected' && (
          <Button buttonStyle="secondary" disabled={processing} onClick={() => ask('reject')}>
            {l.say('decision.reject')}
          </Button>
        )}
        <Button buttonStyle="secondary" disabled={processing} onClick={() => ask('revoke')}>
          {l.say('decision.revoke')}
        </Button>
      </div>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{l.say('decision.hint')}</p>
      <ConfirmationModal
        modalSlug={slug}
        heading={l.say(`decision.${asked}.heading`, { name })}
        body={l.say(`decision.${asked}.body`, { name })}
        confirmLabel={l.say(`decision.${asked}`)}
        cancelLabel={l.say('decision.cancel')}
        onConfirm={act}
      />
    </div>
  )
}
