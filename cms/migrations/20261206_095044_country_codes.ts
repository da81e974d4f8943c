import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { t } from '../i18n/messages'
import { defaultLocale } from '../shared/locales'

/**
 * Country codes the old check let in (it asked Intl.DisplayNames, which names withdrawn codes
 * through CLDR aliases) and that cms/shared/countries.ts now refuses: each one's current code.
 *
 * - Renamed, merged into one country, or part of one current country: one successor, no doubt.
 *   DD (East Germany) → DE, BU → MM, DY → BJ, HV → BF, NH → VU, RH → ZW, TP → TL, VD → VN,
 *   YD → YE, ZR → CD, FX (metropolitan France) → FR, UK → GB, EA/IC (Ceuta & Melilla, Canary
 *   Islands) → ES, CP (Clipperton) → FR, DG (Diego Garcia) → IO, AC/TA → SH, CQ (Sark) → GG.
 * - Split (`ambiguous`): YU, CS, SU, AN. Each goes to the country the old select showed for it
 *   (Intl named YU and CS "Serbia", SU "Russia", AN "Curaçao"), since that is the name the buyer
 *   picked; the stored code is kept in the inquiry's staff note.
 * - No successor (`null`): XA, XB (CLDR pseudo-regions) and XK (Kosovo: user-assigned, not
 *   ISO 3166-1). An inquiry's country is cleared with the code kept in its staff note; in the
 *   other collections, which have no staff note, the value stays and is logged for an editor.
 */
const successors: Record<string, string | null> = {
  DD: 'DE',
  BU: 'MM',
  DY: 'BJ',
  HV: 'BF',
  NH: 'VU',
  RH: 'ZW',
  TP: 'TL',
  VD: 'VN',
  YD: 'YE',
  ZR: 'CD',
  FX: 'FR',
  UK: 'GB',
  EA: 'ES',
  IC: 'ES',
  CP: 'FR',
  DG: 'IO',
  AC: 'SH',
  TA: 'SH',
  CQ: 'GG',
  YU: 'RS',
  CS: 'RS',
  SU: 'RU',
  AN: 'CW',
  XA: null,
  XB: null,
  XK: null,
}
const ambiguous = new Set(['YU', 'CS', 'SU', 'AN'])
const withdrawn = Object.keys(successors)

type Doc = Record<string, unknown> & { id: number | string }

/** Where each collection keeps a country: a dotted path, and whether it holds a list. */
const targets: { collection: CollectionSlug; path: string; many?: true; drafts?: true }[] = [
  { collection: 'inquiries', path: 'country' },
  { collection: 'members', path: 'country', drafts: true },
  { collection: 'members', path: 'exportMarkets', many: true, drafts: true },
  { collection: 'partners', path: 'country', drafts: true },
  { collection: 'events', path: 'venue.country', drafts: true },
]

/**
 * Replaces withdrawn codes by their successors through the adapter's own calls (find,
 * updateOne, findVersions, updateVersion), so it needs no SQL and skips hooks: no rebuild, no
 * mail, no new version. Only documents that still hold a withdrawn code are read, so a second
 * run finds nothing and changes nothing.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const target of targets) {
    const where: Where = { [target.path]: { in: withdrawn } }
    // Only the field it fixes, and no row read back: whole rows would also ask for the columns and
    // tables that later migrations add, which a database at this step does not have yet.
    const field = target.path.split('.')[0]!
    // An inquiry's staff note is kept and added to (see fix()).
    const select: Record<string, true> =
      target.collection === 'inquiries' ? { [field]: true, staffNotes: true } : { [field]: true }
    const { docs } = await payload.db.find<Doc>({
      collection: target.collection,
      where,
      pagination: false,
      select,
      req,
    })
    for (const doc of docs) {
      const data = fix(target, doc, payload.logger)
      if (data)
        await payload.db.updateOne({
          collection: target.collection,
          id: doc.id,
          data,
          returning: false,
          req,
        })
    }
    if (!target.drafts) continue
    const versions = await payload.db.findVersions<Doc>({
      collection: target.collection,
      where: { [`version.${target.path}`]: { in: withdrawn } },
      pagination: false,
      select: { version: { [field]: true } },
      req,
    })
    for (const { id, version } of versions.docs) {
      const data = fix(target, version as Doc, payload.logger)
      if (data)
        await payload.db.updateVersion({
          collection: target.collection,
          id: String(id),
          versionData: { ...(version as Doc), ...data } as never,
          returning: false,
          req,
        })
    }
  }
}

/** The changed fields of one document, or undefined when nothing needs to change. */
function fix(
  target: (typeof targets)[number],
  doc: Doc,
  logger: { warn: (msg: string) => void },
): Record<string, unknown> | undefined {
  const [group, field] = target.path.includes('.') ? target.path.split('.') : [undefined, target.path]
  const holder = (group ? doc[group] : doc) as Record<string, unknown> | undefined
  const value = holder?.[field!]
  const wrap = (v: unknown) => (group ? { [group]: { ...holder, [field!]: v } } : { [field!]: v })
  if (target.many) {
    const codes = (value as string[] | null) ?? []
    const next = [...new Set(codes.map((c) => (c in successors ? successors[c] : c)))]
    return wrap(next.filter((c): c is string => c !== null))
  }
  if (typeof value !== 'string' || !(value in successors)) return undefined
  const successor = successors[value]
  if (target.collection === 'inquiries') {
    if (successor && !ambiguous.has(value)) return { country: successor }
    const note = t(defaultLocale, 'note.countryCode', {
      code: value,
      successor: successor ?? '',
      hasSuccessor: successor ? 'yes' : 'no',
    })
    const notes = typeof doc.staffNotes === 'string' && doc.staffNotes ? `${doc.staffNotes}\n\n` : ''
    return { country: successor, staffNotes: `${notes}${note}` }
  }
  if (!successor) {
    logger.warn(
      `country_codes: ${target.collection} ${doc.id} keeps ${target.path} "${value}", a code with no ISO 3166-1 successor; an editor must choose its country.`,
    )
    return undefined
  }
  return wrap(successor)
}

/** Nothing to undo: withdrawn codes are not put back (the ambiguous ones are in staff notes). */
export async function down(_args: MigrateDownArgs): Promise<void> {}

export const countryCodeSuccessors = successors
