// Publication covers (English title) and one PDF per locale.
import { coverAlt, publicationDocTitle } from './alt-text.ts'
import { coverSvg } from './cover-art.ts'
import { LOCALES } from './data.ts'
import type { Content } from './data.ts'
import { formatMonth, humanize, portalLabel } from './i18n.ts'
import type { Output } from './output.ts'
import { publicationPdf } from './publication-pdf.ts'
import { imageBytes } from './raster.ts'

export async function writePublications(content: Content, out: Output): Promise<void> {
  const clusterName = content.settings.clusterName ?? 'HITS Cluster'
  for (const pub of content.publications) {
    const cover = pub.cover ?? `publications-${pub.slug}.png`
    const svg = coverSvg({
      slug: pub.slug,
      title: pub.title.en,
      kindLabel: portalLabel('en', 'publication.kind', pub.kind, humanize('publication')),
      dateLine: formatMonth(pub.date, 'en'),
      authors: (pub.authors ?? []).join(', '),
      clusterName,
    })
    out.write(
      'media',
      cover,
      await imageBytes(svg, cover),
      'publication covers',
      coverAlt(pub.title),
    )
    for (const locale of LOCALES) {
      const file = pub.file?.[locale] ?? `publications-${pub.slug}-${locale}.pdf`
      const pdf = await publicationPdf(pub, locale, content.settings)
      out.write('documents', file, pdf, 'publication PDFs', publicationDocTitle(pub.title, locale))
    }
  }
}
