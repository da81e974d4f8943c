/**
 * Child process of the build benchmark's `--edit`: publishes one edit through Payload's Local
 * API as a staff editor would in the admin (access checked, hooks run, published), then prints
 * one line `BENCH_PUBLISH {json}` with the moment it was committed and the pages that must
 * show `word` afterwards.
 *
 * Usage: publish.ts product <word>  — adds a paragraph with the word to the English
 *                                     description of the newest synthetic product;
 *        publish.ts maker <word>    — renames that product's maker to "<name> <word>".
 */
import { getPayload, type Payload } from 'payload'

import config from '../../cms/payload.config'
import { blocksToLexical } from '../../cms/seed/richText'
import { localeCodes } from '@shared/locales'
import { urlFor } from '@site/lib/urls'

type Lexical = { root: { children: unknown[] } }
type Product = { id: number; slug: string; member: number | { id: number }; description?: Lexical }

const [kind, word] = process.argv.slice(2)

/** A staff user (editor, else admin) to act as: the seed makes one of each. */
async function staffUser(payload: Payload) {
  for (const role of ['editor', 'admin']) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { role: { equals: role } },
      limit: 1,
      overrideAccess: true,
    })
    if (docs[0]) return { ...docs[0], collection: 'users' as const }
  }
  throw new Error('no editor or admin user to publish as')
}

/** The newest published product (a synthetic one when the benchmark generated some). */
async function newestProduct(payload: Payload): Promise<Product> {
  const { docs } = await payload.find({
    collection: 'products',
    where: { _status: { equals: 'published' } },
    sort: '-id',
    limit: 1,
    depth: 0,
    locale: 'en',
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error('no published product to edit')
  return docs[0] as unknown as Product
}

/** Every locale's page of each product slug. */
const productPages = (slugs: string[]) =>
  slugs.flatMap((slug) => localeCodes.map((locale) => urlFor(locale, { kind: 'product', slug })))

async function publishProduct(payload: Payload, user: Awaited<ReturnType<typeof staffUser>>) {
  const product = await newestProduct(payload)
  const added = blocksToLexical([`Benchmark edit: ${word} keeps the catalogue fresh.`])
  const description = product.description ?? blocksToLexical([])
  await payload.update({
    collection: 'products',
    id: product.id,
    locale: 'en',
    data: {
      description: {
        ...description,
        root: {
          ...description.root,
          children: [...description.root.children, ...added.root.children],
        },
      },
      _status: 'published',
    } as never,
    user,
    overrideAccess: false,
    draft: false,
  })
  const at = Date.now()
  // The edit is in English: the English page must show it, and search must find it there.
  const page = urlFor('en', { kind: 'product', slug: product.slug })
  return { at, label: `product "${product.slug}" description`, pages: [page], searchPage: page }
}

async function publishMaker(payload: Payload, user: Awaited<ReturnType<typeof staffUser>>) {
  const product = await newestProduct(payload)
  const memberId = typeof product.member === 'object' ? product.member.id : product.member
  const member = (await payload.findByID({
    collection: 'members',
    id: memberId,
    depth: 0,
    overrideAccess: true,
  })) as unknown as { id: number; name: string; slug: string }
  await payload.update({
    collection: 'members',
    id: member.id,
    data: { name: `${member.name} ${word}`, _status: 'published' } as never,
    user,
    overrideAccess: false,
    draft: false,
  })
  const at = Date.now()
  const { docs } = await payload.find({
    collection: 'products',
    where: { member: { equals: member.id }, _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: true,
  })
  const slugs = docs.map((doc) => (doc as unknown as { slug: string }).slug)
  return {
    at,
    label: `maker "${member.slug}" renamed (${slugs.length} products)`,
    pages: productPages(slugs),
    searchPage: urlFor('en', { kind: 'member', slug: member.slug }),
  }
}

try {
  if ((kind !== 'product' && kind !== 'maker') || !word)
    throw new Error('usage: publish.ts product|maker <word>')
  const payload = await getPayload({ config })
  const user = await staffUser(payload)
  const published = await (kind === 'product' ? publishProduct : publishMaker)(payload, user)
  console.log(`BENCH_PUBLISH ${JSON.stringify({ word, ...published })}`)
  await payload.destroy()
  process.exit(0)
} catch (error) {
  console.error(`bench publish failed: ${(error as Error).stack}`)
  process.exit(1)
}
