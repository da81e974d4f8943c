/**
 * Nothing is lost when the CMS dies: the real server (`next start`) takes a burst of public
 * inquiries and two review decisions, is killed with SIGKILL in the middle of the burst and
 * started again on the same database and data folder. Once its mail queue has drained, every
 * stored inquiry has exactly its notifications (member, staff and the buyer's copy, or staff
 * and the buyer when the member has no public address) and every decided application exactly
 * one decision mail.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCmsServer } from '../helpers/cmsServer'
import { type Mail, readMails } from '../helpers/mail'
import type { OutboxFacts } from '../helpers/outboxSeed'
import { projectRoot, runTs } from '../helpers/siteBuild'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-mail-outbox-'))
const dataDir = path.join(root, 'data')
const origin = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
const burst = 60
const killAfter = 12
// This server runs its mail queue, whatever the test runner's environment says.
const serverEnv = { FORMS_RATE_LIMIT: 'off', MAIL_AUTORUN: '1', REBUILD_AUTORUN: '0' }

let cms: Awaited<ReturnType<typeof startCmsServer>> | undefined
let facts: OutboxFacts

beforeAll(async () => {
  fs.mkdirSync(dataDir, { recursive: true })
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
  })
  for (const key of ['SMTP_HOST', 'STAFF_EMAIL']) delete process.env[key]
  const factsFile = path.join(root, 'facts.json')
  await runTs(
    path.join(projectRoot, 'tests/helpers/outboxSeed.ts'),
    [factsFile],
    process.env,
    path.join(root, 'seed.log'),
  )
  facts = JSON.parse(fs.readFileSync(factsFile, 'utf8')) as OutboxFacts
}, 900_000)
afterAll(() => cms?.stop())

const inquiry = (n: number) => ({
  name: `Buyer ${n}`,
  email: `buyer${n}@shop.example`,
  company: 'Buyer GmbH',
  country: 'DE',
  message: `Inquiry number ${n}: please quote 40 licences.`,
  // Every third one to the member without a public address: staff alone are told.
  member: n % 3 === 0 ? facts.members.withoutContact.slug : facts.members.withContact.slug,
  locale: 'en',
  homepage: '',
  startedAt: Date.now() - 20_000,
})

const post = (url: string, n: number) =>
  fetch(`${url}/api/inquiries/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(inquiry(n)),
  }).then(
    (r) => r.status,
    () => 0,
  )

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(facts.editor),
  })
  return ((await response.json()) as { token: string }).token
}

// Cheap on purpose (no parsing): every millisecond before the kill lets requests finish. The
// two decisions make two mails, so a third is an inquiry's.
const inquiryMailSent = () =>
  fs.existsSync(path.join(dataDir, 'mail')) &&
  fs.readdirSync(path.join(dataDir, 'mail')).filter((f) => f.endsWith('.eml')).length > 2

/**
 * Sends the burst, ten at a time, and kills the server the moment `killAfter` inquiries were
 * stored and their mail has started to go out: with inquiries in flight and, where mail is
 * queued, the queue in the middle of a run. Past `burst` it kills anyway.
 */
async function burstAndKill(url: string) {
  const statuses: number[] = []
  let next = 1
  let killed = false
  const worker = async () => {
    while (next <= burst && !killed) {
      const status = await post(url, next++)
      statuses.push(status)
      const stored = statuses.filter((s) => s === 201).length
      if (!killed && ((stored >= killAfter && inquiryMailSent()) || next > burst)) {
        killed = true
        process.kill(cms!.pid, 'SIGKILL')
      }
    }
  }
  await Promise.all(Array.from({ length: 10 }, worker))
  return statuses
}

/** Every mail sent, grouped: inquiry id → recipients, applicant address → count. */
function mailsByCause(mails: Mail[]) {
  const inquiries = new Map<number, string[]>()
  const decisions = new Map<string, number>()
  const applicants = new Set(facts.applications.map((a) => a.email))
  for (const mail of mails) {
    // The Message-ID names the inquiry (the buyer's copy has no admin link in its body).
    const id = /\.inquiries-(\d+)-\w+@/.exec(mail.headers['message-id'] ?? '')?.[1]
    if (id) inquiries.set(Number(id), [...(inquiries.get(Number(id)) ?? []), mail.to].sort())
    else if (applicants.has(mail.to)) decisions.set(mail.to, (decisions.get(mail.to) ?? 0) + 1)
  }
  return { inquiries, decisions }
}

describe('mail after a SIGKILL of the CMS', () => {
  it('sends every stored inquiry and decision its mails exactly once after a restart', async () => {
    cms = await startCmsServer({ env: serverEnv })
    const token = await login(cms.url)
    const [approve, reject] = facts.applications
    const decide = (id: number, status: string) =>
      fetch(`${cms!.url}/api/applications/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ status }),
      })
    expect((await decide(approve!.id, 'approved')).status).toBe(200)
    expect((await decide(reject!.id, 'rejected')).status).toBe(200)
    const statuses = await burstAndKill(cms.url)
    await cms.exited
    const sentBeforeKill = readMails(dataDir).length

    cms = await startCmsServer({ env: serverEnv })
    const staffToken = await login(cms.url)
    const listed = await fetch(`${cms.url}/api/inquiries?limit=0&depth=0`, {
      headers: { authorization: `JWT ${staffToken}` },
    })
    const stored = (
      (await listed.json()) as { docs: { id: number; member: number; email: string }[] }
    ).docs
    // Staff, the member when it has a public address, and the buyer's copy.
    const expected = new Map(
      stored.map((doc) => [
        doc.id,
        doc.member === facts.members.withContact.id
          ? [doc.email, 'office@hits.example', 'sales@alpha.example']
          : [doc.email, 'office@hits.example'],
      ]),
    )
    const expectedDecisions = new Map([
      [approve!.email, 1],
      [reject!.email, 1],
    ])
    const done = () => {
      const got = mailsByCause(readMails(dataDir))
      return (
        [...expected].every(([id, to]) => got.inquiries.get(id)?.length === to.length) &&
        [...expectedDecisions.keys()].every((to) => got.decisions.has(to))
      )
    }
    const until = Date.now() + 60_000
    while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 1000))
    // A few more runs of the queue: a duplicate would show up now.
    await new Promise((r) => setTimeout(r, 8000))
    const got = mailsByCause(readMails(dataDir))
    const lost = [...expected].filter(
      ([id, to]) => (got.inquiries.get(id)?.length ?? 0) < to.length,
    )
    console.log(
      `mail outbox: ${statuses.filter((s) => s === 201).length} inquiries answered 201 before ` +
        `the kill, ${stored.length} stored, ${sentBeforeKill} mails written before the kill; ` +
        `after the restart ${lost.length} inquiries lack mail ` +
        `(${lost.filter(([id]) => !got.inquiries.has(id)).length} got none)`,
    )
    expect(stored.length).toBeGreaterThanOrEqual(killAfter)
    expect(Object.fromEntries(got.inquiries)).toEqual(Object.fromEntries(expected))
    expect(Object.fromEntries(got.decisions)).toEqual(Object.fromEntries(expectedDecisions))
  }, 900_000)
})
