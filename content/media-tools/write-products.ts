// Product illustrations (one per entry in `images`) and, where a product names one, its brochure.
import { brochureDocTitle, productAlt } from './alt-text.ts'
import { brochurePdf } from './brochure-pdf.ts'
import type { Content, Member, Product } from './data.ts'
import type { Output } from './output.ts'
import { productScene, productSvg } from './product-art.ts'
import type { ProductArtInput } from './product-art.ts'
import { productFacts, productReferences } from './product-facts.ts'
import { imageBytes, renderSvg } from './raster.ts'

function artInput(
  product: Product,
  member: Member | undefined,
  view: number,
  variant: number,
): ProductArtInput {
  const memberName = member?.name ?? product.member
  const host = (member?.website ?? `https://${product.member}.example`)
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
  return {
    name: product.name,
    // The first view keeps the plain slug as seed; further views vary the layout and data.
    seed: view === 1 ? product.slug : `${product.slug}#${view}`,
    variant,
    host: `app.${host.replace(/^www\./, '')}/${product.slug}`,
    memberName,
    memberSlug: product.member,
    slug: product.slug,
    categories: product.categories,
    view,
  }
}

export async function writeProducts(content: Content, out: Output): Promise<void> {
  // Counts pictures per maker so that one maker's products show different screen layouts.
  const perMember = new Map<string, number>()
  for (const product of content.products) {
    const member = content.members.find((m) => m.slug === product.member)
    if (!member)
      out.warnings.push(`products.json: ${product.slug} names unknown member "${product.member}"`)
    const files = product.images?.length ? product.images : [`products-${product.slug}.png`]
    const firstVariant = perMember.get(product.member) ?? 0
    perMember.set(product.member, firstVariant + files.length)
    for (const [i, file] of files.entries()) {
      const input = artInput(product, member, i + 1, firstVariant + i)
      const svg = productSvg(input)
      const alt = productAlt(
        product.name,
        member?.name ?? product.member,
        productScene(input),
        i + 1,
      )
      out.write('media', file, await imageBytes(svg, file), 'product images', alt)
    }
    if (!product.brochure) continue
    const image = await renderSvg(
      productSvg(artInput(product, member, 1, firstVariant)),
      'jpg',
      1100,
    )
    const pdf = await brochurePdf({
      product,
      member,
      facts: productFacts(product, content),
      references: productReferences(product),
      image,
    })
    out.write(
      'documents',
      product.brochure,
      pdf,
      'product brochures',
      brochureDocTitle(product.name),
    )
  }
}
