/**
 * Child process of tests/helpers/siteBuild.ts: seeds the real data set into the database that
 * DATA_DIR / DATABASE_URI point at, adds what must never be published (an inquiry, an
 * application, an unpublished revision of a published product), then writes what the public may
 * see, read through the Local API as an anonymous visitor, to the file named on the command line.
 * Its own process, so that Payload is closed for good before the site build opens the database.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'

import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'
import { localeCodes } from '@shared/locales'
import { seed } from '../../cms/seed/index'
import { seedContext } from '../../cms/seed/context'
import type { SiteFacts, SiteDoc } from './siteFacts'
import { listedCollections } from './siteFacts'

const token = crypto.randomBytes(4).toString('hex')
const admin = { overrideAccess: true, context: seedContext } as const

/** Writes that staff and the public forms make, which the site must never show. */
async function addPrivateContent(payload: Payload): Promise<SiteFacts['secrets']> {
  const { docs } = await payload.find({ collection: 'products', limit: 1, depth: 0, ...admin })
  const product = docs[0]
  const member = typeof product.member === 'object' ? product.member.id : product.member
  const inquiry = {
    name: `Quentin Privatebuyer ${token}`,
    email: `quentin.${token}@buyer.example`,
    message: `Inquiry message ${token}: please send a confidential price list`,
    staffNotes: `Staff note ${token}: forwarded to sales by phone`,
  }
  await payload.create({
    collection: 'inquiries',
    data: { ...inquiry, member, product: product.id, status: 'new' },
    ...admin,
  })
  const application = {
    companyName: `Applicant Company ${token} Ltd`,
    legalId: `BG${token}42`,
    contactName: `Petra Applicant ${token}`,
    email: `petra.${token}@applicant.example`,
    motivation: `Application motivation ${token}: we want to join the cluster`,
    notes: `Review note ${token}: check references`,
  }
  await payload.create({
    collection: 'applications',
    data: { ...application, consent: true, status: 'received' },
    ...admin,
  })
  // An edit saved as a draft on a published product: the site keeps the published text.
  const draftSummary = `Unpublished revision ${token} of this summary`
  await payload.update({
    collection: 'products',
    id: product.id,
    locale: 'en',
    draft: true,
    data: { summary: draftSummary },
    ...admin,
  })
  return [
    ...Object.entries(inquiry).map(([field, text]) => ({ what: `inquiry ${field}`, text })),
    ...Object.entries(application).map(([field, text]) => ({ what: `application ${field}`, text })),
    { what: `draft revision of product ${product.slug}`, text: draftSummary },
  ]
}

/**
 * A published product written only in English, as a member might leave it before translating:
 * the other locales show the English text with a notice (Payload's locale fallback).
 */
async function addUntranslated(payload: Payload): Promise<SiteFacts['untranslated']> {
  const { docs } = await payload.find({ collection: 'members', limit: 1, depth: 0, ...admin })
  const summary = 'Industrial IoT gateway that collects machine data over OPC UA and MQTT.'
  const product = await payload.create({
    collection: 'products',
    locale: 'en',
    data: {
      name: 'Rila IoT Gateway',
      slug: 'rila-iot-gateway',
      member: docs[0].id,
      kind: 'product',
      summary,
      _status: 'published',
    },
    ...admin,
  })
  return { collection: 'products', slug: String(product.slug), text: summary }
}

/**
 * A product whose summary is a brand tagline, written identically in every locale: it is
 * translated, so no locale may show it as English standing in.
 */
async function addSameEverywhere(payload: Payload): Promise<SiteFacts['sameEverywhere']> {
  const { docs } = await payload.find({ collection: 'members', limit: 1, depth: 0, ...admin })
  const summary = 'Pirin Edge: made in Bansko.'
  const product = await payload.create({
    collection: 'products',
    locale: 'en',
    data: {
      name: 'Pirin Edge',
      slug: 'pirin-edge',
      member: docs[0].id,
      kind: 'product',
      summary,
      _status: 'published',
    },
    ...admin,
  })
  for (const locale of localeCodes.filter((l) => l !== 'en')) {
    await payload.update({
      collection: 'products',
      id: product.id,
      locale,
      data: { summary, _status: 'published' },
      ...admin,
    })
  }
  return { collection: 'products', slug: String(product.slug), text: summary }
}

const titleOf = (doc: Record<string, unknown>) => String(doc.title ?? doc.name ?? doc.slug)

/** What an anonymous visitor may read: every document of every listed collection, per locale. */
async function publicDocs(payload: Payload): Promise<SiteFacts['docs']> {
  const out = {} as SiteFacts['docs']
  for (const collection of listedCollections) {
    out[collection] = {}
    for (const locale of localeCodes) {
      const { docs } = await payload.find({
        collection,
        locale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      out[collection][locale] = docs.map((d) => {
        const doc = d as unknown as Record<string, unknown>
        const entry: SiteDoc = { slug: String(doc.slug), title: titleOf(doc) }
        for (const key of [
          'status',
          'start',
          'end',
          'date',
          'summary',
          'country',
          'validUntil',
          'format',
        ]) {
          if (doc[key] != null) entry[key as keyof SiteDoc] = String(doc[key])
        }
        return entry
      })
    }
  }
  return out
}

async function drafts(payload: Payload): Promise<SiteFacts['drafts']> {
  const out: SiteFacts['drafts'] = []
  for (const collection of listedCollections) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'draft' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const d of docs) {
      const doc = d as unknown as Record<string, unknown>
      out.push({ collection, slug: String(doc.slug), title: titleOf(doc) })
    }
  }
  return out
}

async function staffOnly(payload: Payload): Promise<SiteFacts['secrets']> {
  const members = await payload.find({
    collection: 'members',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const users = await payload.find({
    collection: 'users',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return [
    ...members.docs
      .filter((m) => m.internalNotes)
      .map((m) => ({ what: `internalNotes of ${m.slug}`, text: String(m.internalNotes) })),
    ...users.docs.map((u) => ({ what: `email of user ${u.role}`, text: u.email })),
  ]
}

async function participantTexts(payload: Payload): Promise<SiteFacts['participantTexts']> {
  const people = await payload.find({
    collection: 'participants',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const meetings = await payload.find({
    collection: 'meetings',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return [
    ...people.docs.flatMap((p) => [
      { what: `name of participant ${p.id}`, text: p.name },
      { what: `email of participant ${p.id}`, text: p.email },
      ...(p.profile ? [{ what: `profile of participant ${p.id}`, text: p.profile }] : []),
      ...[...(p.offers ?? []), ...(p.requests ?? [])].map((n) => ({
        what: `offer or request of participant ${p.id}`,
        text: n.title,
      })),
    ]),
    ...meetings.docs
      .filter((m) => m.message)
      .map((m) => ({ what: `message of meeting ${m.id}`, text: String(m.message) })),
  ]
}

const [factsFile] = process.argv.slice(2)
try {
  const payload = await getPayload({ config })
  await seed(payload, { log: () => {} })
  const secrets = await addPrivateContent(payload)
  const untranslated = await addUntranslated(payload)
  const sameEverywhere = await addSameEverywhere(payload)
  const facts: SiteFacts = {
    locales: [...localeCodes],
    builtAt: new Date().toISOString(),
    docs: await publicDocs(payload),
    drafts: await drafts(payload),
    untranslated,
    sameEverywhere,
    secrets: [...secrets, ...(await staffOnly(payload))],
    participantTexts: await participantTexts(payload),
  }
  fs.writeFileSync(factsFile, JSON.stringify(facts, null, 2))
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`site seed failed: ${(error as Error).stack}`)
  process.exit(1)
}
