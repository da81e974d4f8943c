import { useEffect, useRef } from 'react'

import { ChoiceFieldset } from '../forms/Choices'
import { TextArea, TextField } from '../forms/Fields'
import NeedCategories from './NeedCategories'
import { blankRow, isBlank, type ListName, maxNeeds, type NeedRow, sentIndex } from './needs'

type Option = { value: string; label: string }

type Props = {
  /** The form's id; the rows' fields' ids start with it. */
  formId: string
  list: ListName
  rows: NeedRow[]
  /** The form's errors, a row's under its path among the rows sent (`offers.0.title`). */
  errors: Record<string, string>
  /** Stores the rows; `path` names the field that changed, to check it again if it was wrong. */
  onRows: (rows: NeedRow[], path?: string) => void
  categories: { label: string; options: Option[] }[]
  text: (key: string, vars?: Record<string, string | number>) => string
}

/**
 * What a participant offers, or seeks: rows of title, description and categories, added and
 * removed with buttons. Adding or removing a row moves the focus (to the new row's title, or to
 * the row that took the removed one's place).
 */
export default function NeedList({ formId, list, rows, errors, onRows, categories, text }: Props) {
  const one = list === 'offers' ? 'offer' : 'request'
  const rowId = (i: number, f: string) => `${formId}-${list}-${i}-${f}`
  const path = (i: number, f: string) => `${list}.${sentIndex(rows, i)}.${f}`
  const rowError = (i: number, f: string) =>
    isBlank(rows[i]!) ? undefined : errors[path(i, f)] || undefined
  const setRow = (i: number, change: Partial<NeedRow>, f: string) =>
    onRows(
      rows.map((row, j) => (j === i ? { ...row, ...change } : row)),
      path(i, f),
    )

  // The focus moves once the rows are drawn.
  const focusNext = useRef<string | null>(null)
  useEffect(() => {
    if (!focusNext.current) return
    document.getElementById(focusNext.current)?.focus()
    focusNext.current = null
  })
  const addRow = () => {
    focusNext.current = rowId(rows.length, 'title')
    onRows([...rows, blankRow()])
  }
  const removeRow = (i: number) => {
    const rest = rows.filter((_, j) => j !== i)
    focusNext.current =
      rest.length === 0 ? `${formId}-${list}-add` : rowId(Math.min(i, rest.length - 1), 'title')
    onRows(rest)
  }

  // The server names a problem with the list as a whole (e.g. too many rows) by the list.
  const listError =
    errors[list] && !rows.some((_, i) => rowError(i, 'title')) ? errors[list] : undefined
  return (
    <ChoiceFieldset
      id={`${formId}-${list}`}
      className="need-list"
      legend={text(`matchmakingForm.${list}`)}
      optional={text('form.optional')}
      hint={text(`matchmakingForm.${list}.hint`)}
      error={listError}
    >
      {rows.length === 0 && <p className="form-hint">{text('matchmakingForm.needs.none')}</p>}
      {rows.map((row, i) => {
        const n = i + 1
        return (
          <fieldset key={row.key} className="need">
            <legend>{text(`matchmakingForm.${one}`, { n })}</legend>
            <div className="form-grid">
              <TextField
                id={rowId(i, 'title')}
                name={`${list}.${i}.title`}
                label={text('matchmakingForm.need.title')}
                value={row.title}
                error={rowError(i, 'title')}
                maxLength={120}
                wide
                onChange={(value) => setRow(i, { title: value }, 'title')}
              />
              <TextArea
                id={rowId(i, 'description')}
                name={`${list}.${i}.description`}
                label={text('matchmakingForm.need.description')}
                optional={text('form.optional')}
                value={row.description}
                error={rowError(i, 'description')}
                rows={3}
                maxLength={1000}
                onChange={(value) => setRow(i, { description: value }, 'description')}
              />
              <NeedCategories
                id={rowId(i, 'categories')}
                error={rowError(i, 'categories')}
                chosen={row.categories}
                groups={categories}
                text={text}
                onChange={(chosen) => setRow(i, { categories: chosen }, 'categories')}
              />
            </div>
            <button
              type="button"
              className="button button-small button-secondary need-remove"
              onClick={() => removeRow(i)}
            >
              {text(`matchmakingForm.${list}.remove`, { n })}
            </button>
          </fieldset>
        )
      })}
      {rows.length < maxNeeds && (
        <p className="need-add">
          <button
            id={`${formId}-${list}-add`}
            type="button"
            className="button button-small button-secondary"
            onClick={addRow}
          >
            {text(`matchmakingForm.${list}.add`)}
          </button>
        </p>
      )}
    </ChoiceFieldset>
  )
}
