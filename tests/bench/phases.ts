/**
 * The phases of a site build, read from its log. Every line is stamped when the benchmark
 * receives it (Astro's own stamps are whole seconds). Astro marks its steps ("Syncing content",
 * "Building static entrypoints", "generating static routes", "generating optimized images",
 * each ended by "✓ Completed in"); the content loaders say when each collection is done; the
 * integrations' build-done hooks run one after another and each logs under its name
 * (`[@astrojs/sitemap]`, `[portal-search-index]` …), so a hook's phase runs from the previous
 * marker to its own last line. Markers that a build does not print are skipped, so the parser
 * keeps working as the pipeline changes; what no marker explains shows as "other".
 */

export type LogLine = { t: number; line: string }
export type Phase = { name: string; ms: number; note?: string }

const astroSteps: { start: RegExp; name: string }[] = [
  { start: /Building \w+ entrypoints/, name: 'vite build' },
  { start: /generating static routes|prerendering static routes/, name: 'routes (render pages)' },
  { start: /generating optimized images/, name: 'images' },
]
const completed = /✓ Completed in/
const syncStart = /\[content\] Syncing content/
const syncEnd = /\[content\] Synced content/
/**
 * `[name] message` after Astro's time stamp. Not Payload's logger, whose lines start with a
 * bracketed time (`[20:38:19] INFO: …`): a label never starts with a digit.
 */
const labelled = /^(?:\d\d:\d\d:\d\d\s+)?\[([^\]\d][^\]]*)\]\s*(.*)$/
const astroDone = /page\(s\) built in|Server built in/
/** buildSite's own line once `astro build` has exited (cms/build/buildSite.ts). */
const astroExit = /^astro build: [\d.]+ s$/

/** Astro's own labels: not integrations. */
const astroLabels = new Set(['build', 'content', 'vite', 'types', 'config', 'WARN', 'ERROR'])

/**
 * The phases of one build whose lines were received from `start` (the moment the build was
 * started) to `end` (the moment it resolved).
 */
export function buildPhases(lines: LogLine[], start: number, end: number): Phase[] {
  const phases: Phase[] = []
  let mark = start
  const close = (name: string, t: number, note?: string) => {
    phases.push({ name, ms: Math.max(0, t - mark), note })
    mark = t
  }
  let step: string | undefined
  let syncing = false
  let hooks = false
  /** Per collection: when the content loader said it was done. */
  const collections: string[] = []
  let hook: { name: string; t: number } | undefined
  for (const { t, line } of lines) {
    if (syncStart.test(line)) {
      close('start (Node, Astro config, CMS)', t)
      syncing = true
      continue
    }
    if (syncing) {
      if (syncEnd.test(line)) {
        const done = collections.length ? `collections done at (s): ${collections.join(', ')}` : ''
        close('content sync', t, done)
        syncing = false
      } else {
        const [, label, message] = labelled.exec(line) ?? []
        const collection = /^([\w-]+): (.*)$/.exec(message ?? '')
        if (label && collection)
          collections.push(`${collection[1]} ${((t - mark) / 1000).toFixed(1)}`)
      }
      continue
    }
    const next = astroSteps.find((s) => s.start.test(line))
    if (next) {
      if (step) close(step, t)
      // Before Astro's first step: its setup. Between two steps (routes, then images): nothing
      // worth a line, so the gap goes to the next step.
      else if (!hooks) close('collect build info', t)
      step = next.name
      continue
    }
    if (step && completed.test(line)) {
      close(step, t)
      step = undefined
      hooks = true
      continue
    }
    if (hooks) {
      const [, label] = labelled.exec(line) ?? []
      if (astroDone.test(line)) {
        if (hook) close(hookName(hook.name), hook.t)
        hook = undefined
        close('other build-done hooks', t)
        hooks = false
      } else if (label && !astroLabels.has(label)) {
        if (hook && hook.name !== label) close(hookName(hook.name), hook.t)
        hook = { name: label, t }
      }
      continue
    }
    if (astroExit.test(line)) close('astro exit', t)
    // After Astro (cms/build/buildSite.ts): compressed copies, the pages swapped in, then the
    // search index over the live pages, swapped in after them.
    else if (/pages are live: /.test(line)) close('compress, swap the pages in', t)
    else if (/search index (is live|failed)/.test(line)) close('search index (Pagefind)', t)
  }
  close('other', end)
  // Steps under 50 ms (the gaps between markers) are noise at a tenth of a second's precision.
  return phases.filter((p) => p.ms >= 50 || p.note)
}

const hookNames: Record<string, string> = {
  '@astrojs/sitemap': 'sitemap',
  'portal-search-index': 'search index (Pagefind)',
  'portal-security-headers': 'headers (CSP hashes)',
  'portal-island-styles': 'island styles',
  'portal-soft-hyphens': 'soft hyphens',
}

const hookName = (label: string) => hookNames[label] ?? `hook ${label}`
