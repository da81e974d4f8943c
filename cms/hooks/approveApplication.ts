import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isCountryCode } from '@shared/countries'
import { slugify } from '@shared/validators'
import { isBulgarianUic, normalizeLegalId } from '@shared/legalId'
import type { Application, Member, User } from '../payload-types'
import { collections } from '@shared/slugs'
import { reviewMessage } from './reviewMessages'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : ref)

/**
 * The company's country from its legal identifier: BG for a UIC/EIK, else the VAT prefix
 * (Greece writes EL, Northern Ireland XI). BG, the cluster's home, when nothing fits.
 */
export function countryOfLegalId(legalId: string): string {
  const id = normalizeLegalId(legalId)
  if (isBulgarianUic(id)) return 'BG'
  const prefix = id.slice(0, 2)
  const country = prefix === 'EL' ? 'GR' : prefix === 'XI' ? 'GB' : prefix
  return isCountryCode(country) ? country : 'BG'
}

/** The company name as a slug no other member has: name, name-2, name-3, … */
async function freeSlug(req: PayloadRequest, name: string): Promise<string> {
  const base = slugify(name) || 'member'
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: collections.members,
      where: { slug: { equals: slug } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return slug
  }
}

const createMember = async (req: PayloadRequest, application: Application) =>
  (await req.payload.create({
    collection: collections.members,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
    data: {
      _status: 'draft',
      name: application.companyName,
      slug: await freeSlug(req, application.companyName),
      website: application.website || undefined,
      employees: application.employees || undefined,
      sectors: (application.sectors ?? []).map(idOf) as number[],
      country: countryOfLegalId(application.legalId),
      contact: { name: application.contactName, email: application.email },
      memberSince: new Date().toISOString(),
      internalNotes: reviewMessage(req, 'memberNote', {
        id: application.id,
        legalId: application.legalId,
      }),
    },
  })) as Member

const createUser = async (req: PayloadRequest, application: Application, member: Member) =>
  (await req.payload.create({
    collection: collections.users,
    depth: 0,
    overrideAccess: true,
    req,
    data: {
      email: application.email.trim().toLowerCase(),
      name: application.contactName,
      role: 'member',
      company: member.id,
      // Nobody ever sees it: the member sets its own password through the welcome link.
      password: crypto.randomBytes(32).toString('base64url'),
    },
  })) as User

type Made = { member: Member; user: User }

/** Records what approval made on the application, and takes it off again. */
export type Linking = {
  link: (made: Made) => Promise<unknown>
  unlink: () => Promise<unknown>
}

/**
 * Approves an application: a draft member profile, a member user for it, and `link` (which
 * records both on the application). The welcome mail with the password link goes through the
 * mail queue once this has succeeded (cms/email/decisionMail.ts). Whatever fails,
 * the application is unlinked, what was already made is removed again (SQLite runs without
 * transactions) and the error is rethrown.
 */
export async function approveApplication(
  req: PayloadRequest,
  application: Application,
  { link, unlink }: Linking,
): Promise<Made> {
  const made: { collection: 'members' | 'users'; id: number }[] = []
  try {
    const member = await createMember(req, application)
    made.push({ collection: collections.members, id: member.id })
    const user = await createUser(req, application, member)
    made.push({ collection: collections.users, id: user.id })
    await link({ member, user })
    return { member, user }
  } catch (error) {
    // The application's references to the new documents would block their removal.
    await unlink().catch((err) => req.payload.logger.error({ err, msg: 'Could not unlink' }))
    for (const { collection, id } of made.reverse()) {
      await req.payload
        .delete({ collection, id, overrideAccess: true, req })
        .catch((err) =>
          req.payload.logger.error({ err, msg: `Could not remove ${collection} ${id}` }),
        )
    }
    throw error
  }
}
