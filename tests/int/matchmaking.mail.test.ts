import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderMatchmakingMail } from '../../cms/email/matchmakingMail'
import { notify } from '../../cms/matchmaking/notify'
import { newMails, readMails, sendQueuedMail } from '../helpers/mail'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
const site = new URL(process.env.SITE_URL || 'http://localhost:4321').origin
const sys = { overrideAccess: true, context: { seeding: true } } as const
const ids = {} as Record<'event' | 'hall' | 'online' | 'anna' | 'boris' | 'carol', number | string>
const meetings = {} as Record<'venue' | 'web' | 'asked', number>

beforeAll(async () => {
  ctx = await startPayload('matchmaking-mail')
  payload = ctx.payload
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'B2B Day',
      slug: 'b2b-day',
      kind: 'b2b-matchmaking',
      start: '2030-05-02T06:00:00Z',
      end: '2030-05-03T16:00:00Z',
      timeZone: 'Europe/Sofia',
      format: 'hybrid',
      status: 'scheduled',
      matchmaking: { enabled: true, scheduling: 'self', requireValidation: true },
      matchmakingSessions: [
        {
          name: 'Hall',
          start: '2030-05-02T06:00:00Z',
          end: '2030-05-02T10:00:00Z',
          meetingMinutes: 20,
          breakMinutes: 0,
          tables: 10,
        },
        {
          name: 'Online',
          start: '2030-05-03T12:00:00Z',
          end: '2030-05-03T16:00:00Z',
          meetingMinutes: 20,
          breakMinutes: 0,
          tables: 10,
          onlineUrl: 'https://meet.example/b2b-table-',
        },
      ],
      _status: 'published',
    } as never,
    ...sys,
  })
  ids.event = event.id
  ids.hall = event.matchmakingSessions![0]!.id!
  ids.online = event.matchmakingSessions![1]!.id!
  const person = async (name: string, organisation: string, locale: string, timeZone: string) =>
    (
      await payload.create({
        collection: 'participants',
        data: {
          event: event.id,
          status: 'validated',
          name,
          email: `${name.toLowerCase()}@example.com`,
          organisation,
          organisationKind: 'company',
          country: 'DE',
          timeZone,
          locale,
          consent: true,
        } as never,
        ...sys,
      })
    ).id
  ids.anna = await person('Anna', 'Robotik GmbH', 'de', 'Europe/Berlin')
  ids.boris = await person('Boris', 'Sofia Soft', 'bg', 'Europe/Sofia')
  ids.carol = await person('Carol', 'Boston Data', 'en', 'America/New_York')
  const meeting = async (data: Record<string, unknown>) =>
    (
      await payload.create({
        collection: 'meetings',
        data: { event: event.id, ...data } as never,
        ...sys,
      })
    ).id
  meetings.venue = await meeting({
    requester: ids.anna,
    recipient: ids.boris,
    status: 'accepted',
    session: ids.hall,
    start: '2030-05-02T07:00:00Z',
    end: '2030-05-02T07:20:00Z',
    table: 3,
  })
  meetings.web = await meeting({
    requester: ids.anna,
    recipient: ids.carol,
    status: 'accepted',
    session: ids.online,
    start: '2030-05-03T13:00:00Z',
    end: '2030-05-03T13:20:00Z',
    table: 2,
  })
  meetings.asked = await meeting({
    requester: ids.carol,
    recipient: ids.boris,
    status: 'requested',
    message: 'We look for an ERP partner in Bulgaria.',
  })
})

afterAll(async () => {
  await ctx?.stop()
})

describe('matchmaking mail through the outbox', () => {
  it('a request reaches the recipient in Bulgarian with the message and the agenda link', async () => {
    const before = readMails(ctx.dataDir)
    await notify(payload, { kind: 'requested', meeting: meetings.asked, to: ids.boris })
    await sendQueuedMail(payload)
    const [mail, ...more] = newMails(ctx.dataDir, before)
    expect(more).toHaveLength(0)
    expect(mail!.to).toContain('boris@example.com')
    expect(mail!.subject).toBe('Carol (Boston Data) иска среща с Вас')
    expect(mail!.body).toContain('We look for an ERP partner in Bulgaria.')
    expect(mail!.body).toContain(`${site}/bg/events/b2b-day/matchmaking/agenda/`)
    // Nobody's address but the recipient's own.
    expect(mail!.raw).not.toContain('carol@example.com')
    expect(mail!.headers['message-id']).toMatch(/matchmaking-meeting\d+-to\d+-requested@/)
    expect(mail!.raw).toMatch(/text\/html/)
  })

  it('an accepted meeting names the time in each side’s own zone and the table', async () => {
    const before = readMails(ctx.dataDir)
    await notify(payload, { kind: 'accepted', meeting: meetings.venue, to: ids.anna })
    await notify(payload, { kind: 'accepted', meeting: meetings.venue, to: ids.boris })
    await sendQueuedMail(payload)
    const mails = newMails(ctx.dataDir, before)
    const anna = mails.find((m) => m.to.includes('anna@'))!
    const boris = mails.find((m) => m.to.includes('boris@'))!
    expect(anna.subject).toMatch(/^Treffen mit Boris bestätigt: Donnerstag, 2\. Mai 2030, 09:00/)
    expect(anna.body).toContain('Sofia Soft')
    expect(anna.body).toContain('Wo: Tisch 3')
    expect(anna.body).toContain(`${site}/de/events/b2b-day/matchmaking/agenda/`)
    expect(boris.subject).toMatch(/^Срещата с Anna е потвърдена: .*10:00/)
    expect(boris.body).toContain('маса 3')
  })
})

