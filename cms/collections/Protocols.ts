import type { CollectionConfig } from 'payload'

import { staffEditedPublic } from '../access/rules'
import { urlField } from '../fields/contact'
import { slugField } from '../fields/slug'
import { rebuildHooks } from '../hooks/queueRebuild'
import { labels, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { publicVersions } from './versions'

/**
 * The interoperability registry's vocabulary (step 8): protocols and standards that members'
 * products provide or consume (REST with OpenAPI, PEPPOL BIS, OPC UA, …). Staff keep it, so
 * that two products naming the same standard name the same document and can be connected.
 */
export const Protocols: CollectionConfig = {
  slug: collections.protocols,
  labels: {
    singular: labels('admin.protocols.singular'),
    plural: labels('admin.protocols.plural'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'family', '_status'],
    group: labels('admin.group.catalogue'),
  },
  access: staffEditedPublic,
  versions: publicVersions,
  hooks: rebuildHooks(),
  fields: [
    // A standard's name is the same in every language ("PEPPOL BIS", "HL7 FHIR").
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField(),
    {
      name: 'family',
      type: 'select',
      options: optionsOf('protocolFamilies'),
      required: true,
      defaultValue: 'api',
    },
    { name: 'description', type: 'textarea', localized: true, maxLength: 600 },
    urlField({ name: 'specification' }),
  ],
}
