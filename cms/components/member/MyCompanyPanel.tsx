/**
 * What a member company has in the CMS, on one screen: its profile, its products, its
 * cooperation posts and the inquiries addressed to it (new ones first), each with its review
 * status and a link to edit it. Read with the member user's own access, so it can never show
 * another company's documents. Shown as the member's dashboard and at /admin/my-company.
 */
import './memberAdmin.scss'
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { companyOf } from '../../access/roles'
import { type MessageKey, type MessageValues, optionKey, t } from '../../i18n/messages'
import { previewPath } from '../../preview/paths'
import { isLocale, type Locale } from '@shared/locales'
import { type PortalCollection, portalBase, portalPath } from '@shared/portalPaths'
import { collections } from '@shared/slugs'
import { reviewLabels } from '../review/reviewLabels'
import { memberCompleteness } from '../../completeness/load'
import { memberView } from '../../completeness/view'
import { CompletenessCard } from '../completeness/CompletenessCard'
import '../completeness/completeness.scss'

type Props = { payload: Payload; user: TypedUser | null | undefined; i18n: I18nClient }

type Doc = Record<string, unknown> & {
  id: number | string
  _status?: string | null
  reviewRequested?: boolean | null
  slug?: string | null
}

type Owned = 'members' | 'products' | 'cooperation'

/** How far a document is on its way to the portal, as the member reads it. */
const stateOf = (doc: Doc) =>
  doc.reviewRequested ? 'awaiting' : doc._status === 'published' ? 'published' : 'draft'

/** How many products and posts the panel lists before "See all". */
const shown = 30

const editPath = (admin: string, collection: string, id: number | string) =>
  `${admin}/collections/${collection}/${id}`

function Status({ doc, locale }: { doc: Doc; locale: Locale }) {
  const review = reviewLabels(locale)
  const state = stateOf(doc)
  return (
    <span
      className={`member-admin__pill member-admin__pill--${state}`}
      title={review.say(`status.${state}.hint`)}
    >
      {review.say(`status.${state}`)}
    </span>
  )
}

/** A published document links its page on the portal, any other its preview. */
function PortalLink({ collection, doc, locale }: { collection: Owned; doc: Doc; locale: Locale }) {
  const published = stateOf(doc) === 'published' && doc.slug
  const href = published
    ? `${portalBase(process.env)}${portalPath(locale, collection as PortalCollection, doc.slug!)}`
    : previewPath(collection, doc.id, locale)
  return (
    <a href={href} target="_blank" rel="noopener">
      {t(locale, published ? 'myCompany.onPortal' : 'preview.title')}
    </a>
  )
}

function Entries(props: { admin: string; collection: Owned; docs: Doc[]; locale: Locale }) {
  const { admin, collection, docs, locale } = props
  if (!docs.length) return null
  return (
    <ul className="member-admin__list">
      {docs.map((doc) => (
        <li key={doc.id}>
          <a href={editPath(admin, collection, doc.id)}>{String(doc.name ?? doc.title)}</a>{' '}
          <Status doc={doc} locale={locale} /> ·{' '}
          <PortalLink collection={collection} doc={doc} locale={locale} />
        </li>
      ))}
    </ul>
  )
}

