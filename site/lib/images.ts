/// <reference types="astro/client" />
import { getImage } from 'astro:assets'
import type { ImageMetadata } from 'astro'

import type { Media } from '../../cms/payload-types'
import { publishUpload } from './uploads'

/**
 * CMS images through Astro's image pipeline (sharp): WebP in several widths with `srcset`, and
 * the original's dimensions so the browser reserves the space before the image loads.
 *
 * Astro transforms local images that it knows as ImageMetadata and reads their original from
 * the build output at `src`. Uploads are not under site/ and the CMS may not be running, so the
 * original is copied into the output (uploads.ts) and described as ImageMetadata; Astro writes
 * the variants next to it and deletes the copy afterwards (it has an `fsPath` nobody imports).
 * SVG logos are served as they are.
 */

export type ImageAttributes = {
  src: string
  srcset?: string
  sizes?: string
  width: number
  height: number
  alt: string
}

const formats: Record<string, ImageMetadata['format']> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
}

type Options = {
  /** Widths to offer in srcset (capped at the original's width). */
  widths?: readonly number[]
  /** The `sizes` attribute: how wide the image is shown. */
  sizes?: string
}

/**
 * The attributes of an <img> for a media document, or undefined when there is nothing to show
 * (not populated, no file, not an image).
 *
 * @example const img = await imageAttributes(product.images[0], { widths: [400, 800], sizes: '20rem' })
 */
export function imageAttributes(
  media: number | Media | null | undefined,
  { widths = [400, 800, 1200], sizes = '100vw' }: Options = {},
): Promise<ImageAttributes | undefined> {
  if (!media || typeof media !== 'object' || !media.filename || !media.width || !media.height) {
    return Promise.resolve(undefined)
  }
  // The same image in the same sizes recurs on many pages (each locale, lists, cards): Astro's
  // getImage hashes its options on every call, a tenth of a large build's rendering time, so
  // one build asks once. The alt text is part of the key: it differs between locales.
  const key = JSON.stringify([
    media.filename,
    media.width,
    media.height,
    media.mimeType,
    media.alt,
    widths,
    sizes,
  ])
  let attributes = known.get(key)
  if (!attributes) known.set(key, (attributes = transformed(media as Sized, widths, sizes)))
  return attributes
}

const known = new Map<string, Promise<ImageAttributes | undefined>>()

type Sized = Media & { filename: string; width: number; height: number }

async function transformed(
  media: Sized,
  widths: readonly number[],
  sizes: string,
): Promise<ImageAttributes | undefined> {
  const format = formats[media.mimeType ?? '']
  if (!format) return undefined
  const src = await publishUpload('media', media.filename)
  if (!src) return undefined
  const alt = media.alt ?? ''
  if (format === 'svg') return { src, width: media.width, height: media.height, alt }

  const usable = widths.filter((w) => w <= media.width)
  const chosen = usable.length > 0 ? usable : [media.width]
  const largest = Math.max(...chosen)
  // fsPath is a field Astro reads but does not declare: set, it makes Astro delete the copy at
  // `src` after the build (no module imports it). Astro names each variant by a hash of these
  // fields, and keeps made variants in <cacheDir>/assets under that name: the content-addressed
  // `src` instead of the upload's path on disk makes the name depend on the image's bytes and
  // the transform only, so the next build, wherever its data folder, copies it from the cache.
  const original: ImageMetadata & { fsPath: string } = {
    src,
    width: media.width,
    height: media.height,
    format,
    fsPath: src,
  }
  const image = await getImage({
    src: original,
    width: largest,
    widths: chosen,
    sizes,
    format: 'webp',
  })
  return {
    src: image.src,
    srcset: image.srcSet.attribute || undefined,
    sizes,
    width: Number(image.attributes.width ?? largest),
    height: Number(image.attributes.height ?? Math.round((largest * media.height) / media.width)),
    alt,
  }
}

/** One URL of a reasonable size for the image, for og:image, search results and JSON-LD. */
export async function imageUrl(media: number | Media | null | undefined, width = 800) {
  return (await imageAttributes(media, { widths: [width] }))?.src
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** An <img> as an HTML string, for rich text, where no component can be used. */
export function imageHtml(img: ImageAttributes, loading: 'lazy' | 'eager' = 'lazy'): string {
  const attrs: [string, string | number | undefined][] = [
    ['src', img.src],
    ['srcset', img.srcset],
    ['sizes', img.srcset ? img.sizes : undefined],
    ['width', img.width],
    ['height', img.height],
    ['alt', img.alt],
    ['loading', loading],
    ['decoding', 'async'],
  ]
  return `<img ${attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escape(String(v))}"`)
    .join(' ')}>`
}
