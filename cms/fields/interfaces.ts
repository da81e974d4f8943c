import type { ArrayField } from 'payload'

import { labels, optionsOf } from '../i18n/messages'
import { collections } from '@shared/slugs'
import { urlField } from './contact'

/**
 * A product's interfaces (step 8): each a protocol of the staff-kept vocabulary, provided or
 * consumed, with its version, public documentation and optionally an API description. An array
 * at the top level of the collection (not inside a group): Payload's SQL adapter migrates
 * top-level arrays cleanly.
 */
export const interfacesField = (): ArrayField => ({
  name: 'interfaces',
  type: 'array',
  // "Add interface" in the admin's language (Payload makes the singular from the name).
  labels: {
    singular: labels('admin.interfaces.singular'),
    plural: labels('admin.label.interfaces'),
  },
  admin: {
    description: labels('admin.products.interfaces.description'),
    // "Provides PEPPOL BIS 3.0" rather than "Interface 01".
    components: { RowLabel: '/components/interfaces/InterfaceRowLabel#InterfaceRowLabel' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'protocol',
          type: 'relationship',
          relationTo: collections.protocols,
          required: true,
        },
        {
          name: 'role',
          type: 'select',
          options: optionsOf('interfaceRoles'),
          required: true,
          defaultValue: 'provides',
        },
        { name: 'version', type: 'text', maxLength: 40 },
      ],
    },
    urlField({ name: 'documentation' }),
    { name: 'apiDescription', type: 'upload', relationTo: collections.apiDescriptions },
  ],
})
