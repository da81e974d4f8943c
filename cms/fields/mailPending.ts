import type { CheckboxField } from 'payload'

import { nobodyField } from '../access/rules'

/**
 * The outbox flag of a document that sends notification mail: set by a hook in the same write
 * as the document, cleared by the mail job once every mail went out. On SQLite, which writes
 * the document and its job separately, a flag without a job is how a crash between the two is
 * found again (cms/jobs/mailRecovery.ts). Never in the API or the admin.
 */
export const mailPendingField: CheckboxField = {
  name: 'mailPending',
  type: 'checkbox',
  hidden: true,
  index: true,
  // Only the hooks set it: no request may, whatever its rights.
  access: { create: nobodyField, update: nobodyField },
}
