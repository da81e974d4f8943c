/**
 * A score as the admin shows it, every word in the reader's language: the score, then what is
 * missing in groups (the company profile, each product), each item a link to its field and
 * the points it would add. Built on the server (components, the endpoint) so that the client
 * component that refreshes it after a save needs no catalogue.
 */
import { type MessageKey, type MessageValues, t } from '../i18n/messages'
import type { Locale } from '@shared/locales'
import { fieldHref } from './links'
import type { MemberScore, Missing, ProductScore } from './score'

export type ItemView = { label: string; href: string; points: string }
export type GroupView = {
  title: string
  href: string
  score?: number
  scoreLabel?: string
  items: ItemView[]
}
export type CompletenessView = {
  heading: string
  score: number
  scoreLabel: string
  intro: string
  summary: string
  /** The link after a shortened group, to the document's edit view where all is listed. */
  more: string
  groups: GroupView[]
}

type Say = (key: MessageKey, values?: MessageValues) => string

function itemLabel(say: Say, locale: Locale, item: Missing): string {
  const language = item.locale
    ? (new Intl.DisplayNames([locale], { type: 'language' }).of(item.locale) ?? item.locale)
    : ''
  return say(`completeness.item.${item.criterion}`, {
    language,
    n: item.n ?? 1,
    protocol: item.protocol ?? `#${item.n ?? 1}`,
  })
}

function items(say: Say, locale: Locale, admin: string, missing: Missing[], scale = 1) {
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return missing.map((m) => ({
    label: itemLabel(say, locale, m),
    href: fieldHref(admin, m),
    points: say('completeness.points', { points: points.format(Math.max(0.1, m.points * scale)) }),
  }))
}

/** The one item worth most of a score (its missing items come sorted by points). */
export function firstItem(score: MemberScore, locale: Locale, admin: string): ItemView | undefined {
  const say: Say = (key, values) => t(locale, key, values)
  return items(say, locale, admin, score.missing.slice(0, 1))[0]
}

const editHref = (admin: string, collection: string, id: number | string) =>
  `${admin}/collections/${collection}/${id}`

export function memberView(score: MemberScore, locale: Locale, admin: string): CompletenessView {
  const say: Say = (key, values) => t(locale, key, values)
  const count = score.products.length
  // A product's gap as the member's score counts it: its share of the products' 32 points.
  const scale = count ? 32 / (100 * count) : 1
  const noProduct = score.missing.filter((m) => m.criterion === 'products')
  return {
    heading: say('completeness.title'),
    score: score.score,
    scoreLabel: say('completeness.score', { score: score.score }),
    intro: say('completeness.intro'),
    summary: say('completeness.missing', { n: score.missing.length }),
    more: say('completeness.more'),
    groups: [
      {
        title: say('completeness.profile'),
        href: editHref(admin, 'members', score.id),
        items: items(say, locale, admin, [...noProduct, ...score.profile.missing]),
      },
      ...score.products.map((p) => ({
        title: p.name,
        href: editHref(admin, 'products', p.id),
        score: p.score,
        scoreLabel: say('completeness.score', { score: p.score }),
        items: items(say, locale, admin, p.missing, scale),
      })),
    ],
  }
}

export function productView(score: ProductScore, locale: Locale, admin: string): CompletenessView {
  const say: Say = (key, values) => t(locale, key, values)
  return {
    heading: say('completeness.productTitle'),
    score: score.score,
    scoreLabel: say('completeness.score', { score: score.score }),
    intro: say('completeness.productIntro'),
    summary: say('completeness.missing', { n: score.missing.length }),
    more: say('completeness.more'),
    groups: [
      {
        title: score.name,
        href: editHref(admin, 'products', score.id),
        items: items(say, locale, admin, score.missing),
      },
    ],
  }
}
