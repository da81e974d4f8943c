/**
 * Profile completeness in the admin: the staff's view (/admin/completeness), its nav link, the
 * provider that makes links to a field land on it, and on members and products a card at the top
 * of the edit view's sidebar with an endpoint that refreshes it. The card is a `ui` field: it
 * has no column, no API value and no place in the types; the score is computed, never stored.
 */
import type { CollectionConfig, Config, Field } from 'payload'

import { completenessPath } from '../completeness/adminPaths'
import { completenessEndpoint } from '../completeness/endpoint'
import { collections } from '@shared/slugs'

type Components = NonNullable<NonNullable<Config['admin']>['components']>

export const completenessComponents = {
  views: {
    completeness: {
      Component: '/components/completeness/CompletenessView#CompletenessView',
      path: completenessPath,
    },
  },
  navLink: '/components/completeness/CompletenessNavLink#CompletenessNavLink',
  provider: '/components/completeness/FieldHashFocus#FieldHashFocus',
} satisfies {
  views: Components['views']
  navLink: string
  provider: string
}

const scored = new Set<string>([collections.members, collections.products])

const completenessField: Field = {
  name: 'completeness',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/completeness/CompletenessField#CompletenessField' },
  },
}

/** Members and products get the card first in the sidebar, and the endpoint behind it. */
export const withCompleteness = (config: CollectionConfig): CollectionConfig =>
  scored.has(config.slug)
    ? {
        ...config,
        fields: [completenessField, ...config.fields],
        endpoints: [...(config.endpoints || []), completenessEndpoint],
      }
    : config