describe('matchmaking mail texts', () => {
  const render = async (...args: Parameters<typeof renderMatchmakingMail>) => {
    const rendered = await renderMatchmakingMail(...args)
    if ('skipped' in rendered) throw new Error(rendered.skipped)
    return rendered.message as { to: string; subject: string; text: string; html: string }
  }

  it('an online meeting moved gives the room link, in New York time for Carol', async () => {
    const m = await render(payload, { kind: 'moved', meeting: meetings.web, to: ids.carol })
    expect(m.subject).toBe('Meeting with Anna moved: Friday, May 3, 2030, 9:00 – 9:20 AM EDT')
    expect(m.text).toContain('Where: online, https://meet.example/b2b-table-2')
    expect(m.html).toContain('<a href="https://meet.example/b2b-table-2">')
  })

  it('declined and cancelled name the other side', async () => {
    const declined = await render(payload, {
      kind: 'declined',
      meeting: meetings.asked,
      to: ids.carol,
    })
    expect(declined.subject).toBe('Boris declined your meeting request')
    const cancelled = await render(payload, {
      kind: 'cancelled',
      meeting: meetings.venue,
      to: ids.anna,
    })
    expect(cancelled.subject).toBe('Treffen mit Boris abgesagt')
    expect(cancelled.text).toContain('09:00')
  })

  it('the reminder lists the meetings of the next day in the recipient’s zone only', async () => {
    // Queued on 1 May: Anna's next day holds the venue meeting, not the online one on 3 May.
    const m = await render(
      payload,
      { kind: 'reminder', participant: ids.anna, event: ids.event },
      new Date('2030-05-01T16:00:00Z'),
    )
    expect(m.subject).toBe('Morgen bei B2B Day: 1 Treffen')
    expect(m.text).toContain('Boris (Sofia Soft), Tisch 3')
    expect(m.text).not.toContain('Carol')
    const none = await renderMatchmakingMail(
      payload,
      { kind: 'reminder', participant: ids.boris, event: ids.event },
      new Date('2030-06-01T00:00:00Z'),
    )
    expect(none).toHaveProperty('skipped')
  })

  it('confirm and sign-in links carry the secret in the page’s fragment, in every language', async () => {
    const token = 'A'.repeat(43)
    const subjects: string[] = []
    for (const [who, locale] of [
      [ids.anna, 'de'],
      [ids.boris, 'bg'],
      [ids.carol, 'en'],
    ] as const) {
      const confirm = await render(payload, { kind: 'confirm', participant: who, token })
      expect(confirm.text).toContain(
        `${site}/${locale}/events/b2b-day/matchmaking/#confirm=${token}`,
      )
      const signin = await render(payload, { kind: 'signin', participant: who, token })
      expect(signin.text).toContain(`${site}/${locale}/events/b2b-day/matchmaking/#signin=${token}`)
      subjects.push(confirm.subject, signin.subject)
    }
    expect(subjects).toEqual([
      'Bestätigen Sie Ihre Anmeldung für B2B Day',
      'Ihr Anmeldelink für B2B Day',
      'Потвърдете регистрацията си за B2B Day',
      'Вашата връзка за вход за B2B Day',
      'Confirm your registration for B2B Day',
      'Your sign-in link for B2B Day',
    ])
  })

  it('a rejected participant gets no more mail', async () => {
    await payload.update({
      collection: 'participants',
      id: ids.carol,
      data: { status: 'rejected' },
      overrideAccess: true,
    })
    const r = await renderMatchmakingMail(payload, {
      kind: 'accepted',
      meeting: meetings.web,
      to: ids.carol,
    })
    expect(r).toHaveProperty('skipped')
  })
})
