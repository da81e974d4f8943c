/**
 * The outcome of the latest completed build of an output folder, in a file next to it
 * (`dist.last-build.json`), written by buildSite whoever runs it: `npm start` at start,
 * `npm run build:site`, the CMS's rebuild job. The "Site build" status in the admin is written
 * by the job alone; it shows this record instead when the record is newer
 * (cms/jobs/latestBuild.ts), so that it never goes on showing an older build, e.g. one
 * interrupted by a crash.
 * No imports beyond Node: the CMS's bundle reads it.
 */
import fs from 'node:fs'
import path from 'node:path'

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
}

export const buildRecordFileFor = (outDir: string) => `${path.resolve(outDir)}.last-build.json`

/** Replaces the record in one rename, so a reader never sees half of it. */
export function writeBuildRecord(outDir: string, record: BuildRecord): void {
  const file = buildRecordFileFor(outDir)
  const partial = `${file}.${process.pid}`
  fs.writeFileSync(partial, JSON.stringify(record))
  fs.renameSync(partial, file)
}

export function readBuildRecord(outDir: string): BuildRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(buildRecordFileFor(outDir), 'utf8')) as BuildRecord
    return Number.isFinite(Date.parse(record.finishedAt)) ? record : null
  } catch {
    return null
  }
}
