import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { catalogues, labels, type MessageKey } from '../i18n/messages'

const shown = (field: Field) =>
  'name' in field && field.type !== 'ui' && !field.hidden && !field.admin?.hidden

/**
 * Fields with a label of the catalogue (`admin.label.<name>`, in every locale) where they have
 * none of their own: without one Payload shows the name in English words ("Export Markets") in
 * a Bulgarian or German admin too. Keyed by name rather than by collection, since a name means
 * the same thing wherever it occurs ("city", "summary"); a field that needs other words sets its
 * own `label`. A shown field whose name has no key stops the config, naming the key to add.
 */
export function labelFields(fields: Field[], where: string): Field[] {
  return fields.map((field) => {
    const at = 'name' in field ? `${where}.${field.name}` : where
    let labelled = field
    if ('fields' in field) labelled = { ...field, fields: labelFields(field.fields, at) } as Field
    if ('tabs' in field)
      labelled = {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: labelFields(tab.fields, at) })),
      } as Field
    if (!shown(field) || ('label' in field && field.label !== undefined)) return labelled
    const key = `admin.label.${(field as { name: string }).name}`
    if (!(key in catalogues.en))
      throw new Error(
        `The field ${at} has no label: add '${key}' to cms/i18n/en.ts, bg.ts and de.ts, or give the field its own label.`,
      )
    return { ...labelled, label: labels(key as MessageKey) } as Field
  })
}

/**
 * A collection or global whose fields carry the catalogue's labels (see labelFields); one
 * hidden from the admin stays as it is, since nobody reads its fields there.
 */
export const withFieldLabels = <C extends CollectionConfig | GlobalConfig>(config: C): C =>
  config.admin?.hidden === true
    ? config
    : { ...config, fields: labelFields(config.fields, config.slug) }
