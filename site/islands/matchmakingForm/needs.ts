import type { Rows } from '../forms/usePublicForm'

/** How many categories one offer or request may have (cms/collections/Participants.ts). */
export const maxCategories = 5
/** How many offers, and requests, a participant may list. */
export const maxNeeds = 10

export type ListName = 'offers' | 'requests'
export type NeedRow = { key: string; title: string; description: string; categories: string[] }

let rowCount = 0
/** An empty offer or request; `key` keeps React's rows apart and is not sent. */
export const blankRow = (): NeedRow => ({
  key: `row${++rowCount}`,
  title: '',
  description: '',
  categories: [],
})

export const isBlank = (row: NeedRow) =>
  !row.title.trim() && !row.description.trim() && row.categories.length === 0

/** The rows as sent: those left wholly empty (the first is there to be filled) are not. */
export const sentNeeds = (rows: Rows) =>
  (rows as NeedRow[])
    .filter((row) => !isBlank(row))
    .map(({ title, description, categories }) => ({ title, description, categories }))

/**
 * A row's place among the rows sent: the server and the shared rules name a row's error by
 * that place (`offers.1.title`), since blank rows are left out.
 */
export const sentIndex = (rows: NeedRow[], i: number) =>
  rows.slice(0, i).filter((row) => !isBlank(row)).length
