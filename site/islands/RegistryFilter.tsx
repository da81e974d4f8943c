import './search.css'

import { useEffect, useId, useMemo, useState } from 'react'

import type { Locale } from '@shared/locales'
import { format } from '../i18n/format'
import type { UiKey, UiMessages } from '../i18n/t'
import type { RegistryIndex } from '../lib/registry'
import {
  countsOf,
  emptyRegistryFilter,
  filterRegistry,
  isFiltered,
  type RegistryFilterState,
  registryFilterOf,
  registrySearchOf,
} from '../lib/registryFilter'
import { urlFor } from '../lib/urls'
import { keepStateInLanguageLinks } from './languageLinks'
import RegistryProtocol, { type RegistryProtocolKey } from './RegistryProtocol'

export const registryFilterKeys = [
  'registry.filter.keyword',
  'registry.filter.placeholder',
  'registry.filter.family',
  'registry.filter.allFamilies',
  'registry.filter.role',
  'registry.filter.anyRole',
  'registry.filter.member',
  'registry.filter.allMembers',
  'registry.filter.clear',
  'registry.filter.resultsTitle',
  'registry.filter.results',
  'registry.filter.none',
  'registry.productCount',
  'interface.role.provides',
  'interface.role.consumes',
] as const satisfies readonly UiKey[]
type RegistryFilterKey = (typeof registryFilterKeys)[number]

type Props = {
  locale: Locale
  labels: UiMessages<RegistryFilterKey | RegistryProtocolKey>
}

/** The server-rendered registry (every family and protocol), shown while nothing is filtered. */
const serverListId = 'registry-list'

/**
 * The registry's filter: words, family, role and member. It reads the registry the page is
 * rendered from (`/<locale>/integrations/registry.json`) and, while a filter is set, shows the
 * matching protocols with the same entries in place of the full list; with no filter the
 * static list stays, so its anchors (`#peppol-bis`, linked from every product page) work. The
 * filter lives in the URL, so a filtered view can be shared and follows a change of language.
 */
export default function RegistryFilter({ locale, labels }: Props) {
  const id = useId()
  const [index, setIndex] = useState<RegistryIndex | null>(null)
  const [state, setState] = useState<RegistryFilterState | null>(null)

  useEffect(() => {
    // Read after hydration, so that the server's HTML and the first render agree.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setState(registryFilterOf(location.search))
    fetch(`${urlFor(locale, { kind: 'integrations' })}registry.json`)
      .then((response) => response.json() as Promise<RegistryIndex>)
      .then(setIndex)
      // The static list stays: the visitor loses the filter, not the registry.
      .catch((error: unknown) => console.error('registry index failed', error))
  }, [locale])

  const filtered = state !== null && isFiltered(state)
  const families = useMemo(
    () => (index && state ? filterRegistry(index.registry, state) : []),
    [index, state],
  )

  useEffect(() => {
    if (!index) return
    document.getElementById(serverListId)?.toggleAttribute('hidden', filtered)
    if (state)
      keepStateInLanguageLinks(
        (other) => urlFor(other, { kind: 'integrations' }) + registrySearchOf(state),
      )
  }, [index, state, filtered])

  if (!index || !state) return null

  const change = (patch: Partial<RegistryFilterState>) => {
    const next = { ...state, ...patch }
    setState(next)
    history.replaceState(history.state, '', location.pathname + registrySearchOf(next))
  }
  const counts = countsOf(families)

  return (
    <div className="pf-catalogue registry-filter">
      <form role="search" className="pf-toolbar" onSubmit={(event) => event.preventDefault()}>
        <div className="pf-keyword">
          <label htmlFor={`${id}-q`}>{labels['registry.filter.keyword']}</label>
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            value={state.q}
            placeholder={labels['registry.filter.placeholder']}
            autoComplete="off"
            onChange={(event) => change({ q: event.target.value })}
          />
        </div>
        <div className="pf-sort">
          <label htmlFor={`${id}-family`}>{labels['registry.filter.family']}</label>
          <select
            id={`${id}-family`}
            value={state.family}
            onChange={(event) => change({ family: event.target.value })}
          >
            <option value="">{labels['registry.filter.allFamilies']}</option>
            {index.registry.families.map((f) => (
              <option key={f.family} value={f.family}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="pf-sort">
          <label htmlFor={`${id}-role`}>{labels['registry.filter.role']}</label>
          <select
            id={`${id}-role`}
            value={state.role}
            onChange={(event) =>
              change({ role: event.target.value as RegistryFilterState['role'] })
            }
          >
            <option value="">{labels['registry.filter.anyRole']}</option>
            <option value="provides">{labels['interface.role.provides']}</option>
            <option value="consumes">{labels['interface.role.consumes']}</option>
          </select>
        </div>
        <div className="pf-sort">
          <label htmlFor={`${id}-member`}>{labels['registry.filter.member']}</label>
          <select
            id={`${id}-member`}
            value={state.member}
            onChange={(event) => change({ member: event.target.value })}
          >
            <option value="">{labels['registry.filter.allMembers']}</option>
            {index.members.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {filtered && (
        <section aria-labelledby={`${id}-title`}>
          <div className="section-head">
            <h2 id={`${id}-title`}>{labels['registry.filter.resultsTitle']}</h2>
            <p role="status" aria-live="polite" className="meta pf-status">
              {counts.protocols === 0
                ? labels['registry.filter.none']
                : `${format(locale, labels['registry.filter.results'], { count: counts.protocols })} · ${format(locale, labels['registry.productCount'], { count: counts.products })}`}
            </p>
          </div>
          <p>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => change(emptyRegistryFilter)}
            >
              {labels['registry.filter.clear']}
            </button>
          </p>
          {families.map((f) => (
            <section
              key={f.family}
              aria-labelledby={`${id}-${f.family}`}
              className="registry-family"
            >
              <h3 id={`${id}-${f.family}`}>{f.label}</h3>
              <ul className="registry-list">
                {f.protocols.map((p) => (
                  <li key={p.slug}>
                    <RegistryProtocol
                      locale={locale}
                      protocol={p}
                      labels={labels}
                      level={4}
                      anchor={false}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </div>
  )
}
