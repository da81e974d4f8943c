// Event banners and the site's default share image.
import { eventAlt, shareAlt } from './alt-text.ts'
import { eventSvg, shareSvg } from './banner-art.ts'
import { LOCALES } from './data.ts'
import type { Content, Event, Localized } from './data.ts'
import { formatEventDate, humanize, portalLabel, portalText } from './i18n.ts'
import type { Output } from './output.ts'
import { imageBytes } from './raster.ts'

const countries = new Intl.DisplayNames(['en'], { type: 'region' })

/** "Venue, City, Country" / "Online" / "Venue, City and online". */
function placeLine(event: Event): string {
  const venue = event.venue ?? {}
  const country = venue.country && venue.country !== 'BG' ? countries.of(venue.country) : undefined
  const place = [venue.name, venue.city, country].filter(Boolean).join(', ')
  if (event.format === 'online' || !place) return portalText('en', 'event.online')
  return event.format === 'hybrid' ? `${place} and online` : place
}

function eventDates(event: Event): Localized {
  const zone = event.timeZone ?? 'Europe/Sofia'
  return Object.fromEntries(
    LOCALES.map((l) => [l, formatEventDate(event.start, event.end, zone, l)]),
  ) as Localized
}

export async function writeEventBanners(content: Content, out: Output): Promise<void> {
  const clusterName = content.settings.clusterName ?? 'HITS Cluster'
  for (const event of content.events) {
    const file = event.image ?? `events-${event.slug}.png`
    const dates = eventDates(event)
    const kind = portalLabel('en', 'event.kind', event.kind, humanize('event'))
    const status =
      event.status && event.status !== 'scheduled'
        ? portalLabel('en', 'event.status', event.status, '')
        : undefined
    const svg = eventSvg({
      slug: event.slug,
      title: event.title.en,
      kindLabel: kind,
      status,
      dateLine: dates.en,
      placeLine: placeLine(event),
      clusterName,
    })
    out.write(
      'media',
      file,
      await imageBytes(svg, file),
      'event banners',
      eventAlt(event.title, dates),
    )
  }
}

export async function writeShareImage(content: Content, out: Output): Promise<void> {
  const { settings } = content
  const clusterName = settings.clusterName ?? 'HITS Cluster'
  const file = settings.defaultShareImage ?? 'settings-share.png'
  const svg = shareSvg(clusterName, settings.tagline.en)
  out.write(
    'media',
    file,
    await imageBytes(svg, file),
    'share image',
    shareAlt(clusterName, settings.tagline),
  )
}
