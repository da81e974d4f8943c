import {
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  type TextField,
  ValidationError,
} from 'payload'

import { isAdminUser } from '../access/roles'
import { labels, message } from '../i18n/messages'
import { collections } from '@shared/slugs'
import type { AccountLimit } from './limits'
import { takePasswordCheck } from './limits'
import { passwordMatches } from './passwordHash'

/**
 * Asked for on a user's own account page (and accepted by REST and GraphQL updates) whenever
 * the email or the password changes; never stored.
 */
const label = labels('admin.currentPassword.label')

export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label,
  admin: {
    // Only on one's own account: admins set other users' emails and passwords without it.
    condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
    description: labels('admin.currentPassword.description'),
    components: { Field: '/components/CurrentPasswordField#CurrentPasswordField' },
  },
}

const refuse = (req: PayloadRequest, text: string) =>
  new ValidationError({
    collection: collections.users,
    errors: [{ path: currentPasswordField.name, label, message: text }],
    req,
  })

const normalEmail = (v: unknown) => (typeof v === 'string' ? v.toLowerCase().trim() : '')

/**
 * Users `hooks.beforeChange`: a logged-in user who changes its own email or password must give
 * its current password, checked as a login checks it (and counted as one: a stolen session
 * cannot guess it faster than a login could). An admin changing another user needs none; the
 * emailed reset link does not pass through here (Payload's resetPassword writes directly).
 */
export const requireCurrentPassword =
  (limit: AccountLimit): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const supplied = data.currentPassword
    delete data.currentPassword
    if (operation !== 'update' || !originalDoc || !req.user) return data
    const changesPassword = typeof data.password === 'string' && data.password !== ''
    const changesEmail =
      typeof data.email === 'string' && normalEmail(data.email) !== normalEmail(originalDoc.email)
    if (!changesPassword && !changesEmail) return data
    const self = req.user.collection === collections.users && req.user.id === originalDoc.id
    if (!self && isAdminUser(req.user)) return data
    if (typeof supplied !== 'string' || supplied === '') {
      throw refuse(req, message(req, 'currentPasswordRequired'))
    }
    if (!(await takePasswordCheck(req.payload, limit, String(originalDoc.email)))) {
      throw refuse(req, req.t('error:userLocked'))
    }
    const stored = await req.payload.db.findOne<{
      id: number | string
      hash?: string
      salt?: string
    }>({
      collection: collections.users,
      where: { id: { equals: originalDoc.id } },
      req,
    })
    if (!stored || !(await passwordMatches(stored, supplied))) {
      throw refuse(req, message(req, 'currentPasswordWrong'))
    }
    return data
  }
