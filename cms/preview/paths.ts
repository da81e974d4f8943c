/**
 * The CMS's preview of a document's latest version (cms/preview/endpoint.ts): a page served by
 * the CMS, not by the static portal, so that a draft only ever reaches a signed-in user who may
 * read it.
 *
 * @example previewPath('products', 12, 'bg') // '/api/products/12/preview?locale=bg'
 */
export const previewPath = (collection: string, id: number | string, locale: string) =>
  `/api/${collection}/${encodeURIComponent(String(id))}/preview?locale=${encodeURIComponent(locale)}`
