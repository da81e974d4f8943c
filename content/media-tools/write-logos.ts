// Member and partner logos.
import { logoAlt } from './alt-text.ts'
import type { Content } from './data.ts'
import { logoSvg } from './logo.ts'
import type { Output } from './output.ts'
import { imageBytes } from './raster.ts'

export async function writeLogos(content: Content, out: Output): Promise<void> {
  const orgs = [
    ...content.members.map((m) => ({
      ...m,
      kind: 'member logos',
      file: m.logo ?? `members-${m.slug}.svg`,
    })),
    ...content.partners.map((p) => ({
      ...p,
      kind: 'partner logos',
      file: p.logo ?? `partners-${p.slug}.svg`,
    })),
  ]
  for (const org of orgs) {
    const svg = logoSvg(org.name, org.slug)
    out.write('media', org.file, await imageBytes(svg, org.file), org.kind, logoAlt(org.name))
  }
}
