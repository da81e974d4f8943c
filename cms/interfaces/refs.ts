import type { ApiProblem } from './problems'

type Json = unknown

/** Every `$ref` string in a document, depth first, with no node visited twice. */
function* refsOf(node: Json, seen = new Set<object>()): Generator<string> {
  if (node === null || typeof node !== 'object' || seen.has(node)) return
  seen.add(node)
  if (Array.isArray(node)) {
    for (const item of node) yield* refsOf(item, seen)
    return
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') yield value
    else yield* refsOf(value, seen)
  }
}

/** Follows a local JSON pointer (`#/components/schemas/Order`) in the document. */
function pointsSomewhere(document: Json, ref: string): boolean {
  if (ref === '#') return true
  if (!ref.startsWith('#/')) return false
  let node: Json = document
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return false
    node = (node as Record<string, Json>)[token]
  }
  return true
}

/**
 * The portal renders an uploaded description on its own at build time, and the CMS must never
 * fetch what a file points to (another host, a local path): every `$ref` has to stay inside the
 * document and point at something in it. Returns the first reference that does not.
 */
export function checkLocalRefs(document: Json): ApiProblem | null {
  for (const ref of refsOf(document)) {
    if (!ref.startsWith('#')) return { code: 'externalRef', ref: ref.slice(0, 200) }
    if (!pointsSomewhere(document, ref)) return { code: 'missingRef', ref: ref.slice(0, 200) }
  }
  return null
}
