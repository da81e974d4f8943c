/**
 * Child process of tests/e2e/mail.outbox.test.ts: prepares the database that DATA_DIR /
 * DATABASE_URI point at with what the public forms and the review need (a member with a public
 * contact address, one without, staff's address in the settings, an editor, applications under
 * review), writes their facts to the file named on the command line, and closes Payload for good
 * before the CMS server opens the database.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import config from '../../cms/payload.config'

type Ref = { id: number; slug: string }

export type OutboxFacts = {
  editor: { email: string; password: string }
  members: { withContact: Ref; withoutContact: Ref }
  applications: { id: number; email: string }[]
}

const sys = { overrideAccess: true, context: { seeding: true } } as const

const payload = await getPayload({ config })
await payload.updateGlobal({
  slug: 'settings',
  data: { clusterName: 'HITS Cluster', contact: { email: 'office@hits.example' } },
  ...sys,
})
const member = (name: string, email?: string) =>
  payload.create({
    collection: 'members',
    data: { name, country: 'BG', contact: { email }, _status: 'published' },
    ...sys,
  })
const alpha = await member('Alpha Soft', 'sales@alpha.example')
const beta = await member('Beta Data')
const editor = { email: 'editor@hits.example', password: 'a-long-enough-password' }
await payload.create({ collection: 'users', data: { ...editor, role: 'editor' }, ...sys })
const applications: OutboxFacts['applications'] = []
for (let n = 1; n <= 4; n++) {
  const email = `applicant${n}@firm.example`
  const doc = await payload.create({
    collection: 'applications',
    data: {
      companyName: `Applicant Firm ${n}`,
      legalId: '131468980',
      contactName: `Applicant ${n}`,
      email,
      motivation: 'We build cloud software and want to export with the cluster.',
      consent: true,
      locale: 'en',
      status: 'reviewing',
    },
    ...sys,
  })
  applications.push({ id: doc.id, email })
}
const facts: OutboxFacts = {
  editor,
  members: {
    withContact: { id: alpha.id, slug: alpha.slug! },
    withoutContact: { id: beta.id, slug: beta.slug! },
  },
  applications,
}
fs.writeFileSync(process.argv[2]!, JSON.stringify(facts))
await payload.destroy()
process.exit(0)
