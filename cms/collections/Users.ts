import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminOrSelf, admins, adminField, loggedIn } from '../access/rules'
import { roles } from '../access/roles'
import { secureCookies } from '../auth/cookies'
import { currentPasswordField, requireCurrentPassword } from '../auth/currentPassword'
import { clearAfterLogin, clearAfterUnlock, throttleAuth } from '../auth/throttle'
import { passwordMailHtml, passwordMailSubject } from '../email/passwordMail'
import { labels, message } from '../i18n/messages'
import { collections } from '@shared/slugs'

// Payload locks an account after 5 wrong passwords for 15 minutes; cms/auth/ holds the same
// limit in front of the password check, so that parallel requests cannot get past it.
const lockout = { maxLoginAttempts: 5, lockTime: 15 * 60 * 1000 }

/** Staff (admin, editor) and member users; a member user belongs to one member company. */
export const Users: CollectionConfig = {
  slug: collections.users,
  labels: {
    singular: labels('admin.users.singular'),
    plural: labels('admin.users.plural'),
  },
  auth: {
    ...lockout,
    tokenExpiration: 8 * 60 * 60,
    // Lax: sent when a link in an email opens the admin, never with another site's POST.
    cookies: { secure: secureCookies(), sameSite: 'Lax' },
    // Links to CMS_URL/admin/reset/<token>, in the requester's language (a welcome on approval).
    forgotPassword: {
      generateEmailHTML: passwordMailHtml,
      generateEmailSubject: passwordMailSubject,
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'company'],
    group: labels('admin.group.administration'),
  },
  access: {
    read: adminOrSelf,
    create: admins,
    update: adminOrSelf,
    delete: admins,
    admin: loggedIn,
    // Payload's default lets every logged-in user unlock every account.
    unlock: admins,
  },
  hooks: {
    beforeOperation: [throttleAuth(lockout)],
    beforeChange: [requireCurrentPassword(lockout)],
    afterLogin: [clearAfterLogin(lockout)],
    afterOperation: [clearAfterUnlock(lockout)],
  },
  fields: [
    currentPasswordField,
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'member',
      options: roles.map((r) => r),
      saveToJWT: true,
      access: { create: adminField, update: adminField },
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: collections.members,
      saveToJWT: true,
      access: { create: adminField, update: adminField },
      admin: { condition: (data) => data?.role === 'member' },
      // The field is hidden (and not validated) for staff; make sure no stale company stays.
      hooks: {
        beforeChange: [({ value, siblingData }) => (siblingData?.role === 'member' ? value : null)],
      },
      validate: (
        value: unknown,
        { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
      ) => {
        const role = (siblingData as { role?: string })?.role
        if (role === 'member' && !value) return message(req, 'memberNeedsCompany')
        return true
      },
    },
  ],
}
