import type { Payload } from 'payload'

import { type Actor, fixture, type World } from './world'

/** One way of talking to the CMS as a given actor: the Local API or REST over HTTP. */
export type Driver = {
  find(collection: string, actor: Actor): Promise<{ ok: boolean; docs: Record<string, unknown>[] }>
  create(
    collection: string,
    actor: Actor,
    data: Record<string, unknown>,
    file?: string,
  ): Promise<{ ok: boolean; doc?: Record<string, unknown> }>
  update(
    collection: string,
    actor: Actor,
    id: Id,
    data: Record<string, unknown>,
  ): Promise<{ ok: boolean; doc?: Record<string, unknown> }>
  remove(collection: string, actor: Actor, id: Id): Promise<{ ok: boolean }>
  readGlobal(slug: string, actor: Actor): Promise<{ ok: boolean; doc?: Record<string, unknown> }>
  updateGlobal(slug: string, actor: Actor, data: Record<string, unknown>): Promise<{ ok: boolean }>
  /** The version history of a collection: which documents' versions the actor sees. */
  findVersions(collection: string, actor: Actor): Promise<{ ok: boolean; parents: string[] }>
  readGlobalVersions(slug: string, actor: Actor): Promise<{ ok: boolean; count: number }>
}

// SQLite ids are numbers, MongoDB ids strings; payload-types describe the SQLite build.
type Id = number
type Doc = { id: Id }
const staff: Actor[] = ['editor', 'admin']
const sys = { overrideAccess: true, context: { seeding: true } as Record<string, unknown> }

type Spec = {
  /** Which fixture documents each actor sees; `null` means the read is refused outright. */
  read: (w: World) => Record<Actor, Doc[] | null>
  /** Every fixture document of this collection, to ignore documents made by other cases. */
  fixtures: (w: World) => Doc[]
  create: Actor[]
  createData: (
    w: World,
    n: number,
    actor: Actor,
  ) => { data: Record<string, unknown>; file?: string }
  update: Actor[]
  /** A document of company A (or the cluster's own) that the update and delete cases act on. */
  target: (payload: Payload, w: World, n: number) => Promise<Doc>
  updateData: Record<string, unknown>
  remove: Actor[]
  /** Collections with versions: whose version history each actor reads; `null`: refused. */
  versions?: (w: World) => Record<Actor, Doc[] | null>
}

const byStatus = (pub: Doc[], draft: Doc[]) => ({
  anonymous: pub,
  memberA: pub,
  memberB: pub,
  editor: [...pub, ...draft],
  admin: [...pub, ...draft],
})

/** Drafts and history of what only staff edit are theirs alone. */
const staffVersions = (docs: Doc[]) => ({
  anonymous: null,
  memberA: null,
  memberB: null,
  editor: docs,
  admin: docs,
})

const staffOnly = (docs: Doc[]) => ({
  anonymous: null,
  memberA: null,
  memberB: null,
  editor: docs,
  admin: docs,
})

const participantData = (w: World, n: number) =>
  ({
    event: w.matchmaking.fair.id,
    status: 'pending',
    name: `Person ${n}`,
    email: `person${n}@participant.example`,
    organisation: 'Someone Ltd',
    organisationKind: 'company',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    locale: 'en',
    consent: true,
  }) as never

const meetingData = (w: World) =>
  ({
    event: w.matchmaking.fair.id,
    requester: w.matchmaking.participants.b.id,
    recipient: w.matchmaking.participants.a.id,
    message: 'Staff arranged this',
  }) as never

const simple = (
  collection: 'events' | 'publications' | 'partners' | 'pages',
  data: (n: number) => Record<string, unknown>,
  updateData: Record<string, unknown>,
): Spec => ({
  read: (w) => byStatus([w[collection].published], [w[collection].draft]),
  fixtures: (w) => [w[collection].published, w[collection].draft],
  create: staff,
  createData: (_w, n) => ({ data: { ...data(n), _status: 'published' } }),
  update: staff,
  target: (payload, _w, n) =>
    payload.create({
      collection,
      data: { ...data(n + 1000), _status: 'published' } as never,
      ...sys,
    }),
  updateData,
  remove: staff,
  versions: (w) => staffVersions([w[collection].published, w[collection].draft]),
})

