import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { countryOfLegalId } from '../../cms/hooks/approveApplication'
import type { Application, User } from '../../cms/payload-types'
import { startRestServer } from '../helpers/http'
import { newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
let editor: User
let categoryId: number
const sys = { overrideAccess: true, context: { seeding: true } } as const
const cmsUrl = 'https://cms.hits.example'
const savedCmsUrl = process.env.CMS_URL

beforeAll(async () => {
  process.env.CMS_URL = cmsUrl
  delete process.env.SMTP_HOST
  ctx = await startPayload('applications-review')
  payload = ctx.payload
  await payload.updateGlobal({ slug: 'settings', data: { clusterName: 'HITS Cluster' }, ...sys })
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Cloud', _status: 'published' },
    ...sys,
  })
  categoryId = category.id
  // Takes the slug the first approved company would get.
  await payload.create({
    collection: 'members',
    data: { name: 'Neue Firma GmbH', country: 'DE', _status: 'published' },
    ...sys,
  })
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'editor@hits.example', password: 'a-long-enough-password', role: 'editor' },
    ...sys,
  })) as User
  await payload.create({
    collection: 'users',
    data: { email: 'taken@firm.example', password: 'a-long-enough-password', role: 'editor' },
    ...sys,
  })
})
afterAll(async () => {
  if (savedCmsUrl === undefined) delete process.env.CMS_URL
  else process.env.CMS_URL = savedCmsUrl
  await ctx?.stop()
})

let counter = 0
const apply = async (data: Partial<Application> = {}) =>
  (await payload.create({
    collection: 'applications',
    data: {
      companyName: `Firm ${++counter}`,
      legalId: '131468980',
      contactName: 'Petra Ivanova',
      email: `contact${counter}@firm.example`,
      motivation: 'We build cloud software and want to export with the cluster.',
      consent: true,
      locale: 'en',
      ...data,
    } as never,
    overrideAccess: false,
    context: { publicForm: true },
  })) as Application

const setStatus = (id: number, status: Application['status']) =>
  payload.update({
    collection: 'applications',
    id,
    data: { status },
    user: editor,
    overrideAccess: false,
  }) as Promise<Application>

const statusOf = async (id: number) =>
  (await payload.findByID({ collection: 'applications', id, overrideAccess: true })).status

const editorToken = async (url: string) => {
  const login = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@hits.example', password: 'a-long-enough-password' }),
  })
  return ((await login.json()) as { token: string }).token
}

const counts = async () => ({
  members: (await payload.count({ collection: 'members', overrideAccess: true })).totalDocs,
  users: (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs,
})

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: {
      status?: number
      message: string
      data?: { errors?: { path: string; message: string }[] }
    }) => e,
  )

