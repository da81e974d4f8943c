import './compare.css'

import type { ReactNode } from 'react'

import { format } from '../i18n/format'
import type { UiMessages } from '../i18n/t'
import {
  type CompareCard,
  type CompareRow,
  compareRows,
  type CompareValue,
} from '../lib/compareSelection'

/** The words the table needs: its row headings and the remove button. */
export const compareTableKeys = [...Object.values(compareRows), 'compare.remove'] as const
export type CompareTableKey = (typeof compareTableKeys)[number]

type Props = {
  locale: string
  cards: CompareCard[]
  labels: UiMessages<CompareTableKey>
  caption: string
  /** Given by the comparison island: each column gets a remove button. */
  onRemove?: (slug: string) => void
}

function Value({ value }: { value: CompareValue }) {
  if (typeof value === 'string') return <>{value}</>
  if ('href' in value) return <a href={value.href}>{value.text}</a>
  return (
    <>
      <span className="compare-meta">{value.meta}</span> {value.text}
    </>
  )
}

function Cell({ values }: { values: CompareValue[] }): ReactNode {
  if (!values.length) return <span aria-hidden="true">–</span>
  if (values.length === 1) return <Value value={values[0]} />
  return (
    <ul>
      {values.map((v, i) => (
        <li key={i}>
          <Value value={v} />
        </li>
      ))}
    </ul>
  )
}

/**
 * Products side by side: one column each, one row per fact, rows nobody has left out. Rendered
 * by the comparison island in the browser and, without hydration, by the pair pages, so both
 * show the same table; it scrolls sideways on a phone with the headings kept in view.
 */
export default function CompareTable({ locale, cards, labels, caption, onRemove }: Props) {
  const rows = (Object.keys(compareRows) as CompareRow[]).filter((row) =>
    cards.some((c) => (c.cells[row] ?? []).length > 0),
  )
  return (
    // A region that scrolls must take the keyboard focus, or keyboard users cannot scroll it
    // (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="compare-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="compare-table" data-columns={cards.length}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {cards.map((card) => (
              <th scope="col" key={card.slug}>
                <a href={card.url}>{card.name}</a>
                {onRemove && (
                  <button
                    type="button"
                    className="compare-remove"
                    onClick={() => onRemove(card.slug)}
                    aria-label={format(locale, labels['compare.remove'], { product: card.name })}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{format(locale, labels[compareRows[row]])}</th>
              {cards.map((card) => (
                <td key={card.slug}>
                  <Cell values={card.cells[row] ?? []} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
