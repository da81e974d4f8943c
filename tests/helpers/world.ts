import path from 'node:path'

import type { Payload } from 'payload'

export const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', name)

export type Actor = 'anonymous' | 'memberA' | 'memberB' | 'editor' | 'admin'
export const actors: Actor[] = ['anonymous', 'memberA', 'memberB', 'editor', 'admin']
export const password = 'correct-horse-battery-staple'

// SQLite ids are numbers, MongoDB ids strings; payload-types describe the SQLite build.
type Id = number
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }

/**
 * A small cluster for access tests: companies A and B (published) and C (draft), each with a
 * published and a draft product and cooperation post; one document of every other kind;
 * one user per role.
 */
export async function createWorld(payload: Payload) {
  const pub = { _status: 'published' as const }
  const category = await payload.create({
    collection: 'categories',
    data: { name: 'Cloud', ...pub },
    ...sys,
  })
  const draftCategory = await payload.create({
    collection: 'categories',
    data: { name: 'Secret', _status: 'draft' },
    draft: true,
    ...sys,
  })
  const member = (name: string, status: 'published' | 'draft') =>
    payload.create({
      collection: 'members',
      data: { name, country: 'BG', internalNotes: `fee overdue for ${name}`, _status: status },
      draft: status === 'draft',
      ...sys,
    })
  const [a, b, c] = [
    await member('Alpha Soft', 'published'),
    await member('Beta Data', 'published'),
    await member('Gamma Hidden', 'draft'),
  ]
  const product = (name: string, owner: Id, status: 'published' | 'draft') =>
    payload.create({
      collection: 'products',
      data: { name, member: owner, kind: 'product', summary: `${name} summary`, _status: status },
      draft: status === 'draft',
      ...sys,
    })
  const products = {
    aPublished: await product('Alpha Cloud', a.id, 'published'),
    aDraft: await product('Alpha Next', a.id, 'draft'),
    bPublished: await product('Beta Lake', b.id, 'published'),
    bDraft: await product('Beta Secret', b.id, 'draft'),
  }
  const post = (title: string, owner: Id, status: 'published' | 'draft') =>
    payload.create({
      collection: 'cooperation',
      data: { title, member: owner, type: 'offer', validUntil: '2030-01-01', _status: status },
      draft: status === 'draft',
      ...sys,
    })
  const cooperation = {
    aPublished: await post('Alpha offers', a.id, 'published'),
    aDraft: await post('Alpha plans', a.id, 'draft'),
    bPublished: await post('Beta offers', b.id, 'published'),
    bDraft: await post('Beta plans', b.id, 'draft'),
  }
  const users = {
    admin: await user(payload, 'admin@test.example', 'admin'),
    editor: await user(payload, 'editor@test.example', 'editor'),
    memberA: await user(payload, 'member@alpha.example', 'member', a.id),
    memberB: await user(payload, 'member@beta.example', 'member', b.id),
  }
  const mediaA = await upload(payload, 'media', 'image.png', { alt: 'Alpha logo', owner: a.id })
  const mediaB = await upload(payload, 'media', 'image.png', { alt: 'Beta logo', owner: b.id })
  const docA = await upload(payload, 'documents', 'doc.pdf', {
    title: 'Alpha brochure',
    owner: a.id,
  })
  const docB = await upload(payload, 'documents', 'doc.pdf', {
    title: 'Beta brochure',
    owner: b.id,
  })
  // The interoperability vocabulary (step 8): one published protocol, one staff draft.
  const protocols = {
    published: await payload.create({
      collection: 'protocols',
      data: { name: 'PEPPOL BIS', slug: 'peppol-bis', family: 'business-documents', ...pub },
      ...sys,
    }),
    draft: await payload.create({
      collection: 'protocols',
      data: { name: 'Secret Bus', slug: 'secret-bus', family: 'messaging', _status: 'draft' },
      draft: true,
      ...sys,
    }),
  }
  const apiA = await upload(payload, 'api-descriptions', 'api/orders.openapi.yaml', {
    title: 'Alpha orders',
    owner: a.id,
  })
  const apiB = await upload(payload, 'api-descriptions', 'api/catalog.openapi.json', {
    title: 'Beta catalogue',
    owner: b.id,
  })
  const inquiryA = await payload.create({
    collection: 'inquiries',
    data: {
      name: 'Buyer',
      email: 'buyer@shop.example',
      message: 'Price?',
      member: a.id,
      staffNotes: 'VIP',
    } as never,
    ...sys,
  })
  const inquiryB = await payload.create({
    collection: 'inquiries',
    data: { name: 'Buyer', email: 'buyer@shop.example', message: 'Demo?', member: b.id } as never,
    ...sys,
  })
  const application = await payload.create({
    collection: 'applications',
    data: {
      companyName: 'Delta',
      legalId: '131468980',
      contactName: 'D. Petrova',
      email: 'd@delta.example',
      motivation: 'Growth',
      consent: true,
    } as never,
    ...sys,
  })
  const simple = async (
    collection: 'events' | 'publications' | 'partners' | 'pages',
    data: Record<string, unknown>,
  ) => ({
    published: await payload.create({ collection, data: { ...data, ...pub } as never, ...sys }),
    draft: await payload.create({
      collection,
      data: { ...data, slug: `${String(data.slug)}-draft`, _status: 'draft' } as never,
      draft: true,
      ...sys,
    }),
  })
  const events = await simple('events', {
    title: 'Summit',
    slug: 'summit',
    kind: 'conference',
    start: '2030-05-01T09:00:00Z',
    end: '2030-05-01T17:00:00Z',
    timeZone: 'Europe/Sofia',
  })
  const publications = await simple('publications', {
    title: 'Strategy',
    slug: 'strategy',
    kind: 'strategy',
    date: '2026-01-01',
  })
  const partners = await simple('partners', { name: 'Elbe', slug: 'elbe', country: 'DE' })
  const pages = await simple('pages', { title: 'About', slug: 'about' })
  // Document locks ("X is editing this"), on cooperation posts no other case edits (an update
  // clears a document's locks): member A on its own draft post, the editor on a post of A and
  // on one of B.
  const lock = (actor: 'memberA' | 'editor', value: Id) =>
    payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'cooperation', value },
        user: { relationTo: 'users', value: users[actor].id },
      },
      ...sys,
    })
  const locks = {
    memberA: await lock('memberA', cooperation.aDraft.id),
    editorOnA: await lock('editor', cooperation.aPublished.id),
    editorOnB: await lock('editor', cooperation.bDraft.id),
  }
  const matchmaking = await createMatchmaking(payload)
  return {
    members: { a, b, c },
    category,
    draftCategory,
    products,
    cooperation,
    users,
    media: { a: mediaA, b: mediaB },
    documents: { a: docA, b: docB },
    protocols,
    apiDescriptions: { a: apiA, b: apiB },
    inquiries: { a: inquiryA, b: inquiryB },
    application,
    events,
    publications,
    partners,
    pages,
    locks,
    matchmaking,
  }
}