describe('approving an application', () => {
  it('creates a draft member, a member user and a welcome mail whose link sets the password', async () => {
    const application = await apply({
      companyName: 'Neue Firma GmbH',
      legalId: 'DE123456789',
      website: 'https://neue-firma.example',
      employees: '10-49',
      sectors: [categoryId],
      contactName: 'Jana Schmidt',
      email: 'Jana@Neue-Firma.example',
      locale: 'de',
    })
    await setStatus(application.id, 'reviewing')
    const before = readMails(ctx.dataDir)
    const approved = await setStatus(application.id, 'approved')
    expect(approved.createdMember).toBeTruthy()
    await sendQueuedMail(payload)
    const saved = await payload.findByID({
      collection: 'applications',
      id: application.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(saved.status).toBe('approved')

    const member = await payload.findByID({
      collection: 'members',
      id: saved.createdMember as number,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect(member).toMatchObject({
      _status: 'draft',
      name: 'Neue Firma GmbH',
      slug: 'neue-firma-gmbh-2',
      country: 'DE',
      website: 'https://neue-firma.example',
      employees: '10-49',
      sectors: [categoryId],
      contact: { name: 'Jana Schmidt', email: 'Jana@Neue-Firma.example' },
    })
    const publicView = await payload.find({
      collection: 'members',
      where: { id: { equals: member.id } },
      overrideAccess: false,
    })
    expect(publicView.totalDocs).toBe(0)

    const user = await payload.findByID({
      collection: 'users',
      id: saved.createdUser as number,
      depth: 0,
      overrideAccess: true,
    })
    expect(user).toMatchObject({
      email: 'jana@neue-firma.example',
      role: 'member',
      company: member.id,
    })

    const mails = newMails(ctx.dataDir, before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toBe('jana@neue-firma.example')
    expect(mails[0]!.subject).toBe('Willkommen bei HITS Cluster: Passwort festlegen')
    expect(mails[0]!.body).toContain('Neue Firma GmbH')
    const token = new RegExp(`${cmsUrl}/admin/reset/([0-9a-f]+)`).exec(mails[0]!.body)?.[1]
    expect(token).toBeTruthy()

    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'my-own-new-password' },
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'jana@neue-firma.example', password: 'my-own-new-password' },
    })
    expect(login.user?.id).toBe(user.id)
    const own = await payload.findByID({
      collection: 'members',
      id: member.id,
      draft: true,
      user: login.user!,
      overrideAccess: false,
    })
    expect(own.name).toBe('Neue Firma GmbH')
  })

  it('is final and idempotent: saving again creates nothing, going back is refused', async () => {
    const application = await apply()
    await setStatus(application.id, 'reviewing')
    const approved = await setStatus(application.id, 'approved')
    await sendQueuedMail(payload)
    const before = { ...(await counts()), mails: readMails(ctx.dataDir).length }
    // As a stale admin form would send it: the links made on approval must survive.
    await payload.update({
      collection: 'applications',
      id: application.id,
      data: {
        status: 'approved',
        notes: 'Welcome call done.',
        createdMember: null,
        createdUser: null,
      },
      user: editor,
      overrideAccess: false,
    })
    const saved = await payload.findByID({
      collection: 'applications',
      id: application.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(saved).toMatchObject({
      notes: 'Welcome call done.',
      createdMember: approved.createdMember,
      createdUser: approved.createdUser,
    })
    const back = await failure(setStatus(application.id, 'reviewing'))
    expect(back?.data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: expect.stringMatching(/already "Approved".*final/),
    })
    await sendQueuedMail(payload)
    expect({ ...(await counts()), mails: readMails(ctx.dataDir).length }).toEqual(before)
    expect(await statusOf(application.id)).toBe('approved')
  })

  it('when it fails, is undone once: the status goes back, nothing made is left', async () => {
    const application = await apply()
    await setStatus(application.id, 'reviewing')
    const before = await counts()
    const create = payload.create.bind(payload)
    const creating = vi
      .spyOn(payload, 'create')
      .mockImplementation(((args: { collection: string }) =>
        args.collection === 'users'
          ? Promise.reject(new Error('the users table is gone'))
          : create(args as never)) as never)
    const writes = vi.spyOn(payload.db, 'updateOne')
    let undos: unknown[] = []
    try {
      expect(await failure(setStatus(application.id, 'approved'))).not.toBeNull()
      undos = writes.mock.calls.filter(
        ([args]) => args.collection === 'applications' && args.data.status === 'reviewing',
      )
    } finally {
      creating.mockRestore()
      writes.mockRestore()
    }
    expect(undos).toHaveLength(1)
    expect(await statusOf(application.id)).toBe('reviewing')
    expect(await counts()).toEqual(before)
  })

  it('derives the country from the legal identifier', () => {
    expect(countryOfLegalId('131468980')).toBe('BG')
    expect(countryOfLegalId('ATU12345678')).toBe('AT')
    expect(countryOfLegalId('EL123456789')).toBe('GR')
    expect(countryOfLegalId('XI123456789')).toBe('GB')
  })

  it('is refused when the email already has a login, and nothing changes', async () => {
    const application = await apply({ email: 'Taken@Firm.example' })
    await setStatus(application.id, 'reviewing')
    const before = { ...(await counts()), mails: readMails(ctx.dataDir).length }
    const error = await failure(setStatus(application.id, 'approved'))
    expect(error?.status).toBe(400)
    expect(error?.data?.errors?.[0]).toMatchObject({
      path: 'email',
      message: expect.stringContaining('taken@firm.example already exists'),
    })
    await sendQueuedMail(payload)
    expect({ ...(await counts()), mails: readMails(ctx.dataDir).length }).toEqual(before)
    expect(await statusOf(application.id)).toBe('reviewing')
  })

  it('stands when the mail server is down; the welcome goes out once, with a working link, when it is back', async () => {
    const application = await apply({ email: 'late@firm.example' })
    await setStatus(application.id, 'reviewing')
    const before = readMails(ctx.dataDir)
    const mailDir = path.join(ctx.dataDir, 'mail')
    fs.renameSync(mailDir, `${mailDir}-aside`)
    fs.writeFileSync(mailDir, 'not a folder: every mail write fails')
    try {
      const approved = await setStatus(application.id, 'approved')
      expect(approved.createdUser).toBeTruthy()
      await sendQueuedMail(payload)
    } finally {
      fs.rmSync(mailDir)
      fs.renameSync(`${mailDir}-aside`, mailDir)
    }
    expect(await statusOf(application.id)).toBe('approved')
    const jobs = await payload.db.find({
      collection: 'payload-jobs',
      where: { queue: { equals: 'mail' } },
      pagination: false,
    })
    expect(jobs.docs).toHaveLength(1)
    // The retry is due after a pause; make it due now.
    await payload.db.updateJobs({
      id: jobs.docs[0]!.id as number,
      data: { waitUntil: new Date(0).toISOString() },
    })
    await sendQueuedMail(payload)
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before)
    expect(mails.map((m) => m.to)).toEqual(['late@firm.example'])
    const token = new RegExp(`${cmsUrl}/admin/reset/([0-9a-f]+)`).exec(mails[0]!.body)?.[1]
    await payload.resetPassword({
      collection: 'users',
      data: { token: token!, password: 'my-own-new-password' },
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email: 'late@firm.example', password: 'my-own-new-password' },
    })
    expect(login.user?.email).toBe('late@firm.example')
  })
})

