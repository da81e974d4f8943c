import { describe, expect, it } from 'vitest'

import {
  suggestMatches,
  type CategoryInfo,
  type ScoredNeed,
  type ScoredParticipant,
} from '@cms/matchmaking/score'
import { matchesSearch, termOfWord, tokensOf } from '@cms/matchmaking/terms'

// A two-level taxonomy: Software (ERP, CRM), Manufacturing (Robotics).
const categories = new Map<string, CategoryInfo>([
  ['software', { name: 'Software', parent: null }],
  ['erp', { name: 'ERP', parent: 'software' }],
  ['crm', { name: 'CRM', parent: 'software' }],
  ['manufacturing', { name: 'Manufacturing', parent: null }],
  ['robotics', { name: 'Robotics', parent: 'manufacturing' }],
])

const need = (title: string, description = '', cats: string[] = []): ScoredNeed => ({
  title,
  description,
  categories: cats,
})

const person = (
  id: string,
  offers: ScoredNeed[] = [],
  requests: ScoredNeed[] = [],
): ScoredParticipant<string> => ({ id, name: id, offers, requests })

// Participants who only make the event's vocabulary: many write "cloud", few "kubernetes".
const crowd = Array.from({ length: 12 }, (_, i) =>
  person(`crowd-${i}`, [need(`Cloud hosting ${i}`, 'Managed cloud services for small firms')]),
)

