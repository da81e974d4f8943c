import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Inquiry, Member, User } from '../../cms/payload-types'
import { startRestServer } from '../helpers/http'
import { mailKey } from '../../cms/jobs/mail'
import { queueUnqueuedMail, recoverInterruptedMail } from '../../cms/jobs/mailRecovery'
import { newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let alpha: Member
let beta: Member
let gamma: Member
let delta: Member
let productId: number
let postId: number
const users = {} as Record<'editor' | 'memberA' | 'memberB', User>
const sys = { overrideAccess: true, context: { seeding: true } } as const
const cmsUrl = 'https://cms.hits.example'
const savedEnv = { CMS_URL: process.env.CMS_URL, STAFF_EMAIL: process.env.STAFF_EMAIL }

beforeAll(async () => {
  process.env.CMS_URL = cmsUrl
  delete process.env.STAFF_EMAIL
  delete process.env.SMTP_HOST
  ctx = await startPayload('inquiries-notify')
  payload = ctx.payload
  const member = (name: string, contact?: string) =>
    payload.create({
      collection: 'members',
      data: { name, country: 'BG', contact: { email: contact }, _status: 'published' },
      ...sys,
    })
  alpha = await member('Alpha Soft', 'sales@alpha.example')
  beta = await member('Beta Data')
  gamma = await payload.create({
    collection: 'members',
    data: {
      name: 'Gamma Robotik',
      country: 'DE',
      contact: { email: 'vertrieb@gamma.example' },
      _status: 'published',
    },
    ...sys,
  })
  delta = await payload.create({
    collection: 'members',
    data: {
      name: 'Delta Systems',
      // No portal language is Austria's own: the languages the company works in decide.
      country: 'AT',
      languages: ['fr', 'de', 'en'],
      contact: { email: 'hello@delta.example' },
      _status: 'published',
    },
    ...sys,
  })
  const product = await payload.create({
    collection: 'products',
    data: {
      name: 'Alpha Cloud',
      member: alpha.id,
      kind: 'product',
      summary: 's',
      _status: 'published',
    },
    ...sys,
  })
  productId = product.id
  const post = await payload.create({
    collection: 'cooperation',
    data: {
      title: 'Partner for IoT pilots',
      member: alpha.id,
      type: 'offer',
      validUntil: '2030-01-01',
      _status: 'published',
    },
    ...sys,
  })
  await payload.update({
    collection: 'cooperation',
    id: post.id,
    locale: 'de',
    data: { title: 'Partner für IoT-Piloten' },
    ...sys,
  })
  postId = post.id
  await payload.updateGlobal({
    slug: 'settings',
    data: { clusterName: 'HITS Cluster', contact: { email: 'office@hits.example' } },
    ...sys,
  })
  const user = (email: string, role: string, company?: number) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'a-long-enough-password', role, company } as never,
      ...sys,
    }) as Promise<User>
  users.editor = await user('editor@hits.example', 'editor')
  users.memberA = await user('member@alpha.example', 'member', alpha.id)
  users.memberB = await user('member@beta.example', 'member', beta.id)
})
afterAll(async () => {
  Object.assign(process.env, savedEnv)
  for (const [key, value] of Object.entries(savedEnv))
    if (value === undefined) delete process.env[key]
  await ctx?.stop()
})

/** The confirmation to the buyer: it carries no admin link, so it is told apart by its address. */
const buyer = 'hans@buyer.example'
const notBuyer = (mail: { to: string }) => mail.to !== buyer

const inquiry = (member: number, extra: Record<string, unknown> = {}) => ({
  name: 'Hans Müller',
  email: 'hans@buyer.example',
  company: 'Müller GmbH',
  country: 'DE',
  message: 'We need 200 licences for our plants; what would that cost?',
  member,
  ...extra,
})