describe('rejecting an application', () => {
  it('sends a polite notice in the application language and creates nothing', async () => {
    const application = await apply({
      locale: 'bg',
      contactName: 'Иван Петров',
      companyName: 'Тест ООД',
    })
    await setStatus(application.id, 'reviewing')
    const before = { ...(await counts()), mails: readMails(ctx.dataDir) }
    await setStatus(application.id, 'rejected')
    expect(newMails(ctx.dataDir, before.mails)).toHaveLength(0)
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before.mails)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.to).toBe(application.email)
    expect(mails[0]!.subject).toBe('Вашето заявление за членство в HITS Cluster')
    expect(mails[0]!.body).toContain('Здравейте, Иван Петров')
    expect(mails[0]!.body).toContain('не можем да приемем')
    expect(await counts()).toEqual({ members: before.members, users: before.users })
    const again = await failure(setStatus(application.id, 'approved'))
    expect(again?.status).toBe(400)
  })
})

describe('one click from a received application', () => {
  it('approves it: status, draft member, a login named after the contact, the welcome in the outbox', async () => {
    const application = await apply({
      contactName: 'Olga Marinova',
      email: 'olga@oneclick.example',
    })
    const before = readMails(ctx.dataDir)
    const approved = await setStatus(application.id, 'approved')
    expect(approved.status).toBe('approved')
    await sendQueuedMail(payload)
    const saved = await payload.findByID({
      collection: 'applications',
      id: application.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(saved.status).toBe('approved')
    expect(saved.createdMember).toBeTruthy()
    const user = await payload.findByID({
      collection: 'users',
      id: saved.createdUser as number,
      depth: 0,
      overrideAccess: true,
    })
    // A readable title wherever the login is named, not its id.
    expect(user).toMatchObject({ name: 'Olga Marinova', email: 'olga@oneclick.example' })
    const mails = newMails(ctx.dataDir, before)
    expect(mails.map((m) => m.to)).toEqual(['olga@oneclick.example'])
    expect(mails[0]!.subject).toBe('Welcome to HITS Cluster: set your password')
  })

  it('rejects it: status, the notice in the outbox, nothing created', async () => {
    const application = await apply({ email: 'no@oneclick.example' })
    const before = { ...(await counts()), mails: readMails(ctx.dataDir) }
    expect((await setStatus(application.id, 'rejected')).status).toBe('rejected')
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before.mails)
    expect(mails.map((m) => m.to)).toEqual(['no@oneclick.example'])
    expect(mails[0]!.subject).toBe('Your membership application to HITS Cluster')
    expect(await counts()).toEqual({ members: before.members, users: before.users })
  })
})

describe('the review path', () => {
  it('refuses going back, naming the statuses as the admin shows them', async () => {
    const application = await apply()
    await setStatus(application.id, 'reviewing')
    const back = await failure(setStatus(application.id, 'received'))
    expect(back?.status).toBe(400)
    expect(back?.data?.errors?.[0]).toMatchObject({
      path: 'status',
      message:
        'An application that is "In review" can only move to "Approved" or "Rejected", not to "Received".',
    })
    expect(await statusOf(application.id)).toBe('reviewing')
    const decided = await failure(apply({ status: 'approved' }))
    expect(decided?.status).toBe(400)
    expect(decided?.data?.errors?.[0]?.message).toBe(
      'A new application starts as "Received"; decide on it once it is saved.',
    )
  })

  it("answers in the staff member's language over REST", async () => {
    const application = await apply()
    await setStatus(application.id, 'rejected')
    const server = await startRestServer(payload.config)
    try {
      const token = await editorToken(server.url)
      const response = await fetch(`${server.url}/api/applications/${application.id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          authorization: `JWT ${token}`,
          'accept-language': 'de',
        },
        body: JSON.stringify({ status: 'approved' }),
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('bereits \\"Abgelehnt\\"')
    } finally {
      await server.close()
    }
  })
})

describe('what the applicant sent', () => {
  it("stays as sent: staff change notes and status over REST, never the applicant's fields", async () => {
    const application = await apply({ companyName: 'As Sent Ltd', email: 'sent@firm.example' })
    const server = await startRestServer(payload.config)
    try {
      const token = await editorToken(server.url)
      const response = await fetch(`${server.url}/api/applications/${application.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          companyName: 'Changed Ltd',
          email: 'changed@firm.example',
          legalId: '175074752',
          motivation: 'Something the applicant never wrote, long enough.',
          consent: false,
          notes: 'Called them.',
          status: 'reviewing',
        }),
      })
      expect(response.status).toBe(200)
    } finally {
      await server.close()
    }
    const saved = await payload.findByID({
      collection: 'applications',
      id: application.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(saved).toMatchObject({
      companyName: 'As Sent Ltd',
      email: 'sent@firm.example',
      legalId: application.legalId,
      motivation: application.motivation,
      consent: true,
      notes: 'Called them.',
      status: 'reviewing',
    })
  })

  it('cannot be created by staff either: only the public form makes applications', async () => {
    const refused = await failure(
      payload.create({
        collection: 'applications',
        data: {
          companyName: 'Typed In Ltd',
          legalId: '131468980',
          contactName: 'Staff',
          email: 'typed@firm.example',
          motivation: 'Typed in by an editor, who has no create access.',
          consent: true,
        } as never,
        user: editor,
        overrideAccess: false,
      }),
    )
    expect(refused?.status).toBe(403)
  })
})

describe('password mails outside approval', () => {
  it('a forgot-password request gets a reset notice linking to CMS_URL/admin/reset', async () => {
    const before = readMails(ctx.dataDir)
    await payload.forgotPassword({ collection: 'users', data: { email: 'editor@hits.example' } })
    const [mail, ...rest] = newMails(ctx.dataDir, before)
    expect(rest).toHaveLength(0)
    expect(mail!.to).toBe('editor@hits.example')
    expect(mail!.subject).toBe('Reset your HITS Cluster password')
    expect(mail!.body).toMatch(new RegExp(`${cmsUrl}/admin/reset/[0-9a-f]{40}`))
    expect(mail!.body).toContain('within one hour')
  })
})