describe('suggested matches', () => {
  it('ranks the clear match first, with the reason in the contract shape', () => {
    const me = person(
      'me',
      [],
      [need('ERP integration partner', 'Connect our shop to ERP', ['erp'])],
    )
    const sap = person('sap', [need('SAP connector', 'Integration of web shops with SAP', ['erp'])])
    const crm = person('crm', [need('CRM consulting', 'Sales processes', ['crm'])])
    const robots = person('robots', [need('Welding robots', 'Cells for car plants', ['robotics'])])
    const [first, second, ...rest] = suggestMatches(me, [robots, crm, sap, ...crowd], categories)
    expect(first?.id).toBe('sap')
    expect(first?.reasons[0]).toEqual({
      mine: { kind: 'request', title: 'ERP integration partner' },
      theirs: { kind: 'offer', title: 'SAP connector' },
      categories: ['ERP'],
      terms: expect.arrayContaining(['integration', 'shop']),
    })
    // CRM shares only the sector "Software": a match, but a weaker one, and it says why.
    expect(second?.id).toBe('crm')
    expect(second?.reasons[0]?.categories).toEqual(['Software'])
    expect(second!.score).toBeLessThan(first!.score)
    expect([first, second, ...rest].map((m) => m?.id)).not.toContain('robots')
  })

  it('pairs my offer with their request as well as my request with their offer', () => {
    const me = person('me', [need('Robot cell programming', '', ['robotics'])])
    const buyer = person('buyer', [], [need('Programming of a welding robot', '', ['robotics'])])
    const seller = person('seller', [need('Robot cells', '', ['robotics'])])
    const matches = suggestMatches(me, [buyer, seller], categories)
    expect(matches.map((m) => m.id)).toEqual(['buyer'])
    expect(matches[0]?.reasons[0]?.mine.kind).toBe('offer')
    expect(matches[0]?.reasons[0]?.theirs.kind).toBe('request')
  })

  it('gives unrelated participants no score and leaves them out', () => {
    const me = person('me', [], [need('Bakery ovens', 'Industrial ovens for bread', [])])
    const other = person('other', [need('Tax advice', 'Accounting for start-ups', ['crm'])])
    expect(suggestMatches(me, [other], categories)).toEqual([])
  })

  it('weighs a rare shared term above a common one', () => {
    const me = person('me', [], [need('Cloud platform with Kubernetes', '')])
    const common = person('common', [need('Cloud for everyone', '')])
    const rare = person('rare', [need('Kubernetes operators', '')])
    const matches = suggestMatches(me, [common, rare, ...crowd], categories)
    expect(matches[0]?.id).toBe('rare')
    expect(matches[0]?.reasons[0]?.terms).toEqual(['Kubernetes'])
    const commonMatch = matches.find((m) => m.id === 'common')
    expect(commonMatch?.reasons[0]?.terms).toEqual(['Cloud'])
    expect(commonMatch!.score).toBeLessThan(matches[0]!.score)
  })

  it('counts many near-identical offers of theirs once per need of mine', () => {
    const me = person('me', [], [need('Kubernetes support', '')])
    const one = person('one', [need('Kubernetes support', '')])
    const spam = person(
      'spam',
      [1, 2, 3, 4, 5].map(() => need('Kubernetes support', '')),
    )
    const [a, b] = suggestMatches(me, [one, spam], categories)
    expect(a?.score).toBe(b?.score)
  })

  it('matches Bulgarian and German needs across their inflected forms', () => {
    const me = person('me', [], [need('Облачни услуги за болници', '')])
    const bg = person('bg', [need('Облак за болницата', 'Услугата е сертифицирана')])
    const de = person('de', [], [need('Rechenzentrum gesucht', '')])
    const deOffer = person('de-offer', [need('Betrieb von Rechenzentren', '')])
    const bgMatch = suggestMatches(me, [bg], categories)[0]
    expect(bgMatch?.reasons[0]?.terms.sort()).toEqual(['Облачни', 'болници', 'услуги'].sort())
    const deMatch = suggestMatches(de, [deOffer], categories)[0]
    expect(deMatch?.reasons[0]?.terms).toEqual(['Rechenzentrum'])
  })

  it('lets categories carry a match between languages that share no word', () => {
    const me = person('me', [], [need('Партньор за ERP внедряване', '', ['erp'])])
    const de = person('de', [need('Anbindung an Warenwirtschaft', '', ['erp'])])
    const [match] = suggestMatches(me, [de], categories)
    expect(match?.reasons[0]).toMatchObject({ categories: ['ERP'], terms: [] })
  })

  it('leaves out those excluded (already met), the rest ranked as before', () => {
    const me = person('me', [], [need('Kubernetes support', '')])
    const met = person('met', [need('Kubernetes support', '')])
    const next = person('next', [need('Kubernetes training', '')])
    const all = suggestMatches(me, [met, next], categories)
    const rest = suggestMatches(me, [met, next], categories, { exclude: new Set(['met']) })
    expect(all.map((m) => m.id)).toEqual(['met', 'next'])
    expect(rest).toEqual([all[1]])
  })

  it('returns at most ten, best first', () => {
    const me = person('me', [], [need('Cloud hosting', '')])
    const matches = suggestMatches(me, crowd, categories)
    expect(matches).toHaveLength(10)
    const scores = matches.map((m) => m.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })
})

describe('matchmaking terms', () => {
  it('drops stop words and numbers and stems the rest', () => {
    expect(tokensOf('We are looking for the 2 best partners in 2027').map((t) => t.word)).toEqual([
      'looking',
      'best',
      'partners',
    ])
    expect(termOfWord('Integrationen')).toBe(termOfWord('integration'))
    expect(termOfWord('Systeme')).toBe(termOfWord('systems'))
    expect(termOfWord('облачните')).toBe(termOfWord('облак'))
    expect(termOfWord('за')).toBeNull()
  })

  it('finds a text by the beginnings and inflections of every word searched', () => {
    const text = 'Betrieb von Rechenzentren — облачни услуги, ERP integration'
    expect(matchesSearch('integ', text)).toBe(true)
    expect(matchesSearch('Rechenzentrum', text)).toBe(true)
    expect(matchesSearch('облак услуга', text)).toBe(true)
    expect(matchesSearch('ОБЛАЧНИ', text)).toBe(true)
    expect(matchesSearch('erp robots', text)).toBe(false)
    expect(matchesSearch('  ', text)).toBe(true)
  })
})
