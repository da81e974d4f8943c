/**
 * The review queue (/admin/review): every draft a member company submitted and staff have not
 * published yet, oldest first, each with links to edit it and to compare its versions, and a
 * button that publishes it as it is. Staff only; linked from the nav and from the mail staff get.
 */
import '../member/memberAdmin.scss'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import { labels } from '../../i18n/messages'
import { waitingDrafts } from '../../review/queue'
import { AdminFrame } from '../AdminFrame'
import { ApproveDraft } from './ApproveDraft'
import { reviewLabels } from './reviewLabels'

const singular = {
  members: labels('admin.members.singular'),
  products: labels('admin.products.singular'),
  cooperation: labels('admin.cooperation.singular'),
} as const

export async function ReviewQueue({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const l = reviewLabels(req.i18n.language)
  const admin = req.payload.config.routes.admin
  const staff = isStaffUser(req.user)
  const waiting = staff ? await waitingDrafts(req.payload, req) : []
  const dates = new Intl.DateTimeFormat(l.locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <AdminFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      viewType="review"
      className="member-admin"
      testId="review-queue"
    >
      <h1>{l.say('queue.title')}</h1>
      {!staff ? (
        <p>{l.say('refused')}</p>
      ) : (
        <>
          <p>{l.say('queue.intro')}</p>
          <p>
            <strong>{l.say('queue.count', { count: waiting.length })}</strong>
          </p>
          {waiting.length > 0 && (
            <div className="member-admin__table-wrap">
              <table className="member-admin__table">
                <thead>
                  <tr>
                    <th scope="col">{l.say('queue.document')}</th>
                    <th scope="col">{l.say('queue.member')}</th>
                    <th scope="col">{l.say('queue.submitted')}</th>
                    <th scope="col">
                      <span className="member-admin__sr">{l.say('queue.approve')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {waiting.map((draft) => {
                    const edit = `${admin}/collections/${draft.collection}/${draft.id}`
                    return (
                      <tr key={`${draft.collection}-${draft.id}`} data-review-row>
                        <td>
                          <a href={edit}>{draft.title}</a>
                          <br />
                          <small>
                            {singular[draft.collection][l.locale]} ·{' '}
                            {l.say(draft.everPublished ? 'queue.kind.edit' : 'queue.kind.new')}
                            {draft.everPublished && (
                              <>
                                {' · '}
                                <a href={`${edit}/versions`}>{l.say('queue.compare')}</a>
                              </>
                            )}
                          </small>
                        </td>
                        <td>{draft.memberName}</td>
                        <td>{dates.format(new Date(draft.updatedAt))}</td>
                        <td>
                          <ApproveDraft
                            collection={draft.collection}
                            id={draft.id}
                            title={draft.title}
                          />
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </AdminFrame>
  )
}
