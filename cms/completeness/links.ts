import type { Missing } from './score'

/**
 * The id Payload's admin gives a field's input (`@payloadcms/ui` generateFieldID and each
 * field component: `field-` and the path with dots as `__`, e.g. `field-contact__email`,
 * `field-references__1__outcome`). The rich text editor has no id but a `data-field-path`;
 * components/completeness/FieldHashFocus.tsx finds either.
 */
export const fieldAnchor = (path: string) => `field-${path.replace(/\./g, '__')}`

/** The path a field anchor names, back again (`contact__email` → `contact.email`). */
export const anchorPath = (anchor: string) => anchor.replace(/^field-/, '').replace(/__/g, '.')

/**
 * Where a missing item is filled in: the edit view of its document, in the item's locale when
 * the field is localized, scrolled to the field. "No product yet" opens a new product.
 *
 * @example fieldHref('/admin', { collection: 'members', id: 3, field: 'contact.email', … })
 * // '/admin/collections/members/3#field-contact__email'
 */
export function fieldHref(admin: string, item: Missing): string {
  if (item.criterion === 'products') return `${admin}/collections/products/create`
  const locale = item.locale ? `?locale=${item.locale}` : ''
  return `${admin}/collections/${item.collection}/${item.id}${locale}#${fieldAnchor(item.field)}`
}
