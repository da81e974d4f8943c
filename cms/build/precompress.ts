/**
 * Precompressed copies of the built site: `<file>.br` and `<file>.gz` next to every file worth
 * compressing, so that a static host (or `npm start`'s server, cms/scripts/serveSite.ts) sends
 * them as they are instead of compressing each response, or sending it uncompressed.
 *
 * A build writes a fresh folder, and most of its files are the same bytes as the live site's
 * (incremental builds copy unchanged pages). A file whose bytes equal the live folder's takes
 * that folder's compressed copies (hard-linked: the live folder is removed after the swap, the
 * data stays), so a publish compresses only what changed, not 35,000 pages again. With a memo of
 * the pages' identities (pageMemo.ts: Astro's cached copy unchanged since the live folder's
 * copies were made) a page that did not change is not even read: at 130,000 pages, reading each
 * page and its live twin to compare them took most of a publish's 53 s here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { PageMemo } from './pageMemo'

/**
 * Extensions of the text the site holds. Not images, fonts or PDFs (compressed already), nor
 * Pagefind's own index files (`pf_*`, `*.pagefind`: gzip inside, read by its script).
 */
export const compressibleExtensions = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.xsl',
  '.svg',
  '.ics',
  '.txt',
  '.csv',
  '.webmanifest',
])

/** Smaller files fit in a packet or two either way; not worth a second and third file. */
const minBytes = 512
/** A copy must save at least this share of the bytes to be kept (else the host sends the file). */
const minSaving = 0.1

/**
 * Compression levels. Code (scripts, styles, the feeds' stylesheet, whatever Vite put in
 * /_astro/) changes only with a new version of the portal, is shared by many pages and loaded
 * on most visits: the best brotli (11) and gzip (9). Content (pages, open data, feeds, the
 * sitemap) is many files, read once each and made anew on every edit: brotli 6 and gzip 6.
 * Measured on 120 pages of the seeded site (35 KB each) on a busy two-core machine: brotli 6
 * takes 6 ms a page and leaves 23.9 % of the bytes, 8 takes 15 % longer for 23.6 %, 9 takes
 * 14 times as long for 23.6 %, 11 thirty times as long for 20.9 % (a 400 KB sitemap: 37 ms
 * against 2.1 s); gzip 9 takes 40 % longer than 6 for 0.2 % fewer bytes.
 */
const isCode = (rel: string) =>
  rel.startsWith(`_astro${path.sep}`) || /\.(m?js|css|xsl)$/i.test(rel)
const brotliQuality = (rel: string) => (isCode(rel) ? 11 : 6)
const gzipLevel = (rel: string) => (isCode(rel) ? 9 : 6)

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export type PrecompressResult = {
  /** Files compressed anew. */
  compressed: number
  /** Files whose compressed copies came from the previous build. */
  reused: number
  /** Compressible files left as they are: too small, or not smaller compressed. */
  skipped: number
  ms: number
}

/** What the live folder holds for a page: compressed copies ('c'), or none worth making ('s'). */
export type Compressed = 'c' | 's'

/**
 * What is known of the previous folder's files without reading them: `memo` says, per file
 * identity (`identity`, pageMemo.ts), whether that folder holds its compressed copies; it is
 * filled in with this folder's for the caller to save once this folder is live.
 */
export type KnownFiles = {
  memo: PageMemo<Compressed>
  identity: (file: string) => string | undefined
}

/** Whether `file` (a path) is one to precompress, by its name. */
export const isCompressible = (file: string) =>
  compressibleExtensions.has(path.extname(file).toLowerCase())

/**
 * Writes `.br` and `.gz` beside each compressible file of `dir` (or of its `subfolder`), reusing
 * `previousDir`'s copies of files whose bytes did not change.
 */
