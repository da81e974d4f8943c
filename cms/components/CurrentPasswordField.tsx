'use client'
/**
 * The "Current password" field of a user's own account page: a masked input with the browser's
 * current-password autofill. Payload's PasswordField would require a value of a new password's
 * length; this one may stay empty unless the email or password changes (checked on the server).
 */
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField
    autoComplete="current-password"
    field={field}
    path={path ?? field.name}
    validate={() => true}
  />
)
