import type { CheckboxField } from 'payload'

/**
 * Set on a draft a member company submitted for review, cleared when staff publish it. It lives
 * in the versions (a draft never touches the published row), so the review queue asks for the
 * latest version of each document. Nobody sets it directly: cms/review/hooks.ts computes it from
 * who saves what, so the admin shows it through the Status, not as a field.
 */
export const reviewRequestedField: CheckboxField = {
  name: 'reviewRequested',
  type: 'checkbox',
  defaultValue: false,
  admin: { hidden: true, disableListColumn: true, disableListFilter: false },
}
