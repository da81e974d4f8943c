// Renders SVG to raster files through sharp. PNGs are palette-quantised (with light dithering for
// the gradients) because full-colour PNGs of these illustrations would be several times larger.
import sharp from 'sharp'

export type RasterFormat = 'png' | 'webp' | 'jpg'

export function rasterFormatOf(filename: string): RasterFormat | null {
  const ext = filename.toLowerCase().split('.').pop()
  if (ext === 'png' || ext === 'webp') return ext
  if (ext === 'jpg' || ext === 'jpeg') return 'jpg'
  return null
}

export async function renderSvg(
  svg: string,
  format: RasterFormat,
  width?: number,
): Promise<Buffer> {
  let image = sharp(Buffer.from(svg))
  if (width) image = image.resize({ width })
  if (format === 'png') {
    return image
      .png({
        palette: true,
        quality: 92,
        colours: 256,
        dither: 0.7,
        effort: 10,
        compressionLevel: 9,
      })
      .toBuffer()
  }
  if (format === 'webp') return image.webp({ quality: 84, effort: 6 }).toBuffer()
  // JPEG only goes into the brochures; it must have no alpha channel.
  return image.flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer()
}

/** The bytes to store for an image file: the SVG itself, or the SVG rendered to the file's format. */
export async function imageBytes(svg: string, filename: string): Promise<Buffer | string> {
  const format = rasterFormatOf(filename)
  if (filename.toLowerCase().endsWith('.svg')) return svg
  if (!format) throw new Error(`${filename}: unsupported image type`)
  return renderSvg(svg, format)
}