export async function precompress(
  dir: string,
  options: {
    previousDir?: string
    subfolder?: string
    log?: (line: string) => void
    known?: KnownFiles
  } = {},
): Promise<PrecompressResult> {
  const started = Date.now()
  const result: PrecompressResult = { compressed: 0, reused: 0, skipped: 0, ms: 0 }
  const base = options.subfolder ? path.join(dir, options.subfolder) : dir
  if (!fs.existsSync(base)) return { ...result, ms: Date.now() - started }
  const files = fs
    .readdirSync(base, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isCompressible(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
  // Every step (reads, stats, links, zlib) runs on libuv's thread pool, which caps the CPU work
  // at its size. Most files of a rebuild are reused, which is a handful of small file-system
  // calls each: with 16 files in flight, 16,400 reused files took 3.6 s on two cores, against
  // 10.1 s with 3 (32 or 64 in flight: 4.3–4.7 s).
  const lanes = 16
  let next = 0
  const lane = async () => {
    while (next < files.length) {
      const rel = files[next++]!
      const outcome = await one(dir, rel, options.previousDir, options.known)
      result[outcome]++
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  const done = { ...result, ms: Date.now() - started }
  options.log?.(
    `precompress${options.subfolder ? ` ${options.subfolder}/` : ''}: ${done.compressed} files ` +
      `compressed, ${done.reused} reused, ${done.skipped} left as they are, ` +
      `${(done.ms / 1000).toFixed(1)} s`,
  )
  return done
}

async function one(
  dir: string,
  rel: string,
  previousDir: string | undefined,
  known: KnownFiles | undefined,
): Promise<Outcome> {
  const identity = known?.identity(rel)
  const kept = previousDir ? known?.memo.get(rel, identity) : undefined
  if (kept === 's') return 'skipped'
  const file = path.join(dir, rel)
  if (kept === 'c' && (await linkCopies(file, path.join(previousDir!, rel)))) return 'reused'
  const outcome = await compressFile(file, rel, previousDir)
  known?.memo.set(rel, identity, outcome === 'skipped' ? 's' : 'c')
  return outcome
}

type Outcome = 'compressed' | 'reused' | 'skipped'

/** Compresses `file` (`rel` in its folder), or takes the previous folder's copies of its bytes. */
async function compressFile(
  file: string,
  rel: string,
  previousDir: string | undefined,
): Promise<Outcome> {
  const bytes = await fs.promises.readFile(file)
  if (bytes.length < minBytes) return 'skipped'
  if (previousDir && (await reuse(bytes, file, path.join(previousDir, rel)))) return 'reused'
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel),
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzip(bytes, { level: gzipLevel(rel) }),
  ])
  const worth = (copy: Buffer) => copy.length <= bytes.length * (1 - minSaving)
  if (!worth(gz)) return 'skipped'
  await Promise.all([
    fs.promises.writeFile(`${file}.gz`, gz),
    worth(br) ? fs.promises.writeFile(`${file}.br`, br) : undefined,
  ])
  return 'compressed'
}

/**
 * Links the previous build's compressed copies of `previous` next to `file` when both hold the
 * same bytes and the previous build compressed it; false when the file must be compressed anew.
 */
async function reuse(bytes: Buffer, file: string, previous: string): Promise<boolean> {
  const gz = await fs.promises.stat(`${previous}.gz`).catch(() => null)
  if (!gz?.isFile()) return false
  const size = await fs.promises.stat(previous).then(
    (s) => s.size,
    () => -1,
  )
  if (size !== bytes.length) return false
  const before = await fs.promises.readFile(previous).catch(() => null)
  if (!before?.equals(bytes)) return false
  return linkCopies(file, previous)
}

/**
 * Links `previous`'s compressed copies next to `file` (its brotli copy only where one was worth
 * keeping); false, leaving none, when the previous folder has no gzip copy of it.
 */
async function linkCopies(file: string, previous: string): Promise<boolean> {
  try {
    await linkOrCopy(`${previous}.gz`, `${file}.gz`)
    await linkOrCopy(`${previous}.br`, `${file}.br`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    return true
  } catch {
    // No copies to take, or the live folder was swapped away meanwhile (another process's
    // build): compress anew.
    await fs.promises.rm(`${file}.gz`, { force: true })
    await fs.promises.rm(`${file}.br`, { force: true })
    return false
  }
}

/** A hard link (free, and the data outlives the previous folder), or a copy across devices. */
async function linkOrCopy(from: string, to: string) {
  try {
    await fs.promises.link(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await fs.promises.copyFile(from, to)
  }
}