/**
 * Two events with matchmaking (participants of the one never see the other's): on `fair`,
 * participants A and B (validated), a pending one, and a meeting A asked B for; on `otherFair`,
 * one validated participant.
 */
async function createMatchmaking(payload: Payload) {
  const fairEvent = (slug: string) =>
    payload.create({
      collection: 'events',
      data: {
        title: `Matchmaking ${slug}`,
        slug,
        kind: 'b2b-matchmaking',
        start: '2030-06-01T08:00:00Z',
        end: '2030-06-01T16:00:00Z',
        timeZone: 'Europe/Sofia',
        matchmaking: {
          enabled: true,
          registrationOpens: '2020-01-01T00:00:00Z',
          registrationCloses: '2030-05-30T00:00:00Z',
          bookingOpens: '2020-01-01T00:00:00Z',
          bookingCloses: '2030-05-31T00:00:00Z',
          scheduling: 'self',
          requireValidation: true,
        },
        matchmakingSessions: [
          {
            name: 'Morning',
            start: '2030-06-01T08:00:00Z',
            end: '2030-06-01T11:00:00Z',
            meetingMinutes: 20,
            breakMinutes: 5,
            tables: 4,
          },
        ],
        _status: 'published',
      } as never,
      ...sys,
    })
  const fair = await fairEvent('fair')
  const otherFair = await fairEvent('other-fair')
  const person = (event: Id, name: string, status: string, country = 'DE') =>
    payload.create({
      collection: 'participants',
      data: {
        event,
        status,
        name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}@participant.example`,
        organisation: `${name} GmbH`,
        organisationKind: 'company',
        country,
        timeZone: 'Europe/Berlin',
        locale: 'de',
        consent: true,
        profile: `${name} profile text`,
        offers: [{ title: `${name} offers widgets` }],
        requests: [{ title: `${name} seeks gadgets` }],
        staffNotes: `${name} staff note`,
        calendarKey: `calendar-key-of-${name.toLowerCase().replace(/\W+/g, '-')}`,
      } as never,
      ...sys,
    })
  const participants = {
    a: await person(fair.id, 'Anna Alpha', 'validated'),
    b: await person(fair.id, 'Bert Beta', 'validated', 'AT'),
    pending: await person(fair.id, 'Paul Pending', 'pending'),
    other: await person(otherFair.id, 'Olga Other', 'validated', 'RO'),
  }
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      event: fair.id,
      requester: participants.a.id,
      recipient: participants.b.id,
      message: 'Anna would like to meet Bert',
      staffNotes: 'meeting staff note',
    } as never,
    ...sys,
  })
  return { fair, otherFair, participants, meetings: { ab: meeting } }
}

export type World = Awaited<ReturnType<typeof createWorld>>

async function user(payload: Payload, email: string, role: string, company?: Id) {
  return payload.create({
    collection: 'users',
    data: { email, password, role, company } as never,
    ...sys,
  })
}

async function upload(
  payload: Payload,
  collection: 'media' | 'documents' | 'api-descriptions',
  file: string,
  data: Record<string, unknown>,
) {
  return payload.create({ collection, data: data as never, filePath: fixture(file), ...sys })
}
