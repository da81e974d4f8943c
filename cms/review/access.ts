import type { Access } from 'payload'

import { isMemberUser } from '../access/roles'

/**
 * A member company may change its documents but never publish them. Its saves are turned into
 * drafts before access is checked (hooks/memberDrafts.ts), so this refusal is what the admin
 * reads when it asks "may this user publish?" (Payload's hasPublishPermission): without it the
 * member was offered "Publish changes" and "Unpublish", and told "Published" after a save
 * that only stored a draft.
 */
export const withoutMemberPublishing =
  (access: Access): Access =>
  (args) =>
    isMemberUser(args.req.user) &&
    (args.data as { _status?: unknown } | undefined)?._status === 'published'
      ? false
      : access(args)