const owned = (
  collection: 'products' | 'cooperation',
  data: (w: World, n: number) => Record<string, unknown>,
): Spec => ({
  read: (w) => {
    const d = w[collection]
    return {
      anonymous: [d.aPublished, d.bPublished],
      memberA: [d.aPublished, d.aDraft, d.bPublished],
      memberB: [d.aPublished, d.bPublished, d.bDraft],
      editor: [d.aPublished, d.aDraft, d.bPublished, d.bDraft],
      admin: [d.aPublished, d.aDraft, d.bPublished, d.bDraft],
    }
  },
  fixtures: (w) => Object.values(w[collection]),
  create: ['memberA', 'memberB', ...staff],
  createData: (w, n) => ({ data: data(w, n) }),
  update: ['memberA', ...staff],
  target: (payload, w, n) =>
    payload.create({
      collection,
      data: { ...data(w, n + 1000), _status: 'published' } as never,
      ...sys,
    }),
  updateData:
    collection === 'products' ? { summary: 'Updated summary' } : { audience: 'Updated audience' },
  remove: staff,
  versions: (w) => {
    const d = w[collection]
    return {
      anonymous: null,
      memberA: [d.aPublished, d.aDraft],
      memberB: [d.bPublished, d.bDraft],
      editor: Object.values(d),
      admin: Object.values(d),
    }
  },
})

const upload = (
  collection: 'media' | 'documents' | 'api-descriptions',
  file: string,
  data: Record<string, unknown>,
): Spec => ({
  // No published document uses the fixture files: each company sees its own, visitors none.
  read: (w) => {
    const { a, b } = collection === 'api-descriptions' ? w.apiDescriptions : w[collection]
    return { anonymous: [], memberA: [a], memberB: [b], editor: [a, b], admin: [a, b] }
  },
  fixtures: (w) =>
    Object.values(collection === 'api-descriptions' ? w.apiDescriptions : w[collection]),
  create: ['memberA', 'memberB', ...staff],
  createData: () => ({ data, file }),
  update: ['memberA', ...staff],
  target: (payload, w) =>
    payload.create({
      collection,
      data: { ...data, owner: w.members.a.id } as never,
      filePath: fixture(file),
      ...sys,
    }),
  updateData: collection === 'media' ? { alt: 'A new description' } : { title: 'A new title' },
  remove: ['memberA', ...staff],
})

