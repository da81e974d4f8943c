'use client'
/**
 * What approval made, on its application: the member profile (named after the company) and
 * the login (the contact's name and email), both taken from the application, from which they
 * were made. Payload's relationship field would show an editor "Untitled - ID: 12" for the
 * login (editors may not read other users) and, right after the one-click approval, an empty
 * select until the page is reloaded. Links go to the documents for whoever may open them.
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

type Ref = number | string | { id: number | string } | null

function Made(props: {
  path: string
  label: Parameters<typeof FieldLabel>[0]['label']
  description: Parameters<typeof FieldDescription>[0]['description']
  title: string
  href: string | null
}) {
  const { value } = useField<Ref>({ path: props.path })
  const id = value && typeof value === 'object' ? value.id : value
  if (id === null || id === undefined) return null
  return (
    <div className="field-type" data-testid={`made-${props.path}`}>
      <FieldLabel label={props.label} path={props.path} />
      <p>{props.href ? <a href={`${props.href}/${id}`}>{props.title}</a> : props.title}</p>
      <FieldDescription description={props.description} path={props.path} />
    </div>
  )
}

export const CreatedUserField: RelationshipFieldClientComponent = ({ path, field }) => {
  const { user } = useAuth()
  const { config } = useConfig()
  const title = useFormFields(([fields]) =>
    [fields.contactName?.value, fields.email?.value && `<${String(fields.email.value)}>`]
      .filter(Boolean)
      .join(' '),
  )
  return (
    <Made
      path={path}
      label={field.label}
      description={field.admin?.description}
      title={title}
      href={isAdminUser(user as never) ? `${config.routes.admin}/collections/users` : null}
    />
  )
}

export const CreatedMemberField: RelationshipFieldClientComponent = ({ path, field }) => {
  const { config } = useConfig()
  const title = useFormFields(([fields]) => String(fields.companyName?.value ?? ''))
  return (
    <Made
      path={path}
      label={field.label}
      description={field.admin?.description}
      title={title}
      href={`${config.routes.admin}/collections/members`}
    />
  )
}
