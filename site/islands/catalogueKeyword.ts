import { search } from './pagefind'

/** More matches than a visitor reads; each match costs Pagefind one small fragment request. */
const maxMatches = 300

/**
 * The product pages that match the catalogue's keyword box, best first, as site paths. The
 * words go to Pagefind (site/islands/pagefind.ts, this locale's index and its word forms);
 * everything else about the list (filters, order, cards) comes from the catalogue's own index.
 */
export async function keywordMatches(words: string, productType: string): Promise<string[]> {
  const found = await search(words, { filters: { type: productType } })
  const data = await Promise.all(found.results.slice(0, maxMatches).map((r) => r.data()))
  return data.map((d) => new URL(d.url, location.href).pathname)
}
