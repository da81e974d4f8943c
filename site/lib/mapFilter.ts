/**
 * The cluster map's filter (islands/MapFilter.tsx): by sector and by kind, kept in the URL
 * (`?sector=fintech&kind=member`) so that a filtered map can be shared and survives a reload.
 */
import type { MapItem } from './mapMarkers'

export const mapKinds = ['member', 'partner'] as const
export type MapKind = (typeof mapKinds)[number]

/** Empty strings mean "any". */
export type MapFilterState = { sector: string; kind: MapKind | '' }

const isKind = (value: string | null): value is MapKind =>
  (mapKinds as readonly string[]).includes(value ?? '')

/** The state a URL's query string asks for; unknown values are "any". */
export function mapFilterStateOf(search: string): MapFilterState {
  const params = new URLSearchParams(search)
  const kind = params.get('kind')
  return { sector: params.get('sector') ?? '', kind: isKind(kind) ? kind : '' }
}

/** The query string of a state, '' when nothing is filtered. */
export function mapFilterSearch(state: MapFilterState): string {
  const params = new URLSearchParams()
  if (state.sector) params.set('sector', state.sector)
  if (state.kind) params.set('kind', state.kind)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/**
 * The ids of the items a state shows. Partners have no sector, so a sector shows members only.
 *
 * @example visibleIds(items, { sector: 'fintech', kind: '' }) // Set { 'member-thracia-fintech' }
 */
export function visibleIds(
  items: Pick<MapItem, 'id' | 'kind' | 'sectors'>[],
  state: MapFilterState,
): Set<string> {
  return new Set(
    items
      .filter((i) => !state.kind || i.kind === state.kind)
      .filter((i) => !state.sector || i.sectors.includes(state.sector))
      .map((i) => i.id),
  )
}

/** How many of a marker's items a state shows: its count while the filter is on. */
export const shownCount = (markerItems: string[], visible: ReadonlySet<string>) =>
  markerItems.filter((id) => visible.has(id)).length
