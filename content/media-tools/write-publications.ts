// Publication covers (one picture for every locale, without words) and one PDF per locale.
import { coverAlt, publicationDocTitle } from './alt-text.ts'
import { coverScene, coverSvg } from './cover-art.ts'
import { LOCALES } from './data.ts'
import type { Content } from './data.ts'
import type { Output } from './output.ts'
import { publicationPdf } from './publication-pdf.ts'
import { imageBytes } from './raster.ts'

export async function writePublications(content: Content, out: Output): Promise<void> {
  for (const pub of content.publications) {
    const cover = pub.cover ?? `publications-${pub.slug}.png`
    // The cover pictures the publication's kind without words; the page gives its title.
    const svg = coverSvg({ slug: pub.slug, kind: pub.kind })
    out.write(
      'media',
      cover,
      await imageBytes(svg, cover),
      'publication covers',
      coverAlt(pub.title, coverScene(pub.slug, pub.kind)),
    )
    for (const locale of LOCALES) {
      const file = pub.file?.[locale] ?? `publications-${pub.slug}-${locale}.pdf`
      const pdf = await publicationPdf(pub, locale, content.settings)
      out.write('documents', file, pdf, 'publication PDFs', publicationDocTitle(pub.title, locale))
    }
  }
}
