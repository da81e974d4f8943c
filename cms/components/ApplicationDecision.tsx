'use client'
/**
 * The decision on a membership application, at the top of its sidebar: Approve and Reject as
 * buttons, each after a confirmation that says what will happen. A button saves the form with
 * the new status in one request, so one click does the whole step (an approval makes the draft
 * member, the login and the welcome mail on the server). A refusal is shown here in full, not
 * only as the status field's tooltip.
 */
import {
  Button,
  ConfirmationModal,
  useForm,
  useFormFields,
  useFormProcessing,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import { decisionLabels, type Decision } from './decisionLabels'
import type { Application } from '../payload-types'

type Status = Application['status']

const nextOf: Record<Decision, Status> = { approve: 'approved', reject: 'rejected' }

export const ApplicationDecision: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const l = decisionLabels(i18n.language)
  const { submit } = useForm()
  const processing = useFormProcessing()
  const { openModal } = useModal()
  const [asked, setAsked] = useState<Decision>('approve')
  const { status, company, email, errors } = useFormFields(([fields]) => ({
    status: (fields.status?.value ?? 'received') as Status,
    company: String(fields.companyName?.value ?? ''),
    email: String(fields.email?.value ?? ''),
    // What the server refused, on the fields a decision touches.
    errors: [fields.status?.errorMessage, fields.email?.errorMessage].filter(Boolean) as string[],
  }))
  const slug = 'application-decision'
  const ask = (decision: Decision) => {
    setAsked(decision)
    openModal(slug)
  }

  if (status === 'approved' || status === 'rejected')
    return (
      <div className="field-type application-decision" data-testid="application-decision">
        <p>
          <strong>{l.say('heading')}:</strong> {l.status(status)}. {l.say('final')}
        </p>
      </div>
    )
  return (
    <div className="field-type application-decision" data-testid="application-decision">
      <p>
        <strong>{l.say('heading')}</strong>
      </p>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
        <Button buttonStyle="primary" disabled={processing} onClick={() => ask('approve')}>
          {l.say('approve')}
        </Button>
        <Button buttonStyle="secondary" disabled={processing} onClick={() => ask('reject')}>
          {l.say('reject')}
        </Button>
      </div>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{l.say('hint')}</p>
      {errors.map((error) => (
        <p key={error} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ))}
      <ConfirmationModal
        modalSlug={slug}
        heading={l.confirmHeading(asked, company)}
        body={l.confirmBody(asked, email)}
        confirmLabel={l.say(asked)}
        cancelLabel={l.say('cancel')}
        onConfirm={async () => {
          await submit({ overrides: { status: nextOf[asked] } })
        }}
      />
    </div>
  )
}
