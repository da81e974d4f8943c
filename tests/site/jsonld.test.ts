import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import { urlPathOf } from '../helpers/siteHtml'

const site = loadSite()
const { facts } = site

type Node = Record<string, unknown> & { '@type'?: string | string[] }

/** The top-level JSON-LD nodes of a page: each block, array member and @graph entry. */
function nodesOf(file: string): Node[] {
  const nodes: Node[] = []
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add)
    else if (value && typeof value === 'object') {
      const node = value as Node
      if (Array.isArray(node['@graph'])) node['@graph'].forEach(add)
      if (node['@type']) nodes.push(node)
    }
  }
  for (const script of site.page(file).scripts) {
    if (script.attrs.type === 'application/ld+json') add(JSON.parse(script.body))
  }
  return nodes
}

const typesOf = (node: Node) => [node['@type']].flat().map(String)
const has = (node: Node, key: string) =>
  node[key] !== undefined && node[key] !== null && node[key] !== ''
const schemaUrl = (value: unknown) => String(value).replace(/^https?:\/\/schema\.org\//, '')

/** The properties each type must carry for search engines and partner sites to use it. */
const required: [(type: string) => boolean, string[][]][] = [
  [(t) => t === 'Organization', [['name'], ['url']]],
  [(t) => t === 'Product', [['name'], ['description'], ['brand', 'manufacturer']]],
  [(t) => t === 'Service', [['name'], ['description'], ['provider']]],
  [
    (t) => t.endsWith('Event'),
    [['name'], ['startDate'], ['eventStatus'], ['eventAttendanceMode'], ['location']],
  ],
  [(t) => t === 'Report' || t.endsWith('Article'), [['headline'], ['datePublished']]],
]

describe('JSON-LD', () => {
  it('every block on every page parses and has the required properties of its type', () => {
    const problems: string[] = []
    for (const file of site.htmlFiles) {
      let nodes: Node[]
      try {
        nodes = nodesOf(file)
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`)
        continue
      }
      for (const node of nodes) {
        for (const type of typesOf(node)) {
          for (const [matches, props] of required) {
            if (!matches(type)) continue
            for (const alternatives of props) {
              if (!alternatives.some((p) => has(node, p)))
                problems.push(`${file}: ${type} without ${alternatives.join('/')}`)
            }
          }
        }
      }
    }
    expect(problems.slice(0, 30)).toEqual([])
  })

  it.each(localeCodes)('each page type carries its own kind of node (%s)', (locale) => {
    const find = (url: string, test: (types: string[]) => boolean) => {
      const file = site.fileFor(url)
      expect(file, url).toBeDefined()
      return nodesOf(file!).filter((n) => test(typesOf(n)))
    }
    expect(
      find(urlFor(locale, { kind: 'home' }), (t) => t.includes('Organization')).length,
    ).toBeGreaterThan(0)
    for (const m of facts.docs.members[locale]) {
      const orgs = find(urlFor(locale, routeOf('members', m)), (t) => t.includes('Organization'))
      expect(
        orgs.map((o) => o.name),
        m.slug,
      ).toContain(m.title)
    }
    for (const p of facts.docs.products[locale]) {
      const nodes = find(
        urlFor(locale, routeOf('products', p)),
        (t) => t.includes('Product') || t.includes('Service'),
      )
      expect(
        nodes.map((n) => n.name),
        p.slug,
      ).toContain(p.title)
    }
    for (const p of facts.docs.publications[locale]) {
      const nodes = find(
        urlFor(locale, routeOf('publications', p)),
        (t) => t.includes('Report') || t.some((x) => x.endsWith('Article')),
      )
      expect(
        nodes.map((n) => n.headline),
        p.slug,
      ).toContain(p.title)
    }
  })

  it.each(localeCodes)('events say whether they take place, where and how (%s)', (locale) => {
    const statusOf = {
      scheduled: 'EventScheduled',
      postponed: 'EventPostponed',
      cancelled: 'EventCancelled',
    }
    const modeOf = {
      'in-person': 'OfflineEventAttendanceMode',
      online: 'OnlineEventAttendanceMode',
      hybrid: 'MixedEventAttendanceMode',
    }
    for (const e of facts.docs.events[locale]) {
      const file = site.fileFor(urlFor(locale, routeOf('events', e)))!
      const event = nodesOf(file).find((n) => typesOf(n).some((t) => t.endsWith('Event')))
      expect(event, urlPathOf(file)).toBeDefined()
      expect(event!.name).toBe(e.title)
      expect(Date.parse(String(event!.startDate))).toBe(Date.parse(e.start!))
      expect(schemaUrl(event!.eventStatus)).toBe(statusOf[e.status as keyof typeof statusOf])
      expect(schemaUrl(event!.eventAttendanceMode)).toBe(modeOf[e.format as keyof typeof modeOf])
    }
  })
})
