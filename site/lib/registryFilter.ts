/**
 * The registry page's filter (site/islands/RegistryFilter.tsx): its state in the URL
 * (`?q=peppol&family=business-documents&role=provides&member=orbitsoft`) and what it keeps of
 * the registry. Pure, so that the rules are tested without a browser.
 */
import type { InterfaceLine, Registry, RegistryFamily, Role } from './registry'

export type RegistryFilterState = {
  q: string
  family: string
  role: '' | Role
  member: string
}

export const emptyRegistryFilter: RegistryFilterState = { q: '', family: '', role: '', member: '' }

const keys = ['q', 'family', 'role', 'member'] as const

/** The filter state in a query string; unknown roles are ignored. */
export function registryFilterOf(search: string): RegistryFilterState {
  const params = new URLSearchParams(search)
  const get = (key: (typeof keys)[number]) => (params.get(key) ?? '').trim()
  const role = get('role')
  return {
    q: get('q'),
    family: get('family'),
    role: role === 'provides' || role === 'consumes' ? role : '',
    member: get('member'),
  }
}

/** The query string of a filter state ('' when nothing is filtered). */
export function registrySearchOf(state: RegistryFilterState): string {
  const params = new URLSearchParams()
  for (const key of keys) if (state[key].trim()) params.set(key, state[key].trim())
  const query = params.toString().replace(/\+/g, '%20')
  return query ? `?${query}` : ''
}

export const isFiltered = (state: RegistryFilterState) => registrySearchOf(state) !== ''

/** Lower case without accents: "Übersicht" and "ubersicht" match. */
const fold = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()

/**
 * The part of the registry a filter keeps. A protocol whose name or description matches the
 * words keeps all its lines; otherwise only the lines whose product or maker matches. With a
 * role or a member chosen, only their lines stay, and a protocol left without lines goes.
 */
export function filterRegistry(registry: Registry, state: RegistryFilterState): RegistryFamily[] {
  const words = fold(state.q).split(/\s+/).filter(Boolean)
  const hits = (...texts: (string | null | undefined)[]) => {
    const haystack = fold(texts.filter(Boolean).join(' '))
    return words.every((w) => haystack.includes(w))
  }
  const keepLine = (line: InterfaceLine) =>
    (!state.role || line.role === state.role) &&
    (!state.member || line.maker?.slug === state.member)
  const narrowedByLines = Boolean(state.role || state.member)
  return registry.families
    .filter((f) => !state.family || f.family === state.family)
    .map((f) => ({
      ...f,
      protocols: f.protocols.flatMap((p) => {
        const protocolHit = words.length === 0 || hits(p.name, p.description, p.slug)
        const lineHit = (l: InterfaceLine) =>
          keepLine(l) && (protocolHit || hits(l.product.name, l.maker?.name))
        const providers = p.providers.filter(lineHit)
        const consumers = p.consumers.filter(lineHit)
        const empty = providers.length + consumers.length === 0
        if (empty && (narrowedByLines || !protocolHit)) return []
        return [{ ...p, providers, consumers }]
      }),
    }))
    .filter((f) => f.protocols.length > 0)
}

/** How much a filtered registry shows: protocols, and distinct products among their lines. */
export function countsOf(families: RegistryFamily[]) {
  const protocols = families.flatMap((f) => f.protocols)
  const products = new Set(
    protocols.flatMap((p) => [...p.providers, ...p.consumers].map((l) => l.product.slug)),
  )
  return { protocols: protocols.length, products: products.size }
}
