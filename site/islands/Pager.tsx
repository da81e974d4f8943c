import type { MouseEvent } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'

export const pagerKeys = [
  'pagination.label',
  'pagination.previous',
  'pagination.next',
  'pagination.page',
  'pagination.current',
] as const
export type PagerKey = (typeof pagerKeys)[number]

type Props = {
  locale: string
  labels: UiMessages<PagerKey>
  page: number
  pages: number
  href: (page: number) => string
  /** In the island: show another page without loading one (the link still names its URL). */
  onNavigate?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void
}

/**
 * Links to the other pages of a paged list: previous, next, the first and last page and the
 * pages around the current one. Plain links, so that it works without JavaScript; Astro renders
 * it statically (site/components/Pagination.astro) and the catalogue island renders it too.
 */
export default function Pager({ locale, labels, page, pages, href, onNavigate }: Props) {
  if (pages <= 1) return null
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b)
  const vars = (n: number) => ({ page: String(n), pages: String(pages) })
  const click = (n: number) =>
    onNavigate ? (event: MouseEvent<HTMLAnchorElement>) => onNavigate(n, event) : undefined
  return (
    <nav className="pagination" aria-label={labels['pagination.label']} data-pagefind-ignore="">
      <p className="meta">{format(locale, labels['pagination.current'], vars(page))}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev" onClick={click(page - 1)}>
              {labels['pagination.previous']}
            </a>
          </li>
        )}
        {shown.flatMap((n, i) => [
          ...(i > 0 && n - shown[i - 1]! > 1
            ? [
                <li key={`gap-${n}`} aria-hidden="true">
                  …
                </li>,
              ]
            : []),
          <li key={n}>
            {n === page ? (
              <a aria-current="page" href={href(n)} onClick={click(n)}>
                {n}
              </a>
            ) : (
              <a
                href={href(n)}
                aria-label={format(locale, labels['pagination.page'], vars(n))}
                onClick={click(n)}
              >
                {n}
              </a>
            )}
          </li>,
        ])}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next" onClick={click(page + 1)}>
              {labels['pagination.next']}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
