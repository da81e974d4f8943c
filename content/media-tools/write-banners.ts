// Event banners and the site's default share image.
import { eventAlt, shareAlt } from './alt-text.ts'
import { eventSvg, shareSvg } from './banner-art.ts'
import type { Content } from './data.ts'
import type { Output } from './output.ts'
import { imageBytes } from './raster.ts'

export async function writeEventBanners(content: Content, out: Output): Promise<void> {
  for (const event of content.events) {
    const file = event.image ?? `events-${event.slug}.png`
    // The banner is a scene of the event's kind without words: title, date and status
    // (Postponed, Cancelled) are the page's HTML, in the page's language.
    const svg = eventSvg({ slug: event.slug, kind: event.kind, city: event.venue?.city })
    out.write(
      'media',
      file,
      await imageBytes(svg, file),
      'event banners',
      eventAlt(event.title, event.kind),
    )
  }
}

export async function writeShareImage(content: Content, out: Output): Promise<void> {
  const { settings } = content
  const clusterName = settings.clusterName ?? 'HITS Cluster'
  const file = settings.defaultShareImage ?? 'settings-share.png'
  const locations = content.members.flatMap((m) => (m.location ? [m.location] : []))
  const svg = shareSvg(locations)
  out.write('media', file, await imageBytes(svg, file), 'share image', shareAlt(clusterName))
}
