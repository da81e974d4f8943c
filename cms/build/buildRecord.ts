/**
 * The outcome of the latest completed build of an output folder, in a file next to it
 * (`dist.last-build.json`), and the last builds (`dist.builds.json`), written by buildSite
 * whoever runs it: `npm start` at start,
 * `npm run build:site`, the CMS's rebuild job. The "Site build" status in the admin is written
 * by the job alone; it shows this record instead when the record is newer
 * (cms/jobs/latestBuild.ts), so that it never goes on showing an older build, e.g. one
 * interrupted by a crash.
 * No imports beyond Node: the CMS's bundle reads it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { replaceFile } from './files'

export type BuildRecord = {
  result: 'succeeded' | 'failed'
  /** What ran the build: `npm start`, a command (`npm run build:site`), or the rebuild job. */
  by: 'startup' | 'command' | 'job'
  startedAt: string
  finishedAt: string
  durationMs: number
  /** HTML pages of a good build. */
  pages?: number
  /** Why a failed build failed. */
  error?: string
  /** The last lines of the build's log. */
  logTail?: string
  /**
   * The search index of a build whose pages went live: it is built after they are swapped in
   * (buildSite.ts), so the record is written twice, "updating" and then how it ended. Until a
   * new index is in place the previous one is served.
   */
  searchIndex?: SearchIndexRecord
}

export type SearchIndexRecord = {
  /** `interrupted` is never written: the build panel shows an index so that no build is finishing. */
  result: 'updating' | 'succeeded' | 'failed' | 'interrupted'
  finishedAt?: string
  durationMs?: number
  /** Why it failed. */
  error?: string
}

export const buildRecordFileFor = (outDir: string) => `${path.resolve(outDir)}.last-build.json`

/** The history of the folder's builds, newest first, in a file next to the record. */
export const buildHistoryFileFor = (outDir: string) => `${path.resolve(outDir)}.builds.json`

/** One build in the history: the record without its log. */
export type BuildHistoryEntry = Omit<BuildRecord, 'logTail'>

/** How many builds the history keeps: a few days of publishing, enough to see a pattern. */
export const historyLength = 20

/**
 * Records a completed build: as the folder's latest, and at the top of its history (in place of
 * the top entry when that is the same build, whose search index has now finished). Builds of
 * one folder never overlap (siteLock.ts), so the history's read and write do not race.
 */
export function writeBuildRecord(outDir: string, record: BuildRecord): void {
  replaceFile(buildRecordFileFor(outDir), record)
  const { logTail: _, ...entry } = record
  void _
  const [latest, ...older] = readBuildHistory(outDir)
  const same = latest?.startedAt === entry.startedAt && latest.by === entry.by
  const earlier = latest && !same ? [latest, ...older] : older
  const history = [entry, ...earlier].slice(0, historyLength)
  replaceFile(buildHistoryFileFor(outDir), history)
}

/** The folder's last builds, newest first; empty when none was recorded (or the file is bad). */
export function readBuildHistory(outDir: string): BuildHistoryEntry[] {
  try {
    const entries = JSON.parse(fs.readFileSync(buildHistoryFileFor(outDir), 'utf8')) as unknown
    return Array.isArray(entries)
      ? (entries as BuildHistoryEntry[]).filter((e) => Number.isFinite(Date.parse(e?.finishedAt)))
      : []
  } catch {
    return []
  }
}

export function readBuildRecord(outDir: string): BuildRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(buildRecordFileFor(outDir), 'utf8')) as BuildRecord
    return Number.isFinite(Date.parse(record.finishedAt)) ? record : null
  } catch {
    return null
  }
}
