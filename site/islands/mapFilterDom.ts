import { shownCount } from '../lib/mapFilter'

/**
 * Applies the map filter to the server-rendered page (pages/[locale]/map.astro): hides the list
 * rows and markers of what is filtered out, a list section whose rows are all hidden, and sets
 * each group marker's visible count and accessible name to what it still shows.
 */
export function applyMapFilter(
  visible: ReadonlySet<string>,
  groupName: (place: string, count: number) => string,
  formatCount: (count: number) => string,
): void {
  for (const row of document.querySelectorAll<HTMLElement>('[data-map-item]'))
    row.hidden = !visible.has(row.dataset.mapItem ?? '')
  for (const section of document.querySelectorAll<HTMLElement>('[data-map-section]'))
    section.hidden = !section.querySelector('[data-map-item]:not([hidden])')
  for (const marker of document.querySelectorAll<SVGElement>('[data-map-marker]')) {
    const count = shownCount((marker.dataset.items ?? '').split(' '), visible)
    // SVG elements have no `hidden` property; the attribute is styled (map.css).
    marker.toggleAttribute('hidden', count === 0)
    if (marker.dataset.name !== undefined) continue
    const badge = marker.querySelector('[data-map-count]')
    if (badge) badge.textContent = formatCount(count)
    marker.setAttribute('aria-label', groupName(marker.dataset.place ?? '', count))
  }
}
