import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { bg } from '@payloadcms/translations/languages/bg'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { guardDocumentLocks } from './access/lockedDocuments'
import { memberAdminComponents } from './admin/components'
import { completenessComponents, withCompleteness } from './admin/completeness'
import { matchmakingViews } from './admin/matchmakingViews'
import { withMemberAdmin, withMemberAdminGlobal } from './admin/memberAdmin'
import { ApiDescriptions } from './collections/ApiDescriptions'
import { Applications } from './collections/Applications'
import { Categories } from './collections/Categories'
import { Cooperation } from './collections/Cooperation'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Inquiries } from './collections/Inquiries'
import { MatchmakingTokens } from './collections/MatchmakingTokens'
import { Media } from './collections/Media'
import { MeetingBookings } from './collections/MeetingBookings'
import { Meetings } from './collections/Meetings'
import { Members } from './collections/Members'
import { Pages } from './collections/Pages'
import { Participants } from './collections/Participants'
import { Partners } from './collections/Partners'
import { Products } from './collections/Products'
import { Protocols } from './collections/Protocols'
import { Publications } from './collections/Publications'
import { SeedState } from './collections/SeedState'
import { Users } from './collections/Users'
import { databaseAdapter, migrateOnInit } from './databaseAdapter'
import { guardInput, markOwnEndpoints } from './endpoints/guardInput'
import { inputErrorsAre400 } from './hooks/inputErrors'
import { matchmakingEndpoints } from './matchmaking/endpoints'
import { emailAdapter } from './email/adapter'
import { withFieldLabels } from './fields/fieldLabels'
import { BuildStatus } from './globals/BuildStatus'
import { accessQuery } from './graphql/accessQuery'
import { memberRestoreMutations } from './hooks/memberDrafts'
import { trackPublicUploads } from './hooks/publicUploads'
import { beforeAutoRun, jobsAutoRun } from './jobs/autoRun'
import { rebuildSiteTask } from './jobs/rebuildSite'
import { staffRequest } from './access/jobs'
import { sendMailsWorkflow, sendMailTask } from './jobs/mail'
import { lockJobStats, matchmakingRemindersTask } from './jobs/reminders'
import { Settings } from './globals/Settings'
import { defaultLocale, locales } from '@shared/locales'
import { resolvePayloadSecret } from './secret'
import { withDraftReview } from './review/withDraftReview'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its document-lock collection while building the config; its access is set after.
export default buildConfig({
  secret: resolvePayloadSecret(),
  serverURL: process.env.CMS_URL || undefined,
  db: await databaseAdapter(process.env.DATABASE_URI),
  onInit: migrateOnInit,
  editor: lexicalEditor(),
  // SMTP from SMTP_* variables, otherwise .eml files under <DATA_DIR>/mail/.
  email: emailAdapter,
  sharp,
  admin: {
    user: Users.slug,
    importMap: {
      baseDir: dirname,
      importMapFile: path.join(dirname, 'app', '(payload)', 'admin', 'importMap.js'),
    },
    // The cluster's name and mark from Settings (components/AdminBrand.tsx, and the page title
    // in app/(payload)/admin/[[...segments]]/page.tsx); the favicon is served by the CMS.
    meta: {
      titleSuffix: ' · CMS',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      // Member users: "My company" and only their own things; staff: the review queue.
      ...memberAdminComponents,
      // Staff's matchmaking: events, the schedule grid, table cards.
      views: {
        ...memberAdminComponents.views,
        ...matchmakingViews,
        ...completenessComponents.views,
      },
      beforeNavLinks: [
        ...memberAdminComponents.beforeNavLinks,
        '/components/matchmaking/MatchmakingNavLink#MatchmakingNavLink',
        completenessComponents.navLink,
      ],
      // Links to a field (the completeness items) land on it once Payload has rendered it.
      providers: [completenessComponents.provider],
      graphics: {
        Logo: '/components/AdminBrand#AdminLogo',
        Icon: '/components/AdminBrand#AdminIcon',
      },
      // Waiting work for staff (nothing for member users), then a member's own dashboard
      // (nothing for staff).
      beforeDashboard: [
        '/components/StaffDashboard#StaffDashboard',
        ...memberAdminComponents.beforeDashboard,
      ],
    },
    // No Gravatar: the admin makes no requests to third parties.
    avatar: 'default',
  },
  i18n: { supportedLanguages: { en, bg, de }, fallbackLanguage: 'en' },
  localization: {
    locales: locales.map(({ code, nativeName }) => ({ code, label: nativeName })),
    defaultLocale,
    fallback: true,
  },
  // Images and PDFs are public while a published document uses them (hooks/publicUploads.ts).
  collections: [
    Members,
    Products,
    Categories,
    Events,
    Publications,
    Partners,
    Cooperation,
    Pages,
    Protocols,
    Media,
    Documents,
    ApiDescriptions,
    Inquiries,
    Applications,
    Participants,
    Meetings,
    MeetingBookings,
    MatchmakingTokens,
    Users,
    SeedState,
  ]
    .map(withDraftReview)
    .map(withMemberAdmin)
    .map(withCompleteness)
    .map(trackPublicUploads)
    .map(withFieldLabels),
  // Participants' and staff's matchmaking endpoints, at /api/matchmaking/.
  endpoints: matchmakingEndpoints,
  globals: [Settings, BuildStatus].map(withMemberAdminGlobal).map(withFieldLabels),
  jobs: {
    tasks: [rebuildSiteTask, sendMailTask, matchmakingRemindersTask],
    // Notification mail: one job per stored inquiry or decision, one task per mail.
    workflows: [sendMailsWorkflow],
    // Adds the indexed concurrencyKey column, so that two site builds never overlap (nor two
    // mail jobs of one document).
    enableConcurrencyControl: true,
    // Every CMS server runs the mail queue (MAIL_AUTORUN); the one started by `npm start` also
    // runs the rebuild queue (REBUILD_AUTORUN).
    autoRun: jobsAutoRun,
    shouldAutoRun: beforeAutoRun,
    // Payload's /api/payload-jobs/run would otherwise let any logged-in user start jobs.
    access: { run: staffRequest, queue: staffRequest, cancel: staffRequest },
  },
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  // TYPES_OUTPUT lets the staleness test generate elsewhere and compare.
  typescript: { outputFile: process.env.TYPES_OUTPUT || path.join(dirname, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.join(dirname, 'schema.graphql'),
    queries: accessQuery,
    mutations: memberRestoreMutations,
  },
  telemetry: false,
  // A filter value SQLite cannot use is the client's error, not the server's.
  hooks: { afterError: [inputErrorsAre400] },
  plugins: [markOwnEndpoints],
})
  // Routes that cannot work are removed and bad ids and uploads get 4xx (see guardInput);
  // document locks only in the requester's own name (see guardDocumentLocks); the scheduler's
  // bookkeeping out of the API (see lockJobStats).
  .then(guardInput)
  .then(guardDocumentLocks)
  .then(lockJobStats)
