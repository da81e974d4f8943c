import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { notFoundPage, resolveRequest, serveSite } from '../../cms/scripts/serveSite'
import { swapIn } from '../../cms/scripts/siteFolder'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-site-'))
const site = path.join(root, 'site')
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true })
  fs.writeFileSync(path.join(site, file), text)
}

beforeAll(() => {
  write('index.html', 'home')
  write('404.html', 'not found')
  write('de/404.html', 'nicht gefunden')
  write('de/search/index.html', 'suche')
  write('pagefind/pagefind.js', 'export {}')
  write('pagefind/wasm.de.pagefind', 'x')
  write('en/events.ics', 'BEGIN:VCALENDAR')
  fs.writeFileSync(path.join(root, 'secret.txt'), 'outside')
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('static site server', () => {
  it('maps paths to files, directories to their index.html, and refuses to leave the folder', () => {
    expect(resolveRequest(site, '/de/search/')).toEqual({
      file: path.join(site, 'de/search/index.html'),
    })
    expect(resolveRequest(site, '/de/search')).toEqual({ redirect: '/de/search/' })
    expect(resolveRequest(site, '/../secret.txt')).toBeNull()
    expect(resolveRequest(site, '/%2e%2e/secret.txt')).toBeNull()
    expect(resolveRequest(site, '/%E0%A4%A')).toBeNull()
    expect(resolveRequest(site, '/nothing/')).toBeNull()
  })

  it("answers a miss with the locale's 404 page when there is one", () => {
    expect(notFoundPage(site, '/de/nothing/')).toBe(path.join(site, 'de/404.html'))
    expect(notFoundPage(site, '/bg/nothing/')).toBe(path.join(site, '404.html'))
  })

  it('serves with content types, 404 status and a redirect for a missing slash', async () => {
    const server = await serveSite({ dir: site, port: 0, host: '127.0.0.1' })
    const { port } = server.address() as { port: number }
    const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`, { redirect: 'manual' })
    try {
      const page = await get('/de/search/?q=Cloud')
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(
        /^text\/javascript/,
      )
      expect((await get('/en/events.ics')).headers.get('content-type')).toMatch(/^text\/calendar/)
      expect((await get('/pagefind/wasm.de.pagefind')).status).toBe(200)
      const miss = await get('/de/nothing/')
      expect([miss.status, await miss.text()]).toEqual([404, 'nicht gefunden'])
      const bare = await get('/de/search?q=a')
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/de/search/?q=a'])
      expect((await fetch(`http://127.0.0.1:${port}/`, { method: 'POST' })).status).toBe(405)
    } finally {
      server.close()
    }
  })
})

describe('swapping a built site in', () => {
  it('replaces the output whole and leaves no backup behind', () => {
    const out = path.join(root, 'dist')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'old.html'), 'old')
    const fresh = path.join(root, 'dist.tmp-1')
    fs.mkdirSync(fresh)
    fs.writeFileSync(path.join(fresh, 'new.html'), 'new')
    swapIn(fresh, out)
    expect(fs.readdirSync(out)).toEqual(['new.html'])
    expect(fs.readdirSync(root).filter((f) => f.startsWith('dist'))).toEqual(['dist'])
  })

  it('keeps the previous output when the new folder cannot be moved in', () => {
    const out = path.join(root, 'dist2')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'old.html'), 'old')
    expect(() => swapIn(path.join(root, 'missing'), out)).toThrow()
    expect(fs.readFileSync(path.join(out, 'old.html'), 'utf8')).toBe('old')
  })
})
