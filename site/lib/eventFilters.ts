import type { Locale } from '@shared/locales'
import { eventKinds } from '@shared/options'
import type { Event } from '@cms/payload-types'
import { countryName } from './format'
import { label } from './labels'
import type { EventFilter } from './urls'

/**
 * The selections of events that get their own page, calendar and RSS feed: one per kind and one
 * per country where an event takes place. Pre-rendered, so they work without JavaScript and a
 * partner can subscribe to "webinars" or "events in Germany"; a kind × country page for every
 * pair would multiply pages for selections nobody asked for.
 */

type Filterable = Pick<Event, 'kind' | 'format' | 'venue'>

/** The country an event takes place in (ISO code); an online event has none. */
export const eventCountry = (event: Filterable): string | null =>
  event.format !== 'online' && event.venue?.country ? event.venue.country.toUpperCase() : null

export const matchesFilter = (event: Filterable, filter: EventFilter | undefined): boolean =>
  !filter ||
  (filter.by === 'kind' ? event.kind === filter.value : eventCountry(event) === filter.value)

/** A selection's name in the reader's language: the kind's label or the country's name. */
export const filterName = (locale: Locale, filter: EventFilter): string =>
  filter.by === 'kind'
    ? label(locale, 'event.kind', filter.value)
    : countryName(locale, filter.value)

export type FilterOption = { filter: EventFilter; name: string; count: number }

/**
 * Every selection, with how many events it holds: all kinds (a kind without events keeps its
 * feed, so a subscription made today still works tomorrow), and the countries that have events,
 * by name in the locale's collation.
 */
export function eventFilterOptions(
  events: Filterable[],
  locale: Locale,
): { kinds: FilterOption[]; countries: FilterOption[] } {
  const count = (filter: EventFilter) => events.filter((e) => matchesFilter(e, filter)).length
  const option = (filter: EventFilter) => ({
    filter,
    name: filterName(locale, filter),
    count: count(filter),
  })
  const codes = [...new Set(events.map(eventCountry).filter((c): c is string => c !== null))]
  const collator = new Intl.Collator(locale)
  return {
    kinds: eventKinds.map((value) => option({ by: 'kind', value })),
    countries: codes
      .map((value) => option({ by: 'country', value }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }
}

/** Every selection as URL parameters: /<locale>/events/<by>/<value>/ (value in lower case). */
export const filterParams = (events: Filterable[], locale: Locale) => {
  const { kinds, countries } = eventFilterOptions(events, locale)
  return [...kinds, ...countries].map(({ filter }) => ({
    params: { locale, by: filter.by, value: filter.value.toLowerCase() },
    props: { filter },
  }))
}
