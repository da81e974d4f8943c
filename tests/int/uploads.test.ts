import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectRejected } from '../helpers/expectRejected'
import { startPayload } from '../helpers/payload'
import { fixture } from '../helpers/world'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload
const sys = { overrideAccess: true } as const

beforeAll(async () => {
  ctx = await startPayload('uploads')
  payload = ctx.payload
})
afterAll(async () => ctx?.stop())

const rejects = (
  collection: CollectionSlug,
  write: () => Promise<unknown>,
  fieldPath: string,
  text: RegExp,
) => expectRejected(payload, collection, write, fieldPath, text)

describe('uploads', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'uploads-'))
  const bigFile = (name: string, header: Buffer, megabytes: number) => {
    const file = path.join(tmp, name)
    fs.writeFileSync(file, Buffer.concat([header, Buffer.alloc(megabytes * 1024 * 1024)]))
    return file
  }

  it('documents accept a PDF', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Brochure' },
      filePath: fixture('doc.pdf'),
      ...sys,
    })
    expect(doc.mimeType).toBe('application/pdf')
  })

  it('documents refuse an image', async () => {
    await rejects(
      'documents',
      () =>
        payload.create({
          collection: 'documents',
          data: { title: 'Not a PDF' },
          filePath: fixture('image.png'),
          ...sys,
        }),
      'file',
      /not accepted here.*PDF/,
    )
  })

  it('documents refuse a PDF over 20 MB', async () => {
    const file = bigFile('big.pdf', fs.readFileSync(fixture('doc.pdf')), 21)
    await rejects(
      'documents',
      () =>
        payload.create({
          collection: 'documents',
          data: { title: 'Huge' },
          filePath: file,
          ...sys,
        }),
      'file',
      /at most 20 MB/,
    )
  })

  it('media refuse a PDF', async () => {
    await rejects(
      'media',
      () =>
        payload.create({
          collection: 'media',
          data: { alt: 'x' },
          filePath: fixture('doc.pdf'),
          ...sys,
        }),
      'file',
      /not accepted here.*JPEG, PNG, WebP, AVIF, SVG/,
    )
  })

  it('media refuse an image over 10 MB', async () => {
    const file = bigFile('big.png', fs.readFileSync(fixture('image.png')), 11)
    await rejects(
      'media',
      () => payload.create({ collection: 'media', data: { alt: 'x' }, filePath: file, ...sys }),
      'file',
      /at most 10 MB/,
    )
  })

  it('media need alt text in English', async () => {
    await rejects(
      'media',
      () =>
        payload.create({ collection: 'media', data: {}, filePath: fixture('image.png'), ...sys }),
      'alt',
      /Alt text is required in English/,
    )
  })

  it('media make WebP variants 400, 800 and 1600 px wide and keep the focal point', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Blue', focalX: 30, focalY: 70 },
      filePath: fixture('image.png'),
      ...sys,
    })
    const sizes = doc.sizes as Record<
      string,
      { width?: number; mimeType?: string; filename?: string }
    >
    expect([sizes.w400?.width, sizes.w800?.width, sizes.w1600?.width]).toEqual([400, 800, 1600])
    expect(sizes.w800?.mimeType).toBe('image/webp')
    expect(fs.existsSync(path.join(ctx.dataDir, 'media', sizes.w1600?.filename ?? '-'))).toBe(true)
    expect([doc.focalX, doc.focalY]).toEqual([30, 70])
  })
})
