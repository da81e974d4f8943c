'use client'
/**
 * The top of the "Site build" global in the admin: the state of the last build, refreshed while
 * one is queued or running, and a "Rebuild now" button (POST /api/globals/build-status/rebuild).
 */
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useState } from 'react'

import type { BuildHistoryEntry } from '../build/buildRecord'
import { type BuildResult, rebuildLabels } from './rebuildLabels'
import { SearchIndexNotice } from './SearchIndexNotice'

type Status = {
  result?: BuildResult | null
  startedAt?: string | null
  durationMs?: number | null
  pages?: number | null
  error?: string | null
  triggeredBy?: Trigger[] | null
  finishedAt?: string | null
  deployHook?: string | null
  logTail?: string | null
  history?: BuildHistoryEntry[] | null
}

type Trigger = {
  collection?: string
  global?: string
  title?: string
  operation?: string
  at?: string
  user?: string
}

/** A build queued or running, or one whose pages are live while its search index is built. */
const busy = (status: Status | null) =>
  status?.result === 'queued' ||
  status?.result === 'running' ||
  status?.history?.[0]?.searchIndex?.result === 'updating'

export const RebuildNow: UIFieldClientComponent = () => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const l = rebuildLabels(i18n.language)
  // The admin and the API share one origin.
  const base = `${config.routes.api}/globals/build-status`
  const [status, setStatus] = useState<Status | null>(null)
  const [sending, setSending] = useState(false)

  const refresh = useCallback(async () => {
    try {
      const response = await fetch(`${base}?depth=0`, { credentials: 'include' })
      if (response.ok) setStatus((await response.json()) as Status)
    } catch {
      // Offline for a moment: the next poll tries again.
    }
  }, [base])

  // Poll quickly while a build is on its way, slowly otherwise (another editor may publish).
  const fast = busy(status)
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- refresh sets state only once its fetch has answered, not during the effect
    void refresh()
    const timer = setInterval(() => void refresh(), fast ? 3000 : 15000)
    return () => clearInterval(timer)
  }, [refresh, fast])

  const rebuild = async () => {
    setSending(true)
    try {
      const response = await fetch(`${base}/rebuild`, { method: 'POST', credentials: 'include' })
      if (!response.ok) throw new Error(((await response.json()) as { message?: string }).message)
      toast.success(l.say('queued'))
      await refresh()
    } catch (error) {
      toast.error(`${l.say('failedToQueue')} ${(error as Error).message ?? ''}`.trim())
    } finally {
      setSending(false)
    }
  }

  const result = status?.result ?? 'never'
  const started = status?.startedAt ? new Date(status.startedAt).toLocaleString(i18n.language) : '–'
  const seconds = status?.durationMs != null ? (status.durationMs / 1000).toFixed(1) : null
  return (
    <div style={{ marginBottom: 'var(--base)' }} data-testid="rebuild-now">
      <p>
        <strong>{l.say('status')}:</strong> <span data-result={result}>{l.result(result)}</span>
        {' · '}
        {l.say('startedAt')}: {started}
        {seconds && result !== 'running' ? ` · ${l.say('duration')}: ${seconds} s` : ''}
        {status?.pages ? ` · ${l.say('pages')}: ${status.pages}` : ''}
      </p>
      <SearchIndexNotice latest={status?.history?.[0]} language={i18n.language} />
      <Button
        buttonStyle="primary"
        size="medium"
        disabled={sending || fast}
        onClick={() => void rebuild()}
      >
        {l.say('button')}
      </Button>
      <p style={{ color: 'var(--theme-elevation-500)' }}>{l.say('hint')}</p>
      {result === 'failed' && status?.error ? (
        <p style={{ color: 'var(--theme-error-500)' }}>{status.error}</p>
      ) : null}
      {status?.triggeredBy?.length ? (
        <div>
          <strong>{l.say('triggeredBy')}:</strong>
          <ul>
            {status.triggeredBy.slice(-10).map((t, i) => {
              const source = t.collection ?? t.global
              const details = [
                t.title ? source : undefined,
                l.operation(t.operation),
                t.user,
                t.at ? new Date(t.at).toLocaleString(i18n.language) : undefined,
              ].filter(Boolean)
              const name = t.title ?? source
              return (
                <li key={i}>{name ? `${name} (${details.join(', ')})` : details.join(', ')}</li>
              )
            })}
          </ul>
        </div>
      ) : null}
      <History entries={status?.history ?? []} language={i18n.language} />
      {status?.deployHook ? (
        <p>
          <strong>{l.say('deployHook')}:</strong> {status.deployHook}
        </p>
      ) : null}
      {status?.logTail ? (
        <details>
          <summary>{l.say('logTail')}</summary>
          <pre style={{ maxHeight: '24rem', overflow: 'auto', fontSize: '0.8rem' }}>
            {status.logTail}
          </pre>
        </details>
      ) : null}
    </div>
  )
}

/** Every recent build, whoever started it: npm start, npm run build:site or the CMS. */
function History({ entries, language }: { entries: BuildHistoryEntry[]; language: string }) {
  const l = rebuildLabels(language)
  const cell = { padding: '0.3rem 0.75rem 0.3rem 0', textAlign: 'left' } as const
  return (
    <div data-testid="build-history" style={{ margin: 'var(--base) 0', overflowX: 'auto' }}>
      <h3>{l.say('history')}</h3>
      {entries.length === 0 ? (
        <p>{l.say('history.none')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>{l.say('history.finished')}</th>
              <th style={cell}>{l.say('history.by')}</th>
              <th style={cell}>{l.say('history.result')}</th>
              <th style={cell}>{l.say('duration')}</th>
              <th style={cell}>{l.say('pages')}</th>
              <th style={cell}>{l.say('history.searchIndex')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.finishedAt}-${entry.by}`} data-by={entry.by}>
                <td style={cell}>{new Date(entry.finishedAt).toLocaleString(language)}</td>
                <td style={cell}>{l.by(entry.by)}</td>
                <td
                  style={{
                    ...cell,
                    color: entry.result === 'failed' ? 'var(--theme-error-500)' : undefined,
                  }}
                  title={entry.error}
                >
                  {l.outcome(entry.result)}
                </td>
                <td style={cell}>{(entry.durationMs / 1000).toFixed(1)} s</td>
                <td style={cell}>{entry.pages ?? '–'}</td>
                <td
                  style={{
                    ...cell,
                    color:
                      entry.searchIndex &&
                      ['failed', 'interrupted'].includes(entry.searchIndex.result)
                        ? 'var(--theme-error-500)'
                        : undefined,
                  }}
                  title={entry.searchIndex?.error}
                >
                  {entry.searchIndex ? l.index(entry.searchIndex.result) : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
