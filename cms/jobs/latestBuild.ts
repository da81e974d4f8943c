import type { BuildStatus } from '../payload-types'
import type { BuildHistoryEntry, BuildRecord } from '../build/buildRecord'
import type { Trigger } from './triggers'

type Status = Partial<BuildStatus>

/**
 * The build status to show: the stored one (written by the rebuild job), or the record of the
 * latest completed build of the same folder (cms/build/buildRecord.ts) when that build is
 * newer. Builds the job does not run (`npm start`'s build at start, `npm run build:site`) write
 * only the record; without this a status such as "failed: interrupted" would outlive the good
 * build that followed it.
 *
 * The stored status is "when" its build finished, or started if it never finished (running, or
 * interrupted). A job writes the record before it writes the status, so its own record is never
 * the newer of the two. A queued or running build is shown as it is: it is what comes next.
 */
export function withLatestBuild<T extends Status>(status: T, record: BuildRecord | null): T {
  if (!record || status.result === 'queued' || status.result === 'running') return status
  const shown = Date.parse(status.finishedAt ?? status.startedAt ?? '')
  if (Date.parse(record.finishedAt) <= shown) return status
  const triggeredBy: Trigger[] =
    record.by === 'job'
      ? ((status.triggeredBy as Trigger[] | null | undefined) ?? [])
      : [{ operation: record.by, at: record.startedAt }]
  return {
    ...status,
    result: record.result,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    durationMs: record.durationMs,
    // The pages of the last good build, as the job keeps them.
    pages: record.result === 'succeeded' ? (record.pages ?? null) : status.pages,
    error: record.error ?? null,
    triggeredBy,
    logTail: record.logTail ?? null,
  }
}

/**
 * The builds' history as the panel shows it: a search index still "updating" in the record of a
 * build that is no longer running (killed, or the machine restarted) was interrupted, and the
 * index that was live before it is still served.
 */
export function withIndexState(
  history: BuildHistoryEntry[],
  building: boolean,
): BuildHistoryEntry[] {
  return history.map((entry, i) =>
    entry.searchIndex?.result === 'updating' && (i > 0 || !building)
      ? { ...entry, searchIndex: { ...entry.searchIndex, result: 'interrupted' } }
      : entry,
  )
}
