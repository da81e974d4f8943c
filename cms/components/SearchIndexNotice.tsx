/**
 * The build panel's line about the search index of the latest build (RebuildNow.tsx): its pages
 * went live before the index was rebuilt (cms/build/buildSite.ts), so for a while the portal
 * serves the new pages with the previous index, and a failed index keeps that one. Nothing is
 * shown once the index is up to date. No hooks: it renders the same on the server and the client.
 */
import type { BuildHistoryEntry } from '../build/buildRecord'
import { rebuildLabels } from './rebuildLabels'

export function SearchIndexNotice({
  latest,
  language,
}: {
  latest: BuildHistoryEntry | undefined
  language: string
}) {
  const index = latest?.searchIndex
  if (!index || index.result === 'succeeded') return null
  const l = rebuildLabels(language)
  const updating = index.result === 'updating'
  return (
    <p
      data-testid="search-index"
      data-state={index.result}
      role="status"
      style={{ color: updating ? undefined : 'var(--theme-error-500)' }}
    >
      {l.say(`searchIndex.${index.result}`)}
      {index.error ? ` (${index.error})` : ''}
    </p>
  )
}
