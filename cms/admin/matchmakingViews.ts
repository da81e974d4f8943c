/**
 * The staff's matchmaking screens in the admin: /admin/matchmaking, …/<event> and
 * …/<event>/cards, one view that reads its path (components/matchmaking/MatchmakingView.tsx).
 */
import type { Config } from 'payload'

import { matchmakingPath } from '../matchmaking/adminPaths'

type Views = NonNullable<NonNullable<NonNullable<Config['admin']>['components']>['views']>

export const matchmakingViews = {
  matchmaking: {
    Component: '/components/matchmaking/MatchmakingView#MatchmakingView',
    path: matchmakingPath,
  },
} satisfies Views
