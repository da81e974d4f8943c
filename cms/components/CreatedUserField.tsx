'use client'
/**
 * The login made on approval, on its application: the person's name and email (the
 * application's contact, from which the user was made), not "Untitled - ID: 12", which is all
 * Payload's relationship field can show to an editor, who may not read other users. Admins,
 * who may, get a link to the user.
 */
import {
  FieldDescription,
  FieldLabel,
  useAuth,
  useConfig,
  useField,
  useFormFields,
} from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'

import { isAdminUser } from '../access/roles'

export const CreatedUserField: RelationshipFieldClientComponent = ({ path, field }) => {
  const { value } = useField<number | string | { id: number | string } | null>({ path })
  const { user } = useAuth()
  const { config } = useConfig()
  const { name, email } = useFormFields(([fields]) => ({
    name: String(fields.contactName?.value ?? ''),
    email: String(fields.email?.value ?? ''),
  }))
  const id = value && typeof value === 'object' ? value.id : value
  if (id === null || id === undefined) return null
  const title = [name, email && `<${email}>`].filter(Boolean).join(' ')
  const href = `${config.routes.admin}/collections/users/${id}`
  return (
    <div className="field-type" data-testid="created-user">
      <FieldLabel label={field.label} path={path} />
      <p>{isAdminUser(user as never) ? <a href={href}>{title}</a> : title}</p>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
