/**
 * What a member company has in the CMS, on one screen: its profile, its products, its
 * cooperation posts and the inquiries addressed to it (new ones first), each with its review
 * status and a link to edit it. Read with the member user's own access, so it can never show
 * another company's documents. Shown as the member's dashboard and at /admin/my-company.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { companyOf } from '../../access/roles'
import { optionKey, t } from '../../i18n/messages'
import { collections } from '@shared/slugs'
import { isLocale, type Locale } from '@shared/locales'
import { portalBase, portalPath } from '@shared/portalPaths'
import { previewPath } from '../../preview/paths'
import { reviewLabels } from '../review/reviewLabels'

type Props = { payload: Payload; user: TypedUser | null | undefined; i18n: I18nClient }

type Doc = Record<string, unknown> & {
  id: number | string
  _status?: string | null
  reviewRequested?: boolean | null
  slug?: string | null
  updatedAt?: string
}

/** What the portal shows of a document, as a member reads it. */
const stateOf = (doc: Doc) =>
  doc.reviewRequested ? 'awaiting' : doc._status === 'published' ? 'published' : 'draft'

const list = 30

export async function MyCompanyPanel({ payload, user, i18n }: Props) {
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en'
  const say = (key: Parameters<typeof t>[1], values?: Record<string, string | number>) =>
    t(locale, key, values)
  const review = reviewLabels(locale)
  const company = companyOf(user ?? null)
  if (company === null)
    return (
      <section className="member-admin" data-testid="my-company">
        <p>{say('myCompany.noCompany')}</p>
      </section>
    )
  // The member's own access: what it may read is what it sees (drafts: its latest versions).
  const read = { overrideAccess: false, user, depth: 0, draft: true, locale } as const
  const own: Where = { member: { equals: company } }
  const [profile, products, posts, inquiries, unread] = await Promise.all([
    payload.findByID({ collection: collections.members, id: company, ...read }).catch(() => null),
    payload.find({
      collection: collections.products,
      where: own,
      sort: 'name',
      limit: list,
      ...read,
    }),
    payload.find({
      collection: collections.cooperation,
      where: own,
      sort: '-updatedAt',
      limit: list,
      ...read,
    }),
    payload.find({
      collection: collections.inquiries,
      where: { and: [own, { status: { not_equals: 'new' } }] },
      sort: '-createdAt',
      limit: 10,
      ...read,
      draft: false,
    }),
    payload.find({
      collection: collections.inquiries,
      where: { and: [own, { status: { equals: 'new' } }] },
      sort: '-createdAt',
      limit: 20,
      ...read,
      draft: false,
    }),
  ])
  const admin = payload.config.routes.admin
  const site = portalBase(process.env)
  const edit = (collection: string, id: number | string) =>
    `${admin}/collections/${collection}/${id}`
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

  const Status = ({ doc }: { doc: Doc }) => {
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

  const Entries = ({
    collection,
    docs,
    title,
    portal,
  }: {
    collection: 'products' | 'cooperation'
    docs: Doc[]
    title: (doc: Doc) => string
    portal: (doc: Doc) => string
  }) =>
    docs.length ? (
      <ul className="member-admin__list">
        {docs.map((doc) => (
          <li key={doc.id}>
            <a href={edit(collection, doc.id)}>{title(doc)}</a> <Status doc={doc} />{' '}
            {stateOf(doc) === 'published' && doc.slug ? (
              <a href={portal(doc)} target="_blank" rel="noopener">
                {say('myCompany.onPortal')}
              </a>
            ) : (
              <a href={previewPath(collection, doc.id, locale)} target="_blank" rel="noopener">
                {say('preview.title')}
              </a>
            )}
          </li>
        ))}
      </ul>
    ) : null

  const profileDoc = profile as Doc | null
  const companyName = String(profileDoc?.name ?? '')
  const newInquiries = unread.docs as unknown as Doc[]
  const otherInquiries = inquiries.docs as unknown as Doc[]
  return (
    <section className="member-admin" data-testid="my-company">
      <h1>
        {say('myCompany.nav')}: {companyName}
      </h1>
      <p>{say('myCompany.intro', { company: companyName })}</p>
      <div className="member-admin__grid">
        <article className="member-admin__card" data-section="profile">
          <h2>{say('myCompany.profile')}</h2>
          {profileDoc && (
            <p>
              <a href={edit(collections.members, company)}>{companyName}</a>{' '}
              <Status doc={profileDoc} />
              <br />
              <a href={edit(collections.members, company)}>{say('myCompany.edit')}</a>
              {profileDoc.slug ? (
                <>
                  {' · '}
                  <a
                    href={`${site}${portalPath(locale, 'members', profileDoc.slug)}`}
                    target="_blank"
                    rel="noopener"
                  >
                    {say('myCompany.onPortal')}
                  </a>
                </>
              ) : null}
            </p>
          )}
        </article>
        <article className="member-admin__card" data-section="products">
          <h2>
            {say('myCompany.products')}{' '}
            <small>({say('myCompany.count', { count: products.totalDocs })})</small>
          </h2>
          <Entries
            collection="products"
            docs={products.docs as unknown as Doc[]}
            title={(doc) => String(doc.name)}
            portal={(doc) => `${site}${portalPath(locale, 'products', String(doc.slug))}`}
          />
          <p>
            <a href={`${admin}/collections/products/create`}>+ {say('myCompany.add')}</a>
            {products.totalDocs > list ? (
              <>
                {' · '}
                <a href={`${admin}/collections/products`}>{say('myCompany.viewAll')}</a>
              </>
            ) : null}
          </p>
        </article>
        <article className="member-admin__card" data-section="cooperation">
          <h2>
            {say('myCompany.cooperation')}{' '}
            <small>({say('myCompany.count', { count: posts.totalDocs })})</small>
          </h2>
          <Entries
            collection="cooperation"
            docs={posts.docs as unknown as Doc[]}
            title={(doc) => String(doc.title)}
            portal={(doc) => `${site}${portalPath(locale, 'cooperation', String(doc.slug))}`}
          />
          <p>
            <a href={`${admin}/collections/cooperation/create`}>+ {say('myCompany.add')}</a>
          </p>
        </article>
        <article className="member-admin__card" data-section="inquiries">
          <h2>
            {say('myCompany.inquiries')}{' '}
            <small>
              ({say('myCompany.inquiriesCount', { count: unread.totalDocs + inquiries.totalDocs })},{' '}
              {say('myCompany.unreadCount', { count: unread.totalDocs })})
            </small>
          </h2>
          {newInquiries.length + otherInquiries.length > 0 && (
            <ul className="member-admin__list">
              {[...newInquiries, ...otherInquiries].map((doc) => (
                <li key={doc.id} data-status={String(doc.status)}>
                  <a href={edit(collections.inquiries, doc.id)}>
                    {doc.status === 'new' ? (
                      <strong>{say('myCompany.from', { name: String(doc.name) })}</strong>
                    ) : (
                      say('myCompany.from', { name: String(doc.name) })
                    )}
                  </a>
                  {doc.company ? ` (${String(doc.company)})` : ''} ·{' '}
                  {dates.format(new Date(String(doc.createdAt)))}{' '}
                  <span
                    className={`member-admin__pill member-admin__pill--${doc.status === 'new' ? 'awaiting' : 'published'}`}
                  >
                    {t(locale, optionKey('inquiryStatuses', doc.status as 'new'))}
                  </span>
                </li>
              ))}
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