export const specs: Record<string, Spec> = {
  members: {
    read: (w) => {
      const { a, b, c } = w.members
      return {
        anonymous: [a, b],
        memberA: [a, b],
        memberB: [a, b],
        editor: [a, b, c],
        admin: [a, b, c],
      }
    },
    fixtures: (w) => Object.values(w.members),
    create: staff,
    createData: (_w, n) => ({
      data: { name: `New Member ${n}`, country: 'BG', _status: 'published' },
    }),
    update: ['memberA', ...staff],
    // Company A's own profile: the only member a member user may edit.
    target: async (_p, w) => w.members.a,
    updateData: { tagline: 'Updated tagline' },
    remove: staff,
    versions: (w) => {
      const { a, b, c } = w.members
      return { anonymous: null, memberA: [a], memberB: [b], editor: [a, b, c], admin: [a, b, c] }
    },
  },
  products: owned('products', (w, n) => ({
    name: `Product ${n}`,
    member: w.members.a.id,
    kind: 'service',
    summary: 'A summary',
  })),
  cooperation: owned('cooperation', (w, n) => ({
    title: `Post ${n}`,
    member: w.members.a.id,
    type: 'request',
    validUntil: '2031-01-01',
  })),
  categories: {
    read: (w) => byStatus([w.category], [w.draftCategory]),
    fixtures: (w) => [w.category, w.draftCategory],
    create: staff,
    createData: (_w, n) => ({ data: { name: `Category ${n}`, _status: 'published' } }),
    update: staff,
    target: (payload, _w, n) =>
      payload.create({
        collection: 'categories',
        data: { name: `Target ${n}`, _status: 'published' },
        ...sys,
      }),
    updateData: { description: 'Updated' },
    remove: staff,
    versions: (w) => staffVersions([w.category, w.draftCategory]),
  },
  events: simple(
    'events',
    (n) => ({
      title: `Event ${n}`,
      slug: `event-${n}`,
      kind: 'webinar',
      start: '2031-01-01T10:00:00Z',
      end: '2031-01-01T11:00:00Z',
      timeZone: 'Europe/Sofia',
    }),
    { summary: 'Updated' },
  ),
  publications: simple(
    'publications',
    (n) => ({ title: `Report ${n}`, slug: `report-${n}`, kind: 'report', date: '2026-02-01' }),
    { summary: 'Updated' },
  ),
  partners: simple(
    'partners',
    (n) => ({ name: `Partner ${n}`, slug: `partner-${n}`, country: 'AT' }),
    { city: 'Graz' },
  ),
  pages: simple('pages', (n) => ({ title: `Page ${n}`, slug: `page-${n}` }), { title: 'Updated' }),
  media: upload('media', 'image.png', { alt: 'A blue square' }),
  documents: upload('documents', 'doc.pdf', { title: 'A brochure' }),
  'api-descriptions': upload('api-descriptions', 'api/orders.openapi.yaml', {
    title: 'Orders API',
  }),
  // The interoperability vocabulary: staff keep it, everyone reads what is published.
  protocols: {
    read: (w) => byStatus([w.protocols.published], [w.protocols.draft]),
    fixtures: (w) => [w.protocols.published, w.protocols.draft],
    create: staff,
    createData: (_w, n) => ({
      data: { name: `Protocol ${n}`, slug: `protocol-${n}`, family: 'api', _status: 'published' },
    }),
    update: staff,
    target: (payload, _w, n) =>
      payload.create({
        collection: 'protocols',
        data: { name: `Target ${n}`, slug: `target-${n}`, family: 'api', _status: 'published' },
        ...sys,
      }),
    updateData: { description: 'Updated' },
    remove: staff,
    versions: (w) => staffVersions([w.protocols.published, w.protocols.draft]),
  },
  inquiries: {
    read: (w) => {
      const { a, b } = w.inquiries
      return { anonymous: null, memberA: [a], memberB: [b], editor: [a, b], admin: [a, b] }
    },
    fixtures: (w) => [w.inquiries.a, w.inquiries.b],
    // Only the public form creates them (its endpoint, tested in forms.*); staff neither.
    create: [],
    createData: (w) => ({
      data: {
        name: 'Caller',
        email: 'caller@x.example',
        message: 'Phoned in',
        member: w.members.a.id,
      },
    }),
    update: staff,
    target: (payload, w) =>
      payload.create({
        collection: 'inquiries',
        data: { name: 'T', email: 't@x.example', message: 'm', member: w.members.a.id } as never,
        ...sys,
      }),
    updateData: { status: 'answered' },
    remove: staff,
  },
  applications: {
    read: (w) => ({
      anonymous: null,
      memberA: null,
      memberB: null,
      editor: [w.application],
      admin: [w.application],
    }),
    fixtures: (w) => [w.application],
    // Only the public form creates them (its endpoint, tested in forms.*); staff neither.
    create: [],
    createData: () => ({
      data: {
        companyName: 'Epsilon',
        legalId: '175074752',
        contactName: 'E',
        email: 'e@eps.example',
        motivation: 'Join',
        consent: true,
      },
    }),
    update: staff,
    target: (payload) =>
      payload.create({
        collection: 'applications',
        data: {
          companyName: 'Z',
          legalId: '175074752',
          contactName: 'Z',
          email: 'z@z.example',
          motivation: 'm',
          consent: true,
        } as never,
        ...sys,
      }),
    updateData: { status: 'reviewing' },
    remove: staff,
  },
  // Payload's document locks: always in one's own name, on a document one may edit.
  'payload-locked-documents': {
    read: (w) => {
      const { memberA, editorOnA, editorOnB } = w.locks
      return {
        anonymous: null,
        memberA: [memberA, editorOnA],
        memberB: [editorOnB],
        editor: [memberA, editorOnA, editorOnB],
        admin: [memberA, editorOnA, editorOnB],
      }
    },
    fixtures: (w) => Object.values(w.locks),
    // Company A's profile, locked in the actor's own name: member B may not edit it.
    create: ['memberA', ...staff],
    createData: (w, _n, actor) => ({
      data: {
        document: { relationTo: 'members', value: w.members.a.id },
        user: { relationTo: 'users', value: actor === 'anonymous' ? null : w.users[actor].id },
      },
    }),
    update: ['memberA', ...staff],
    // Member A's own lock on its profile.
    target: (payload, w) =>
      payload.create({
        collection: 'payload-locked-documents',
        data: {
          document: { relationTo: 'members', value: w.members.a.id },
          user: { relationTo: 'users', value: w.users.memberA.id },
        },
        ...sys,
      }),
    updateData: {},
    remove: ['memberA', ...staff],
  },
  // Matchmaking is staff's through the generic API: a participant acts only through the
  // endpoints under /api/matchmaking/ (never as req.user), and no CMS user but staff sees one.
  participants: {
    read: (w) => staffOnly(Object.values(w.matchmaking.participants)),
    fixtures: (w) => Object.values(w.matchmaking.participants),
    create: staff,
    createData: (w, n) => ({ data: participantData(w, n) }),
    update: staff,
    target: (payload, w, n) =>
      payload.create({ collection: 'participants', data: participantData(w, n + 1000), ...sys }),
    updateData: { role: 'CTO', status: 'validated' },
    remove: staff,
  },
  meetings: {
    read: (w) => staffOnly([w.matchmaking.meetings.ab]),
    fixtures: (w) => [w.matchmaking.meetings.ab],
    create: staff,
    createData: (w) => ({ data: meetingData(w) }),
    update: staff,
    target: (payload, w) =>
      payload.create({ collection: 'meetings', data: meetingData(w), ...sys }),
    updateData: { status: 'declined' },
    remove: staff,
  },
  users: {
    read: (w) => {
      const u = w.users
      return {
        anonymous: null,
        memberA: [u.memberA],
        memberB: [u.memberB],
        editor: [u.editor],
        admin: Object.values(u),
      }
    },
    fixtures: (w) => Object.values(w.users),
    create: ['admin'],
    createData: (w, n) => ({
      data: {
        email: `new${n}@test.example`,
        password: 'another-long-password',
        role: 'member',
        company: w.members.b.id,
      },
    }),
    // Member A's own account: its owner and admins may edit it.
    update: ['memberA', 'admin'],
    target: async (_p, w) => w.users.memberA,
    updateData: { name: 'Alpha Person' },
    remove: ['admin'],
  },
}

/** Targets for delete cases must be fresh: one per actor, so one deletion does not hide another. */
export async function deleteTarget(
  payload: Payload,
  collection: string,
  w: World,
  n: number,
): Promise<Doc> {
  if (collection === 'members') {
    return payload.create({
      collection: 'members',
      data: { name: `Doomed ${n}`, country: 'BG', _status: 'published' },
      ...sys,
    })
  }
  if (collection === 'users') {
    return payload.create({
      collection: 'users',
      data: {
        email: `doomed${n}@test.example`,
        password: 'doomed-password-1',
        role: 'editor',
      } as never,
      ...sys,
    })
  }
  return specs[collection].target(payload, w, n + 5000)
}

export const ids = (docs: { id: unknown }[]) => docs.map((d) => String(d.id)).sort()
