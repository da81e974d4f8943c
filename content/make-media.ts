// Generates the seed media (content/media) and documents (content/documents) from the seed JSON
// files, plus media.json (alt texts) and documents.json (titles). Deterministic and idempotent:
// unchanged files are not rewritten, files of earlier runs that are no longer made are removed.
//
//   npm run content:media            (or: node content/make-media.ts [content-dir])
import './media-tools/fonts.ts' // first: points fontconfig at the bundled fonts before sharp loads
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadContent } from './media-tools/data.ts'
import { Output } from './media-tools/output.ts'
import { checkReferences } from './media-tools/references.ts'
import { printReport } from './media-tools/report.ts'
import { writeEventBanners, writeShareImage } from './media-tools/write-banners.ts'
import { writeLogos } from './media-tools/write-logos.ts'
import { writeProducts } from './media-tools/write-products.ts'
import { writePublications } from './media-tools/write-publications.ts'

const root = resolve(process.argv[2] ?? dirname(fileURLToPath(import.meta.url)))
const content = loadContent(root)
const out = new Output(root)

await writeLogos(content, out)
await writeProducts(content, out)
await writeEventBanners(content, out)
await writePublications(content, out)
await writeShareImage(content, out)

const removed = out.removeStale()
const manifests = {
  media: out.writeJson(
    'media.json',
    out.list('media').map((e) => ({ filename: e.filename, alt: e.label })),
  ),
  documents: out.writeJson(
    'documents.json',
    out.list('documents').map((e) => ({ filename: e.filename, title: e.label })),
  ),
}
const problems = [...out.warnings, ...checkReferences(root, out)]
printReport(out, removed, manifests, problems)
if (problems.length) process.exitCode = 1
