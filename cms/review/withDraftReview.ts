import type { CollectionConfig } from 'payload'

import { reviewRequestedField } from '../fields/reviewRequested'
import { withoutMemberPublishing } from './access'
import { notifyReviewRequest, trackReviewRequest } from './hooks'
import { isReviewed } from './sources'

const components = '/components/review/DraftReviewControls'

/**
 * The review of member edits on a collection a member company edits (members, products,
 * cooperation): the `reviewRequested` flag and its hooks, no publishing for member users, and
 * the admin's document controls that say so ("Submit for review", "Awaiting review", no
 * "Unpublish"). Staff keep Payload's own controls. Other collections are returned unchanged.
 */
export function withDraftReview(config: CollectionConfig): CollectionConfig {
  if (!isReviewed(config.slug)) return config
  const update = config.access?.update
  return {
    ...config,
    access: { ...config.access, ...(update ? { update: withoutMemberPublishing(update) } : {}) },
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), trackReviewRequest],
      afterChange: [...(config.hooks?.afterChange ?? []), notifyReviewRequest],
    },
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          PublishButton: `${components}#ReviewPublishButton`,
          UnpublishButton: `${components}#ReviewUnpublishButton`,
          Status: `${components}#ReviewStatus`,
        },
      },
    },
    fields: [...config.fields, reviewRequestedField],
  }
}
