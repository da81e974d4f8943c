/**
 * Fragment ids for the page's entries, stable from build to build (so a link to
 * `#op-listInvoices` keeps working) and unique on the page: each kind has its own prefix, so an
 * operation and a schema of the same name do not collide, and a repeated name gets `-2`, `-3`.
 *
 * @example const anchor = anchors(); anchor('op', 'listInvoices') // 'op-listInvoices'
 * @example anchor('op', 'GET /invoices/{id}') // 'op-GET-invoices-id'
 */
export function anchors() {
  const taken = new Set<string>()
  return (prefix: string, text: string): string => {
    const body = text
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
    const base = body ? `${prefix}-${body}` : prefix
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
}

export type Anchors = ReturnType<typeof anchors>
