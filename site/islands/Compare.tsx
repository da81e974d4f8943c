import { useEffect, useRef, useState } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  addParam,
  type CompareCard,
  cleanSelection,
  maxCompared,
  selectionFrom,
  selectionSearch,
} from '../lib/compareSelection'
import CompareTable, { compareTableKeys } from './CompareTable'

/** The words of this island, passed from the page (site/i18n/ui). */
export const compareKeys = [
  ...compareTableKeys,
  'compare.loading',
  'compare.empty',
  'compare.missing',
  'compare.full',
  'compare.add',
  'compare.suggestions',
  'compare.link',
  'compare.copy',
  'compare.copied',
  'compare.browse',
  'compare.caption',
] as const
type CompareKey = (typeof compareKeys)[number]

type Props = {
  locale: string
  labels: UiMessages<CompareKey>
  /** A product's column: this URL with `__slug__` replaced (site/lib/urls.ts, compareData). */
  dataUrl: string
  /** This page, without a query. */
  pageUrl: string
  catalogueUrl: string
}

/** The visitor's last comparison, kept across pages: slugs are the same in every language. */
const storageKey = 'compare.selection'

function stored(): string[] {
  try {
    return cleanSelection(JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown[])
  } catch {
    return []
  }
}

/**
 * The selection on arrival: the link's own (`?p=`), else the visitor's last one; `?add=` (from a
 * product page's "Add to a comparison") joins it unless four are already there.
 */
function initialSelection(search: string): { slugs: string[]; full: boolean } {
  const fromLink = selectionFrom(search)
  const slugs = fromLink.length ? fromLink : stored()
  const [add] = cleanSelection([new URLSearchParams(search).get(addParam)])
  if (!add || slugs.includes(add)) return { slugs, full: false }
  if (slugs.length >= maxCompared) return { slugs, full: true }
  return { slugs: [...slugs, add], full: false }
}

/**
 * Up to four products side by side, chosen by the visitor. The selection lives in the URL
 * (`?p=a,b,c`), so the page can be shared and reloaded, and in localStorage, so "Add to a
 * comparison" on several product pages builds one comparison. Each column is a small JSON file
 * made at build time; nothing else is loaded.
 */
export default function Compare({ locale, labels, dataUrl, pageUrl, catalogueUrl }: Props) {
  const [slugs, setSlugs] = useState<string[] | null>(null)
  // Each column once it has arrived: the card, or null when it no longer exists.
  const [cards, setCards] = useState<Map<string, CompareCard | null>>(new Map())
  const requested = useRef(new Set<string>())
  const [full, setFull] = useState(false)
  const [copied, setCopied] = useState(false)
  const text = (key: CompareKey, vars?: Record<string, string>) => format(locale, labels[key], vars)

  useEffect(() => {
    const first = initialSelection(location.search)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is read after hydration, so that the server's HTML and the first render agree
    setSlugs(first.slugs)
    setFull(first.full)
  }, [])

  // The URL and the stored selection follow every change.
  useEffect(() => {
    if (slugs === null) return
    localStorage.setItem(storageKey, JSON.stringify(slugs))
    history.replaceState(history.state, '', `${pageUrl}${selectionSearch(slugs)}`)
  }, [slugs, pageUrl])

  // Each column is fetched once; one that no longer exists is dropped from the view.
  useEffect(() => {
    for (const slug of slugs ?? []) {
      if (requested.current.has(slug)) continue
      requested.current.add(slug)
      fetch(dataUrl.replace('__slug__', slug))
        .then((r) => (r.ok ? (r.json() as Promise<CompareCard>) : null))
        .catch(() => null)
        .then((card) => setCards((known) => new Map(known).set(slug, card)))
    }
  }, [slugs, dataUrl])

  if (slugs === null) return null
  const loading = slugs.some((s) => !cards.has(s))
  const shown = slugs.map((s) => cards.get(s)).filter((c): c is CompareCard => Boolean(c))
  const missing = !loading && shown.length < slugs.length
  const remove = (slug: string) => {
    setSlugs(slugs.filter((s) => s !== slug))
    setFull(false)
    setCopied(false)
  }
  const add = (slug: string) => {
    if (slugs.length >= maxCompared) return setFull(true)
    setSlugs([...slugs, slug])
    setCopied(false)
  }
  const suggestions = [
    ...new Map(
      shown
        .flatMap((c) => c.alternatives)
        .filter((a) => !slugs.includes(a.slug))
        .map((a) => [a.slug, a]),
    ).values(),
  ].slice(0, 6)
  const shareUrl = `${location.origin}${pageUrl}${selectionSearch(shown.map((c) => c.slug))}`

  return (
    <div className="compare">
      <p role="status" aria-live="polite" className="meta">
        {loading ? text('compare.loading') : ''}
        {missing ? text('compare.missing') : ''}
        {full ? text('compare.full') : ''}
      </p>
      {!loading && shown.length === 0 && (
        <p className="notice">
          {text('compare.empty')} <a href={catalogueUrl}>{text('compare.browse')}</a>
        </p>
      )}
      {shown.length > 0 && (
        <CompareTable
          locale={locale}
          cards={shown}
          labels={labels}
          caption={text('compare.caption', { products: shown.map((c) => c.name).join(', ') })}
          onRemove={remove}
        />
      )}
      {suggestions.length > 0 && (
        <section aria-labelledby="compare-suggestions">
          <h2 id="compare-suggestions">{text('compare.suggestions')}</h2>
          <ul className="compare-suggestions">
            {suggestions.map((s) => (
              <li key={s.slug}>
                <button type="button" className="button button-small" onClick={() => add(s.slug)}>
                  + {text('compare.add', { product: s.name })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {shown.length > 0 && (
        <div className="compare-tools">
          <label htmlFor="compare-link">{text('compare.link')}</label>
          <input
            id="compare-link"
            type="url"
            readOnly
            value={shareUrl}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className="button button-small"
            onClick={() =>
              navigator.clipboard?.writeText(shareUrl).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? text('compare.copied') : text('compare.copy')}
          </button>
          <a href={catalogueUrl}>{text('compare.browse')}</a>
        </div>
      )}
    </div>
  )
}
