/**
 * The admin components of the member-company work: "My company" (nav link, dashboard, view)
 * and the review queue of member drafts. Paths are relative to cms/ (importMap.baseDir).
 */
import type { Config } from 'payload'

import { myCompanyPath, reviewQueuePath } from '../review/adminPaths'

type Components = NonNullable<NonNullable<Config['admin']>['components']>

export const memberAdminComponents = {
  beforeNavLinks: ['/components/member/MemberNavLinks#MemberNavLinks'],
  beforeDashboard: ['/components/member/MemberDashboard#MemberDashboard'],
  views: {
    myCompany: { Component: '/components/member/MyCompanyView#MyCompanyView', path: myCompanyPath },
    reviewQueue: { Component: '/components/review/ReviewQueue#ReviewQueue', path: reviewQueuePath },
  },
} satisfies Components