describe('a new inquiry notifies the member and staff', () => {
  it('from the public form: one mail to the public contact, one to staff, a copy to the buyer', async () => {
    const before = readMails(ctx.dataDir)
    const doc = (await payload.create({
      collection: 'inquiries',
      data: inquiry(alpha.id, { product: productId, locale: 'bg' }) as never,
      overrideAccess: false,
      context: { publicForm: true },
    })) as Inquiry
    expect(newMails(ctx.dataDir, before)).toHaveLength(0)
    await sendQueuedMail(payload)
    const all = newMails(ctx.dataDir, before)
    expect(all.map((m) => m.to).sort()).toEqual([
      buyer,
      'office@hits.example',
      'sales@alpha.example',
    ])
    const mails = all.filter(notBuyer)
    const link = `${cmsUrl}/admin/collections/inquiries/${doc.id}`
    for (const mail of mails) {
      expect(mail.replyTo).toBe('Hans Müller <hans@buyer.example>')
      expect(mail.body).toContain('We need 200 licences')
      expect(mail.body).toContain('„Alpha Cloud“')
      expect(mail.body).toContain('Германия')
      expect(mail.body).toContain(link)
    }
    const toMember = mails.find((m) => m.to === 'sales@alpha.example')!
    expect(toMember.subject).toBe('Ново запитване от Hans Müller: Alpha Cloud')
    const toStaff = mails.find((m) => m.to === 'office@hits.example')!
    expect(toStaff.body).toContain('е уведомен')
    // The buyer's copy: in the language of the page it was sent from, with the message, and
    // nothing of the CMS; replies go to the cluster's office, not to anyone the form named.
    const copy = all.find((m) => m.to === buyer)!
    expect(copy.subject).toBe('Вашето запитване до Alpha Soft')
    expect(copy.body).toContain('We need 200 licences')
    expect(copy.body).toContain('относно продукта „Alpha Cloud“')
    expect(copy.body).not.toContain('/admin/')
    expect(copy.replyTo).toBe('office@hits.example')
    // No header carries what the visitor typed (name, company, message): only our words.
    const headers = Object.entries(copy.headers)
      .filter(([name]) => name !== 'to')
      .map(([, value]) => value)
      .join('\n')
    for (const typed of ['Hans', 'Müller', 'licences']) expect(headers).not.toContain(typed)
  })

  it('mails the member in its own language, whatever language the buyer wrote in', async () => {
    const before = readMails(ctx.dataDir)
    // A German buyer on the German pages writes to a Bulgarian member: the member reads Bulgarian.
    await payload.create({
      collection: 'inquiries',
      data: inquiry(alpha.id, { locale: 'de', email: 'lang-1@buyer.example' }) as never,
      overrideAccess: false,
      context: { publicForm: true },
    })
    // A Bulgarian buyer writes to a German member: German for the member, Bulgarian for the buyer.
    await payload.create({
      collection: 'inquiries',
      data: inquiry(gamma.id, { locale: 'bg', email: 'lang-2@buyer.example' }) as never,
      overrideAccess: false,
      context: { publicForm: true },
    })
    // An Austrian member that works in French, German and English reads German.
    await payload.create({
      collection: 'inquiries',
      data: inquiry(delta.id, { locale: 'en', email: 'lang-3@buyer.example' }) as never,
      overrideAccess: false,
      context: { publicForm: true },
    })
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before)
    const subject = (to: string) => mails.find((m) => m.to === to)?.subject
    expect(subject('sales@alpha.example')).toBe('Ново запитване от Hans Müller')
    expect(subject('lang-1@buyer.example')).toBe('Ihre Anfrage an Alpha Soft')
    expect(subject('vertrieb@gamma.example')).toBe('Neue Anfrage von Hans Müller')
    expect(mails.find((m) => m.to === 'vertrieb@gamma.example')!.body).toContain('aus Deutschland')
    expect(subject('lang-2@buyer.example')).toBe('Вашето запитване до Gamma Robotik')
    expect(subject('hello@delta.example')).toBe('Neue Anfrage von Hans Müller')
    expect(subject('lang-3@buyer.example')).toBe('Your inquiry to Delta Systems')
  })

  it('sends one inbox only a handful of copies, however many inquiries name it', async () => {
    const before = readMails(ctx.dataDir)
    const victim = 'victim@elsewhere.example'
    for (let i = 0; i < 7; i++)
      await payload.create({
        collection: 'inquiries',
        data: inquiry(alpha.id, { locale: 'en', email: victim, message: `Copy ${i}` }) as never,
        overrideAccess: false,
        context: { publicForm: true },
      })
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before)
    // Five copies per ten minutes (the form's limit); every inquiry still reaches the member.
    expect(mails.filter((m) => m.to === victim)).toHaveLength(5)
    expect(mails.filter((m) => m.to === 'sales@alpha.example')).toHaveLength(7)
  })

  it('about a cooperation post: German text with the post title; STAFF_EMAIL wins', async () => {
    process.env.STAFF_EMAIL = 'inbox@hits.example'
    try {
      const before = readMails(ctx.dataDir)
      // As the form endpoint stores it: staff create no inquiries themselves (access.create).
      await payload.create({
        collection: 'inquiries',
        data: inquiry(alpha.id, { cooperation: postId, locale: 'de' }) as never,
        context: { publicForm: true },
        overrideAccess: false,
      })
      await sendQueuedMail(payload)
      const mails = newMails(ctx.dataDir, before).filter(notBuyer)
      expect(mails.map((m) => m.to).sort()).toEqual(['inbox@hits.example', 'sales@alpha.example'])
      // Staff read the inquiry's language; the Bulgarian member its own, with the post's title
      // in Bulgarian (here the English one it falls back to).
      const toStaff = mails.find((m) => m.to === 'inbox@hits.example')!
      expect(toStaff.body).toContain(
        'als Antwort auf die Kooperationsanzeige „Partner für IoT-Piloten“',
      )
      expect(toStaff.body).toContain('aus Deutschland')
      const toMember = mails.find((m) => m.to === 'sales@alpha.example')!
      expect(toMember.subject).toBe('Ново запитване от Hans Müller: Partner for IoT pilots')
      expect(toMember.body).toContain('от Германия')
    } finally {
      delete process.env.STAFF_EMAIL
    }
  })

  it('tells staff to forward it when the member has no public contact address', async () => {
    const before = readMails(ctx.dataDir)
    await payload.create({
      collection: 'inquiries',
      data: inquiry(beta.id, { locale: 'en' }) as never,
    })
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before).filter(notBuyer)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toBe('office@hits.example')
    expect(mails[0]!.body).toContain('Beta Data has no public contact address and was NOT notified')
  })

  it('sends nothing for seeded inquiries or when staff change an inquiry', async () => {
    const before = readMails(ctx.dataDir)
    const doc = await payload.create({
      collection: 'inquiries',
      data: inquiry(alpha.id) as never,
      ...sys,
    })
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { status: 'answered' },
      user: users.editor,
      overrideAccess: false,
    })
    await sendQueuedMail(payload)
    expect(newMails(ctx.dataDir, before)).toHaveLength(0)
  })

  it('keeps the inquiry (and answers 201) when the mail transport fails, and mails it once it works', async () => {
    const mailDir = path.join(ctx.dataDir, 'mail')
    const before = readMails(ctx.dataDir)
    fs.renameSync(mailDir, `${mailDir}-aside`)
    fs.writeFileSync(mailDir, 'not a folder: every mail write fails')
    const errors = vi.spyOn(payload.logger, 'error')
    const server = await startRestServer(payload.config)
    let id: number
    try {
      const response = await fetch(`${server.url}/api/inquiries/submit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: new URL(process.env.SITE_URL || 'http://localhost:4321').origin,
        },
        body: JSON.stringify({
          ...inquiry(alpha.id, { locale: 'en', homepage: '', startedAt: Date.now() - 10_000 }),
          member: alpha.slug,
          message: 'Transport down, but this must be kept.',
        }),
      })
      expect(response.status).toBe(201)
      const stored = await payload.find({
        collection: 'inquiries',
        where: { message: { equals: 'Transport down, but this must be kept.' } },
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(1)
      id = stored.docs[0]!.id
      await sendQueuedMail(payload)
      expect(errors.mock.calls.map((c) => JSON.stringify(c)).join()).toContain('Error running task')
    } finally {
      errors.mockRestore()
      await server.close()
      fs.rmSync(mailDir)
      fs.renameSync(`${mailDir}-aside`, mailDir)
    }
    const [job] = await jobsOf(id)
    expect(job).toMatchObject({ processing: false, hasError: false })
    // Retried after a pause, not at once (30 s for the first retry, then doubling).
    expect(Date.parse(job!.waitUntil!) - Date.now()).toBeGreaterThan(20_000)
    await sendQueuedMail(payload)
    expect(newMails(ctx.dataDir, before)).toHaveLength(0)
    await payload.db.updateJobs({ id: job!.id, data: { waitUntil: new Date(0).toISOString() } })
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before).filter(notBuyer)
    expect(mails.map((m) => m.to).sort()).toEqual(['office@hits.example', 'sales@alpha.example'])
    expect(await jobsOf(id)).toHaveLength(0)
  })
})

const jobsOf = async (id: number) =>
  (
    await payload.db.find({
      collection: 'payload-jobs',
      where: { concurrencyKey: { equals: mailKey({ collection: 'inquiries', id }) } },
      pagination: false,
    })
  ).docs as { id: number; processing: boolean; hasError: boolean; waitUntil?: string }[]

describe('notifications survive a server that stops', () => {
  const create = async (message: string) =>
    (await payload.create({
      collection: 'inquiries',
      data: inquiry(alpha.id, { locale: 'en', message }) as never,
    })) as Inquiry
  const mailsOf = (id: number, mails = readMails(ctx.dataDir)) =>
    mails.filter((m) => m.body.includes(`/admin/collections/inquiries/${id}\n`))

  it('an inquiry stored without its job (killed in between) is queued at the next start, once', async () => {
    const doc = await create('Stored, then the server died before queueing.')
    // What SQLite keeps of a server killed between the two writes: the inquiry, no job.
    await payload.db.deleteMany({
      collection: 'payload-jobs',
      where: { concurrencyKey: { equals: mailKey({ collection: 'inquiries', id: doc.id }) } },
    })
    const restarted = Date.now() + 1
    expect(await queueUnqueuedMail(payload, restarted)).toBe(1)
    // A second check, or one while the job waits, queues nothing more.
    expect(await queueUnqueuedMail(payload, restarted)).toBe(0)
    await sendQueuedMail(payload)
    expect(
      mailsOf(doc.id)
        .map((m) => m.to)
        .sort(),
    ).toEqual(['office@hits.example', 'sales@alpha.example'])
    expect(await queueUnqueuedMail(payload, Date.now() + 1)).toBe(0)
  })

  it('a job interrupted while sending is taken up again after a restart, without repeats', async () => {
    const doc = await create('The server died while mailing this one.')
    const [job] = await jobsOf(doc.id)
    // Claimed by the server that died: Payload itself never runs it again.
    await payload.db.updateJobs({ id: job!.id, data: { processing: true } })
    await sendQueuedMail(payload)
    expect(mailsOf(doc.id)).toHaveLength(0)
    expect(await recoverInterruptedMail(payload, Date.now() + 1)).toBe(1)
    await sendQueuedMail(payload)
    expect(mailsOf(doc.id)).toHaveLength(2)
    expect(await jobsOf(doc.id)).toHaveLength(0)
  })

  it('a mail sent but not recorded as sent is the same message when sent again', async () => {
    const doc = await create('Sent, but the job did not get to record it.')
    const send = payload.sendEmail
    let first = true
    const spy = vi.spyOn(payload, 'sendEmail').mockImplementation(async (message) => {
      const result: unknown = await send(message)
      if (first && (message as { to?: string }).to === 'office@hits.example') {
        first = false
        throw new Error('stopped after sending')
      }
      return result
    })
    try {
      await sendQueuedMail(payload)
      const [job] = await jobsOf(doc.id)
      await payload.db.updateJobs({ id: job!.id, data: { waitUntil: new Date(0).toISOString() } })
      await sendQueuedMail(payload)
    } finally {
      spy.mockRestore()
    }
    // The staff mail went out twice with one Message-ID: one file, and the member's mail once.
    const mails = mailsOf(doc.id)
    expect(mails.map((m) => m.to).sort()).toEqual(['office@hits.example', 'sales@alpha.example'])
    expect(new Set(mails.map((m) => m.headers['message-id'])).size).toBe(2)
  })
})

describe('who reads inquiries', () => {
  it('a member user sees the inquiries addressed to its own company and nothing else', async () => {
    const all = await payload.find({
      collection: 'inquiries',
      depth: 0,
      limit: 0,
      overrideAccess: true,
    })
    const ofAlpha = all.docs
      .filter((d) => d.member === alpha.id)
      .map((d) => d.id)
      .sort()
    const ofBeta = all.docs
      .filter((d) => d.member === beta.id)
      .map((d) => d.id)
      .sort()
    expect(ofAlpha.length).toBeGreaterThan(0)
    expect(ofBeta.length).toBeGreaterThan(0)
    const asMember = (user: User) =>
      payload.find({ collection: 'inquiries', depth: 0, limit: 0, user, overrideAccess: false })
    expect((await asMember(users.memberA)).docs.map((d) => d.id).sort()).toEqual(ofAlpha)
    expect((await asMember(users.memberB)).docs.map((d) => d.id).sort()).toEqual(ofBeta)
    await expect(
      payload.findByID({
        collection: 'inquiries',
        id: ofBeta[0]!,
        user: users.memberA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const anonymous = payload.find({ collection: 'inquiries', overrideAccess: false })
    await expect(anonymous).rejects.toThrow()
  })
})
