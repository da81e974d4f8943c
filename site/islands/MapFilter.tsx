import './search.css'

import { useEffect, useId, useMemo, useState } from 'react'

import type { Locale } from '@shared/locales'
import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  type MapFilterState,
  mapFilterSearch,
  mapFilterStateOf,
  mapKinds,
  visibleIds,
} from '../lib/mapFilter'
import type { MapItem } from '../lib/mapMarkers'
import { urlFor } from '../lib/urls'
import { keepStateInLanguageLinks } from './languageLinks'
import { applyMapFilter } from './mapFilterDom'

/** The catalogue messages the filter formats in the browser. */
export const mapFilterKeys = [
  'map.filter.title',
  'map.filter.sector',
  'map.filter.allSectors',
  'map.filter.kind',
  'map.filter.kind.all',
  'map.filter.kind.member',
  'map.filter.kind.partner',
  'map.filter.shown',
  'map.filter.sectorHint',
  'map.filter.none',
  'map.marker.group',
] as const
type MapFilterKey = (typeof mapFilterKeys)[number]

type Props = {
  locale: Locale
  labels: UiMessages<MapFilterKey>
  sectors: { value: string; label: string }[]
  items: Pick<MapItem, 'id' | 'kind' | 'sectors'>[]
}

/**
 * The cluster map's filter by sector and kind. The page is complete without it (every marker
 * and every list row is in the HTML), so it renders nothing until it runs: no control that
 * cannot work. It hides what does not match, markers and rows alike, in the page's own markup.
 */
export default function MapFilter({ locale, labels, sectors, items }: Props) {
  const id = useId()
  const [state, setState] = useState<MapFilterState | null>(null)

  // The URL is read after hydration, so that the server's HTML and the first render agree.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setState(mapFilterStateOf(location.search))
  }, [])

  const visible = useMemo(() => (state ? visibleIds(items, state) : null), [items, state])

  useEffect(() => {
    if (!state || !visible) return
    const number = new Intl.NumberFormat(locale)
    applyMapFilter(
      visible,
      (place, count) => format(locale, labels['map.marker.group'], { place, count }),
      (count) => number.format(count),
    )
    const search = mapFilterSearch(state)
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`)
    keepStateInLanguageLinks((l) => `${urlFor(l, { kind: 'map' })}${search}`)
  }, [locale, labels, state, visible])

  if (!state || !visible) return null
  const change = (next: Partial<MapFilterState>) => setState({ ...state, ...next })
  return (
    <form
      className="pf-toolbar map-filter"
      aria-label={labels['map.filter.title']}
      onSubmit={(event) => event.preventDefault()}
    >
      <div>
        <label htmlFor={`${id}-sector`}>{labels['map.filter.sector']}</label>
        <select
          id={`${id}-sector`}
          value={state.sector}
          onChange={(event) => change({ sector: event.target.value })}
        >
          <option value="">{labels['map.filter.allSectors']}</option>
          {sectors.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-kind`}>{labels['map.filter.kind']}</label>
        <select
          id={`${id}-kind`}
          value={state.kind}
          onChange={(event) => change({ kind: event.target.value as MapFilterState['kind'] })}
        >
          <option value="">{labels['map.filter.kind.all']}</option>
          {mapKinds.map((kind) => (
            <option key={kind} value={kind}>
              {labels[`map.filter.kind.${kind}`]}
            </option>
          ))}
        </select>
      </div>
      <p className="map-filter-status" role="status">
        {visible.size === 0
          ? labels['map.filter.none']
          : format(locale, labels['map.filter.shown'], {
              count: visible.size,
              total: items.length,
            })}
        {state.sector && state.kind !== 'member' && (
          <span className="meta"> {labels['map.filter.sectorHint']}</span>
        )}
      </p>
    </form>
  )
}
