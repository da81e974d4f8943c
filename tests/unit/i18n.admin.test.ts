import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { withFieldLabels } from '@cms/fields/fieldLabels'
import { localeCodes } from '@shared/locales'

// Every collection and global the CMS defines, found by their files: building the config itself
// would open a database, and a list kept here would miss the next collection.
const configsIn = (modules: Record<string, unknown>) =>
  Object.values(modules).flatMap((module) =>
    Object.values(module as Record<string, unknown>).filter(
      (value): value is { slug: string; fields: Field[] } =>
        typeof value === 'object' && value !== null && 'slug' in value && 'fields' in value,
    ),
  )
const collections = configsIn(
  import.meta.glob('../../cms/collections/*.ts', { eager: true }),
) as CollectionConfig[]
const globals = configsIn(
  import.meta.glob('../../cms/globals/*.ts', { eager: true }),
) as GlobalConfig[]

/** Every text of the admin in a config: [where, value], at any depth of its fields. */
function textsOf(fields: Field[], where: string, visible: boolean, into: [string, unknown][] = []) {
  for (const field of fields) {
    const at = 'name' in field ? `${where}.${field.name}` : `${where}.(${field.type})`
    const shown =
      visible && 'name' in field && field.type !== 'ui' && !field.hidden && !field.admin?.hidden
    if (shown || ('label' in field && field.label !== undefined))
      into.push([`${at} label`, 'label' in field ? field.label : undefined])
    if (field.admin && 'description' in field.admin && field.admin.description !== undefined)
      into.push([`${at} description`, field.admin.description])
    if ('options' in field)
      for (const option of field.options)
        if (typeof option === 'object') into.push([`${at} option ${option.value}`, option.label])
    if ('fields' in field) textsOf(field.fields, at, visible, into)
    if ('tabs' in field)
      for (const tab of field.tabs) {
        into.push([`${at} tab`, tab.label])
        textsOf(tab.fields, at, visible, into)
      }
  }
  return into
}

/** A text in every locale: a record with each locale's words, or a function of the language. */
const inEveryLocale = (value: unknown) =>
  typeof value === 'function' ||
  value === false ||
  (typeof value === 'object' &&
    value !== null &&
    localeCodes.every((l) => typeof (value as Record<string, unknown>)[l] === 'string') &&
    Object.values(value).every((text) => typeof text === 'string' && text.trim() !== ''))

describe('the admin', () => {
  it('finds the collections and globals', () => {
    expect(collections.length).toBeGreaterThanOrEqual(14)
    expect(globals.map((g) => g.slug).sort()).toEqual(['build-status', 'settings'])
  })

  for (const config of [...collections, ...globals]) {
    const visible = config.admin?.hidden !== true
    it(`${config.slug}: every label, group, description and option in every locale`, () => {
      // As cms/payload.config.ts passes it to Payload: with the catalogue's field labels.
      const texts: [string, unknown][] = textsOf(
        withFieldLabels(config).fields,
        config.slug,
        visible,
      )
      if ('labels' in config && config.labels) {
        texts.push(['labels.singular', config.labels.singular])
        texts.push(['labels.plural', config.labels.plural])
      } else if ('label' in config && config.label) texts.push(['label', config.label])
      else if (visible) texts.push(['label', undefined])
      if (config.admin?.group !== undefined) texts.push(['group', config.admin.group])
      if (config.admin?.description !== undefined)
        texts.push(['description', config.admin.description])
      for (const [where, value] of texts)
        expect(inEveryLocale(value), `${where}: ${JSON.stringify(value)}`).toBe(true)
    })
  }
})
