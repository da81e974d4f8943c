import { describe, expect, it } from 'vitest'

import { noteUpload, recordingUploads } from '@site/lib/pageUploads'

const state = () =>
  (globalThis as { [key: symbol]: { pages: Map<string, { sitePath: string }[]> } })[
    Symbol.for('portal.pageUploads')
  ]!

const upload = (name: string) => ({ source: `/uploads/${name}`, sitePath: `/uploads/${name}` })
const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('which uploads each page copied', () => {
  // astro.config.mjs renders four pages at a time: their renders interleave at every await.
  it('keeps pages rendered side by side apart', async () => {
    const page = async (pathname: string, files: string[]) =>
      recordingUploads(pathname, async () => {
        for (const file of files) {
          await tick()
          noteUpload(upload(file))
        }
        await tick()
      })
    await Promise.all([
      page('/en/catalogue/a/', ['a-brochure.pdf', 'a-logo.svg']),
      page('/en/catalogue/b/', ['b-api.yaml']),
      page('/en/catalogue/c/', ['c-logo.svg', 'c-brochure.pdf', 'c-api.yaml']),
    ])
    const paths = (pathname: string) =>
      state()
        .pages.get(pathname)
        ?.map((u) => u.sitePath)
        .sort()
    expect(paths('/en/catalogue/a/')).toEqual(['/uploads/a-brochure.pdf', '/uploads/a-logo.svg'])
    expect(paths('/en/catalogue/b/')).toEqual(['/uploads/b-api.yaml'])
    expect(paths('/en/catalogue/c/')).toEqual([
      '/uploads/c-api.yaml',
      '/uploads/c-brochure.pdf',
      '/uploads/c-logo.svg',
    ])
  })

  it('records nothing for an upload used outside a page render', async () => {
    noteUpload(upload('stray.pdf'))
    await recordingUploads('/en/', async () => {})
    expect(state().pages.get('/en/')).toEqual([])
  })
})
