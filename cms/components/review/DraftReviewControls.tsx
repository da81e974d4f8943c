'use client'
/**
 * The document controls of a collection a member company edits (cms/review/withDraftReview.ts).
 * Staff get Payload's own Publish, Unpublish and Status. A member user cannot publish, so it
 * gets what really happens: "Submit for review" (a draft flagged `reviewRequested`, which
 * notifies staff), a status that reads "Awaiting review" until staff publish, and no Unpublish.
 */
import {
  FormSubmit,
  PublishButton,
  toast,
  UnpublishButton,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormFields,
  useFormModified,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'

import { reviewLabels } from './reviewLabels'

const isMember = (user: unknown) => (user as { role?: string } | null)?.role === 'member'

/** The submitted flag of the draft in the form: true once submitted, until staff publish. */
const useWaiting = () => useFormFields(([fields]) => fields.reviewRequested?.value === true)

export function ReviewPublishButton() {
  const { user } = useAuth()
  return isMember(user) ? <SubmitForReview /> : <PublishButton />
}

export function ReviewUnpublishButton() {
  const { user } = useAuth()
  // Taking a page off the portal is staff's decision; the API refuses it too (a member's
  // "unpublish" only saves a draft).
  return isMember(user) ? null : <UnpublishButton />
}

export function ReviewStatus() {
  const { user } = useAuth()
  return isMember(user) ? <MemberStatus /> : <StaffStatus />
}

/**
 * Payload's own status line (Published, Changed, Draft) for staff. Payload does not export its
 * Status from the client bundle, and its `elements/Status` path holds other copies of the
 * admin's contexts, so it is written here with the bundle's hooks; the "Revert to published"
 * link stays in the Versions tab.
 */
function StaffStatus() {
  const { hasPublishedDoc, unpublishedVersionCount, isTrashed } = useDocumentInfo()
  const { t } = useTranslation()
  const state =
    unpublishedVersionCount > 0 && hasPublishedDoc
      ? 'changed'
      : !hasPublishedDoc
        ? 'draft'
        : 'published'
  const shown = isTrashed ? (hasPublishedDoc ? 'previouslyPublished' : 'previouslyDraft') : state
  const label = t(`version:${shown}` as Parameters<typeof t>[0])
  return (
    <div className="status" title={`${t('version:status')}: ${label}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{label}</span>
      </div>
    </div>
  )
}

function SubmitForReview() {
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount, uploadStatus } =
    useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const waiting = useWaiting()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const l = reviewLabels(i18n.language)
  // Something to submit: unsaved changes, a saved draft not yet submitted, or a new document.
  const hasDraft = unpublishedVersionCount > 0 || !hasPublishedDoc
  const enabled = uploadStatus !== 'uploading' && (modified || !id || (hasDraft && !waiting))

  const send = async () => {
    const path = `/${collectionSlug}${id ? `/${id}` : ''}`
    const query = new URLSearchParams({ depth: '0', draft: 'true', locale })
    const result = await submit({
      action: `${config.routes.api}${path}?${query}`,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewRequested: true },
      // Payload's toast would say "Updated successfully"; ours says what happened.
      disableSuccessStatus: true,
    })
    if (result && result.res.ok) toast.success(l.say('sent'))
  }

  return (
    <FormSubmit
      buttonId="action-save"
      disabled={!enabled}
      onClick={() => void send()}
      size="medium"
      type="button"
    >
      {l.say('submit')}
    </FormSubmit>
  )
}

function MemberStatus() {
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const waiting = useWaiting()
  const { i18n, t } = useTranslation()
  const l = reviewLabels(i18n.language)
  const state = waiting
    ? 'awaiting'
    : unpublishedVersionCount > 0 || !hasPublishedDoc
      ? 'draft'
      : 'published'
  const value = l.say(`status.${state}`)
  return (
    <div className="status" title={l.say(`status.${state}.hint`)} data-review-status={state}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{value}</span>
      </div>
    </div>
  )
}
