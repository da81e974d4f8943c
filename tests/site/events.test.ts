import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import bg from '../../site/i18n/ui/bg.json'
import de from '../../site/i18n/ui/de.json'
import en from '../../site/i18n/ui/en.json'
import { routeOf, urlFor } from '../../site/lib/urls'
import { loadSite } from '../helpers/siteDist'
import { tagsNamed, textOf } from '../helpers/siteHtml'

/**
 * What a partner cluster reads on the events pages: a past event says it has passed and sends
 * nobody to a closed registration; a postponed one is not listed under its old date and offers
 * no calendar entry; kinds, countries and months are links, without JavaScript.
 */
const site = loadSite()
const { facts } = site
const ui = { en, bg, de } as const
const builtAt = Date.parse(facts.builtAt)

type OpenEvent = { slug: string; registrationUrl: string | null; onlineUrl: string | null }
const openEvents = (locale: string) =>
  new Map(
    (JSON.parse(site.read(`data/${locale}/events.json`)) as { items: OpenEvent[] }).items.map(
      (e) => [e.slug, e],
    ),
  )

/** The inner HTML of the <section> a heading with this id labels. */
function sectionHtml(html: string, id: string): string {
  const section = DomUtils.findOne(
    (e) => e.name === 'section' && e.attribs['aria-labelledby'] === id,
    parseDocument(html),
  )
  return section ? DomUtils.getInnerHTML(section) : ''
}

describe.each(localeCodes)('events in %s', (locale) => {
  const events = facts.docs.events[locale]
  const pageOf = (slug: string) => site.read(site.fileFor(urlFor(locale, { kind: 'event', slug }))!)
  const listFile = site.fileFor(urlFor(locale, { kind: 'events' }))!
  const list = site.read(listFile)

  it('a past event says it has passed and offers neither registration nor online link', () => {
    const past = events.filter((e) => e.status === 'scheduled' && Date.parse(e.end!) < builtAt)
    expect(past.length).toBeGreaterThan(0)
    const data = openEvents(locale)
    const notice = ui[locale]['event.passedNotice'].split('{date}')[0]!
    for (const event of past) {
      const html = pageOf(event.slug)
      expect(textOf(html), event.slug).toContain(notice.trim())
      const hrefs = tagsNamed(
        site.page(site.fileFor(urlFor(locale, routeOf('events', event)))!),
        'a',
      ).map((a) => a.attrs.href)
      const { registrationUrl, onlineUrl } = data.get(event.slug)!
      expect(registrationUrl).toBeTruthy()
      expect(hrefs, event.slug).not.toContain(registrationUrl)
      if (onlineUrl) expect(hrefs, event.slug).not.toContain(onlineUrl)
      expect(html).toContain('badge-past')
    }
  })

  it('an upcoming event keeps its registration link', () => {
    const data = openEvents(locale)
    const upcoming = events.filter(
      (e) =>
        e.status === 'scheduled' &&
        Date.parse(e.end!) >= builtAt &&
        data.get(e.slug)?.registrationUrl,
    )
    expect(upcoming.length).toBeGreaterThan(0)
    for (const event of upcoming) {
      const hrefs = tagsNamed(
        site.page(site.fileFor(urlFor(locale, routeOf('events', event)))!),
        'a',
      ).map((a) => a.attrs.href)
      expect(hrefs, event.slug).toContain(data.get(event.slug)!.registrationUrl)
    }
  })

  it('a postponed event is listed under "new date to follow", not under its old date', () => {
    const postponed = events.filter((e) => e.status === 'postponed')
    expect(postponed.length).toBeGreaterThan(0)
    const upcoming = sectionHtml(list, 'upcoming')
    const group = sectionHtml(list, 'postponed')
    expect(textOf(group)).toContain(ui[locale]['events.postponed'])
    for (const event of postponed) {
      const href = urlFor(locale, routeOf('events', event))
      expect(group, event.slug).toContain(`href="${href}"`)
      expect(upcoming, event.slug).not.toContain(`href="${href}"`)
      expect(sectionHtml(list, 'past'), event.slug).not.toContain(`href="${href}"`)
      // Its page shows no date that holds: "new date to follow", the old one only as history.
      const html = pageOf(event.slug)
      expect(textOf(html)).toContain(ui[locale]['events.newDate'])
      expect(html).not.toMatch(new RegExp(`<time[^>]*datetime="${event.start}"`))
    }
  })

  it('links every kind and every country of the events, and anchors each upcoming month', () => {
    const page = site.page(listFile)
    const hrefs = tagsNamed(page, 'a').map((a) => a.attrs.href ?? '')
    const selections = hrefs.filter((h) => /^\/\w+\/events\/(kind|country)\/[\w-]+\/$/.test(h))
    expect(selections.filter((h) => h.includes('/kind/'))).toHaveLength(6)
    expect(selections.filter((h) => h.includes('/country/')).length).toBeGreaterThan(2)
    for (const href of selections) expect(site.fileFor(href), href).toBeDefined()
    const ids = new Set(page.tags.map((t) => t.attrs.id).filter(Boolean))
    const months = hrefs.filter((h) => h.startsWith('#upcoming-'))
    expect(months.length).toBeGreaterThan(0)
    for (const anchor of months) expect(ids.has(anchor.slice(1)), anchor).toBe(true)
  })

  it('the developers page lists the calendar and RSS feed of every selection', () => {
    const events = site.page(listFile)
    const selections = tagsNamed(events, 'a')
      .map((a) => a.attrs.href ?? '')
      .filter((h) => /^\/\w+\/events\/(kind|country)\/[\w-]+\/$/.test(h))
    const developers = site.page(site.fileFor(urlFor(locale, { kind: 'developers' }))!)
    const hrefs = tagsNamed(developers, 'a').map((a) => a.attrs.href)
    for (const page of new Set(selections))
      for (const extension of ['ics', 'xml']) {
        const feed = page.replace(/\/$/, `.${extension}`)
        expect(hrefs, feed).toContain(feed)
        expect(site.fileFor(feed), feed).toBeDefined()
      }
  })

  it('a selection page lists only its events and marks itself as the current one', () => {
    const file = site.fileFor(`/${locale}/events/kind/webinar/`)!
    const page = site.page(file)
    const current = tagsNamed(page, 'a').filter((a) => a.attrs['aria-current'] === 'page')
    expect(current.map((a) => a.attrs.href)).toContain(`/${locale}/events/kind/webinar/`)
    const listed = tagsNamed(page, 'a')
      .map((a) => a.attrs.href ?? '')
      .filter((h) => /\/events\/[\w-]+\/$/.test(h) && !/\/events\/(kind|country)\//.test(h))
    expect(listed.length).toBeGreaterThan(0)
    for (const href of new Set(listed)) expect(href, file).toMatch(/webinar/)
  })
})

describe.each(localeCodes)('the inquiry form in %s', (locale) => {
  it('links the privacy notice on every page that has the form', () => {
    const privacy = urlFor(locale, { kind: 'page', slug: 'privacy' })
    expect(site.fileFor(privacy)).toBeDefined()
    const product = facts.docs.products[locale][0]!
    const member = facts.docs.members[locale][0]!
    for (const urlPath of [
      urlFor(locale, routeOf('products', product)),
      urlFor(locale, routeOf('members', member)),
    ]) {
      const html = site.read(site.fileFor(urlPath)!)
      const note = /<p class="form-privacy[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''
      expect(note, urlPath).toContain(`href="${privacy}"`)
      expect(textOf(note)).toContain(ui[locale]['form.privacy'])
    }
  })
})
