import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../paths'
import { collections } from '@shared/slugs'
import { type IdMap, type SeedContext, seedContext } from './context'

export type DemoLogin = {
  role: 'admin' | 'editor' | 'member'
  email: string
  password: string
  company?: string
}

/** Git-ignored: the demo logins, so they can be found again after the first start. */
export const loginsFile = () => path.join(dataDir(), 'demo-logins.json')

const demoMemberCompany = 'orbitsoft'

const wanted = (): Omit<DemoLogin, 'password'>[] => [
  { role: 'admin', email: process.env.SEED_ADMIN_EMAIL || 'admin@hits-cluster.example' },
  { role: 'editor', email: process.env.SEED_EDITOR_EMAIL || 'editor@hits-cluster.example' },
  {
    role: 'member',
    email: process.env.SEED_MEMBER_EMAIL || `member@${demoMemberCompany}.example`,
    company: demoMemberCompany,
  },
]

const envPassword = (role: DemoLogin['role']) => process.env[`SEED_${role.toUpperCase()}_PASSWORD`]

/**
 * One user per role. Passwords come from SEED_<ROLE>_PASSWORD, else from data/demo-logins.json,
 * else are generated; they are set only when a user is created, so a re-run never resets a
 * password someone changed.
 */
export async function seedUsers(
  ctx: SeedContext,
  { members }: { members: IdMap },
): Promise<DemoLogin[]> {
  const saved = readLogins()
  const logins: DemoLogin[] = []
  const report = (ctx.report[collections.users] ??= { created: 0, updated: 0, unchanged: 0 })
  for (const user of wanted()) {
    const password =
      envPassword(user.role) ||
      saved.find((s) => s.email === user.email)?.password ||
      crypto.randomBytes(12).toString('base64url')
    const { totalDocs } = await ctx.payload.count({
      collection: collections.users,
      where: { email: { equals: user.email } },
      overrideAccess: true,
    })
    if (totalDocs === 0) {
      const company = user.company ? (members.get(user.company) as number) : undefined
      await ctx.payload.create({
        collection: collections.users,
        data: { email: user.email, password, role: user.role, name: `Demo ${user.role}`, company },
        overrideAccess: true,
        context: seedContext,
      })
      report.created += 1
    } else report.unchanged += 1
    logins.push({ ...user, password })
  }
  fs.mkdirSync(dataDir(), { recursive: true })
  fs.writeFileSync(loginsFile(), JSON.stringify(logins, null, 2) + '\n', { mode: 0o600 })
  return logins
}

export function readLogins(): DemoLogin[] {
  try {
    return JSON.parse(fs.readFileSync(loginsFile(), 'utf8')) as DemoLogin[]
  } catch {
    return []
  }
}