export async function MyCompanyPanel({ payload, user, i18n }: Props) {
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const say = (key: MessageKey, values?: MessageValues) => t(locale, key, values)
  const company = companyOf(user ?? null)
  if (company === null)
    return (
      <section className="member-admin" data-testid="my-company">
        <p>{say('myCompany.noCompany')}</p>
      </section>
    )
  // The member's own access: what it may read is what it sees (drafts: its latest versions).
  const read = { overrideAccess: false, user, depth: 0, locale } as const
  const own: Where = { member: { equals: company } }
  const inquiries = (status: Where) =>
    payload.find({
      collection: collections.inquiries,
      where: { and: [own, status] },
      sort: '-createdAt',
      limit: 20,
      ...read,
    })
  const [profile, products, posts, unread, other, completeness] = await Promise.all([
    payload
      .findByID({ collection: collections.members, id: company, draft: true, ...read })
      .catch(() => null),
    payload.find({
      collection: collections.products,
      where: own,
      sort: 'name',
      limit: shown,
      draft: true,
      ...read,
    }),
    payload.find({
      collection: collections.cooperation,
      where: own,
      sort: '-updatedAt',
      limit: shown,
      draft: true,
      ...read,
    }),
    inquiries({ status: { equals: 'new' } }),
    inquiries({ status: { not_equals: 'new' } }),
    memberCompleteness(payload, user, company),
  ])
  const admin = payload.config.routes.admin
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const profileDoc = profile as Doc | null
  const companyName = String(profileDoc?.name ?? '')
  // Unread (new) inquiries first, newest first within each.
  const inbox = [...unread.docs, ...other.docs] as unknown as Doc[]
  const more = (collection: string, total: number) =>
    total > shown ? (
      <>
        {' · '}
        <a href={`${admin}/collections/${collection}`}>{say('myCompany.viewAll')}</a>
      </>
    ) : null

  return (
    <section className="member-admin" data-testid="my-company">
      <h1>
        {say('myCompany.nav')}: {companyName}
      </h1>
      <p>{say('myCompany.intro', { company: companyName })}</p>
      <div className="member-admin__grid">
        {completeness && (
          <article
            className="member-admin__card member-admin__card--wide"
            data-section="completeness"
          >
            <CompletenessCard
              view={memberView(completeness, locale, admin)}
              testId="completeness-panel"
              limit={5}
            />
          </article>
        )}
        <article className="member-admin__card" data-section="profile">
          <h2>{say('myCompany.profile')}</h2>
          {profileDoc && (
            <p>
              <a href={editPath(admin, collections.members, company)}>{companyName}</a>{' '}
              <Status doc={profileDoc} locale={locale} /> ·{' '}
              <PortalLink collection="members" doc={profileDoc} locale={locale} />
            </p>
          )}
        </article>
        <article className="member-admin__card" data-section="products">
          <h2>
            {say('myCompany.products')}{' '}
            <small>({say('myCompany.count', { count: products.totalDocs })})</small>
          </h2>
          <Entries
            admin={admin}
            collection="products"
            docs={products.docs as unknown as Doc[]}
            locale={locale}
          />
          <p>
            <a href={`${admin}/collections/products/create`}>+ {say('myCompany.add')}</a>
            {more('products', products.totalDocs)}
          </p>
        </article>
        <article className="member-admin__card" data-section="cooperation">
          <h2>
            {say('myCompany.cooperation')}{' '}
            <small>({say('myCompany.count', { count: posts.totalDocs })})</small>
          </h2>
          <Entries
            admin={admin}
            collection="cooperation"
            docs={posts.docs as unknown as Doc[]}
            locale={locale}
          />
          <p>
            <a href={`${admin}/collections/cooperation/create`}>+ {say('myCompany.add')}</a>
            {more('cooperation', posts.totalDocs)}
          </p>
        </article>
        <article className="member-admin__card" data-section="inquiries">
          <h2>
            {say('myCompany.inquiries')}{' '}
            <small>
              ({say('myCompany.inquiriesCount', { count: unread.totalDocs + other.totalDocs })},{' '}
              {say('myCompany.unreadCount', { count: unread.totalDocs })})
            </small>
          </h2>
          {inbox.length > 0 && (
            <ul className="member-admin__list">
              {inbox.map((doc) => {
                const from = say('myCompany.from', { name: String(doc.name) })
                const fresh = doc.status === 'new'
                return (
                  <li key={doc.id} data-status={String(doc.status)}>
                    <a href={editPath(admin, collections.inquiries, doc.id)}>
                      {fresh ? <strong>{from}</strong> : from}
                    </a>
                    {doc.company ? ` (${String(doc.company)})` : ''} ·{' '}
                    {dates.format(new Date(String(doc.createdAt)))}{' '}
                    <span
                      className={`member-admin__pill member-admin__pill--${fresh ? 'awaiting' : 'published'}`}
                    >
                      {t(locale, optionKey('inquiryStatuses', doc.status as 'new'))}
                    </span>
                  </li>
                )
              })}
            </ul>
          )}
          <p>
            <a href={`${admin}/collections/inquiries`}>{say('myCompany.viewAll')}</a>
          </p>
        </article>
      </div>
    </section>
  )
}
