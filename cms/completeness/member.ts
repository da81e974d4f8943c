/** The criteria of a member's own profile (its products are scored by ./product.ts). */
import {
  altGaps,
  blank,
  type Checks,
  type Id,
  type Localized,
  type MediaRef,
  none,
  perLocale,
  type Ref,
  type Reference,
  referenceGaps,
  unless,
  whole,
} from './gaps'
import type { MemberCriterion } from './weights'

/** A member profile as read with `locale: 'all'` and its logo populated. */
export type MemberInput = {
  id: Id
  name?: string | null
  tagline?: Localized<string>
  description?: Localized<unknown>
  logo?: MediaRef
  contact?: { name?: string | null; email?: string | null; phone?: string | null } | null
  website?: string | null
  city?: string | null
  location?: { lat?: number | null; lng?: number | null } | null
  sectors?: Ref[] | null
  exportMarkets?: unknown[] | null
  languages?: unknown[] | null
  certifications?: unknown[] | null
  references?: Reference[] | null
  founded?: number | null
  employees?: string | null
}

export const memberChecks: Checks<MemberInput, Exclude<MemberCriterion, 'products'>> = {
  description: (m, ls) => perLocale('description')(m.description, m.id, ls),
  tagline: (m, ls) => perLocale('tagline')(m.tagline, m.id, ls),
  logo: (m) => unless(m.logo != null, () => whole('members', m.id, 'logo')),
  logoAlt: (m, ls) => (m.logo != null ? altGaps([m.logo], ls) : whole('members', m.id, 'logo')),
  contactName: (m) => unless(!blank(m.contact?.name), () => whole('members', m.id, 'contact.name')),
  contactEmail: (m) =>
    unless(!blank(m.contact?.email), () => whole('members', m.id, 'contact.email')),
  contactPhone: (m) =>
    unless(!blank(m.contact?.phone), () => whole('members', m.id, 'contact.phone')),
  website: (m) => unless(!blank(m.website), () => whole('members', m.id, 'website')),
  city: (m) => unless(!blank(m.city), () => whole('members', m.id, 'city')),
  location: (m) =>
    unless(typeof m.location?.lat === 'number' && typeof m.location?.lng === 'number', () =>
      whole('members', m.id, 'location.lat'),
    ),
  sectors: (m) => unless(!none(m.sectors), () => whole('members', m.id, 'sectors')),
  exportMarkets: (m) =>
    unless(!none(m.exportMarkets), () => whole('members', m.id, 'exportMarkets')),
  languages: (m) => unless(!none(m.languages), () => whole('members', m.id, 'languages')),
  certifications: (m) =>
    unless(!none(m.certifications), () => whole('members', m.id, 'certifications')),
  references: (m) => unless(!none(m.references), () => whole('members', m.id, 'references')),
  referenceTranslations: (m, ls) => referenceGaps('members', m.id, m.references, ls),
  founded: (m) => unless(m.founded != null, () => whole('members', m.id, 'founded')),
  employees: (m) => unless(!blank(m.employees), () => whole('members', m.id, 'employees')),
}
