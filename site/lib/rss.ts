import type { RSSFeedItem } from '@astrojs/rss'

import type { Locale } from '@shared/locales'
import type { Publication } from '../../cms/payload-types'
import { t } from '../i18n/t'
import { eventLocation, eventPage, eventTitle, type FeedContext, type FeedEvent } from './feeds'
import { formatEventWhen } from './format'
import { label } from './labels'
import { absolute, urlFor } from './urls'

/** RSS 2.0 items and channel data for @astrojs/rss: event announcements and publications. */

export type FeedPublication = Pick<
  Publication,
  'title' | 'slug' | 'kind' | 'date' | 'authors' | 'summary' | 'updatedAt'
>

/** When and where, for a feed reader: the dates in the event's own zone, then the place. */
export function eventWhenWhere(event: FeedEvent, locale: Locale): string {
  // A postponed event's stored dates are the old ones: announcing them would mislead.
  const when =
    event.status === 'postponed'
      ? t(locale, 'events.newDate')
      : formatEventWhen(locale, event.start, event.end, event.timeZone || 'UTC')
  const where = event.format === 'online' ? t(locale, 'event.online') : eventLocation(event, locale)
  return [when, where].filter(Boolean).join(' · ')
}

/**
 * RSS items for events. pubDate is when the event was announced (createdAt), not when it
 * starts: RSS dates say when an item was published, and readers hide or misorder future dates.
 */
export function eventRssItems(events: FeedEvent[], ctx: FeedContext): RSSFeedItem[] {
  return [...events]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.start.localeCompare(a.start))
    .map((event) => ({
      title: eventTitle(event, ctx.locale),
      link: eventPage(event, ctx),
      pubDate: new Date(event.createdAt),
      description: [eventWhenWhere(event, ctx.locale), event.summary].filter(Boolean).join('\n\n'),
      categories: [
        label(ctx.locale, 'event.kind', event.kind),
        label(ctx.locale, 'event.format', event.format),
        // Only a change from the plan is worth a category; "scheduled" is every other event.
        ...(event.status === 'scheduled' ? [] : [label(ctx.locale, 'event.status', event.status)]),
      ],
    }))
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** RSS items for publications, newest first; authors as Dublin Core creators (no emails). */
export function publicationRssItems(
  publications: FeedPublication[],
  ctx: FeedContext,
): RSSFeedItem[] {
  return [...publications]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((publication) => ({
      title: publication.title,
      link: absolute(
        ctx.site,
        urlFor(ctx.locale, { kind: 'publication', slug: String(publication.slug) }),
      ),
      pubDate: new Date(publication.date),
      description: publication.summary ?? undefined,
      categories: [label(ctx.locale, 'publication.kind', publication.kind)],
      customData: (publication.authors ?? [])
        .map((author) => `<dc:creator>${escapeXml(author)}</dc:creator>`)
        .join(''),
    }))
}

/** Channel elements @astrojs/rss has no option for: language, self link, last change. */
export function rssChannelData(ctx: FeedContext, selfUrl: string, updatedAt: string[]): string {
  const latest = updatedAt.reduce((max, date) => (date > max ? date : max), '')
  return [
    `<language>${escapeXml(ctx.locale)}</language>`,
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    latest ? `<lastBuildDate>${new Date(latest).toUTCString()}</lastBuildDate>` : '',
  ].join('')
}

/** Namespaces the items and channel data above use. */
export const rssNamespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
}
