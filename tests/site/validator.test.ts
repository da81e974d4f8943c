import { spawnSync } from 'node:child_process'
import path from 'node:path'

import vnuJarPath from 'vnu-jar'
import { describe, expect, it } from 'vitest'

import { localeCodes } from '@shared/locales'
import { loadSite } from '../helpers/siteDist'

const site = loadSite()

/** The Nu Html Checker (the W3C validator's engine), as the vnu-jar package ships it. */
const vnuJar = String(vnuJarPath)
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java'

type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

/** One built page of each page type in a locale, as files of the build. */
function pageTypes(locale: string): Record<string, string | undefined> {
  const first = (collection: 'products' | 'members' | 'events' | 'publications') =>
    site.facts.docs[collection][locale][0]?.slug
  const cmsPage = site.facts.docs.pages[locale].find((p) => p.slug !== 'membership')?.slug
  const at = (urlPath: string) => site.fileFor(`/${locale}/${urlPath}`)
  return {
    home: at(''),
    catalogue: at('catalogue/'),
    'catalogue page 2': at('catalogue/page/2/'),
    product: at(`catalogue/${first('products')}/`),
    'API reference': site.files.find((f) =>
      new RegExp(`^${locale}/catalogue/[^/]+/api/[^/]+/index\\.html$`).test(f),
    ),
    compare: at('compare/'),
    'compare pair': at(
      site.files
        .find((f) => f.startsWith(`${locale}/compare/`) && f.includes('--'))
        ?.slice(locale.length + 1)
        .replace(/index\.html$/, '') ?? 'compare/none/',
    ),
    members: at('members/'),
    member: at(`members/${first('members')}/`),
    events: at('events/'),
    event: at(`events/${first('events')}/`),
    publications: at('publications/'),
    publication: at(`publications/${first('publications')}/`),
    partners: at('partners/'),
    cooperation: at('cooperation/'),
    membership: at('membership/'),
    developers: at('developers/'),
    search: at('search/'),
    'CMS page': at(`${cmsPage}/`),
    '404': at('404/') ?? at('404.html'),
  }
}

describe('HTML validity (W3C Nu Html Checker)', () => {
  it('every page type in every locale validates with no errors', () => {
    const files = new Map<string, string>([['chooser', 'index.html']])
    const missing: string[] = []
    for (const locale of localeCodes) {
      for (const [type, file] of Object.entries(pageTypes(locale))) {
        if (file) files.set(`${type} (${locale})`, file)
        else missing.push(`${type} (${locale})`)
      }
    }
    expect(missing).toEqual([])

    // One JVM for every file: starting Java is most of the cost. Language detection only ever
    // yields warnings, which --errors-only drops anyway.
    const started = Date.now()
    const run = spawnSync(
      java,
      [
        '-jar',
        vnuJar,
        '--format',
        'json',
        '--errors-only',
        '--no-langdetect',
        ...[...files.values()].map((f) => path.join(site.outDir, f)),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    )
    if (run.error)
      throw new Error(
        `could not run ${java} (${run.error.message}): the validator needs Java, e.g. Debian's default-jre-headless`,
      )
    console.log(
      `vnu: ${files.size} pages in ${((Date.now() - started) / 1000).toFixed(1)} s (one JVM)`,
    )
    // vnu writes its JSON report to stderr and exits 1 when it found errors.
    const report = JSON.parse(run.stderr) as { messages: VnuMessage[] }
    const typeOf = new Map([...files].map(([type, file]) => [path.join(site.outDir, file), type]))
    const errors = report.messages
      .filter((m) => m.type !== 'info')
      .map((m) => {
        const file = m.url ? decodeURIComponent(new URL(m.url).pathname) : '?'
        const where = `${path.relative(site.outDir, file)}:${m.lastLine ?? '?'}`
        return `${where} [${typeOf.get(file) ?? 'file'}] ${m.message}`
      })
    expect(errors).toEqual([])
    expect(run.status).toBe(0)
  })
})
