/**
 * /admin/completeness: every member company sorted by its completeness score (lowest first, or
 * highest with ?order=desc), with its profile's and products' part, how much is missing and the
 * item worth most; /admin/completeness/<member>: that company's card as the company sees it.
 * Staff only: anyone else reads a refusal and nothing is computed for them.
 */
import './completeness.scss'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '../../access/roles'
import { completenessPath, memberCompletenessPath } from '../../completeness/adminPaths'
import { everyMemberCompleteness, memberCompleteness } from '../../completeness/load'
import { firstItem, memberView } from '../../completeness/view'
import { type MessageKey, type MessageValues, t } from '../../i18n/messages'
import { isLocale, type Locale } from '@shared/locales'
import { AdminFrame } from '../AdminFrame'
import { CompletenessCard, meterRange } from './CompletenessCard'

export async function CompletenessView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req } = initPageResult
  const locale: Locale = isLocale(req.i18n.language) ? req.i18n.language : 'en'
  const say = (key: MessageKey, values?: MessageValues) => t(locale, key, values)
  const segments = (Array.isArray(params?.segments) ? params.segments : []) as string[]
  const member = segments[1]
  const staff = isStaffUser(req.user)
  return (
    <AdminFrame
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      viewType="completeness"
      className="completeness-staff"
      testId="completeness-staff"
    >
      {!staff ? (
        <>
          <h1>{say('completeness.title')}</h1>
          <p>{say('completeness.refused')}</p>
        </>
      ) : member ? (
        <MemberDetail {...props} member={member} lang={locale} />
      ) : (
        <Ranking {...props} lang={locale} />
      )}
    </AdminFrame>
  )
}

async function MemberDetail({
  initPageResult,
  member,
  lang: locale,
}: AdminViewServerProps & { member: string; lang: Locale }) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  const score = await memberCompleteness(req.payload, req.user, member)
  return (
    <>
      <p>
        <a href={`${admin}${completenessPath}`}>← {t(locale, 'completeness.staff.back')}</a>
      </p>
      {score ? (
        <>
          <h1>{score.name}</h1>
          <CompletenessCard
            view={memberView(score, locale, admin)}
            testId="completeness-member"
            limit={5}
            fullGroup={`${admin}/collections/members/${score.id}`}
          />
        </>
      ) : (
        <p>{t(locale, 'completeness.notFound')}</p>
      )}
    </>
  )
}

async function Ranking({
  initPageResult,
  searchParams,
  lang: locale,
}: AdminViewServerProps & { lang: Locale }) {
  const { req } = initPageResult
  const say = (key: MessageKey, values?: MessageValues) => t(locale, key, values)
  const admin = req.payload.config.routes.admin
  const desc = searchParams?.order === 'desc'
  const rows = (await everyMemberCompleteness(req.payload, req.user)) ?? []
  if (desc) rows.reverse()
  const base = `${admin}${completenessPath}`
  return (
    <>
      <h1>{say('completeness.title')}</h1>
      <p>{say('completeness.staff.intro')}</p>
      <p className="completeness-staff__order">
        {desc ? (
          <a href={base}>{say('completeness.staff.order.asc')}</a>
        ) : (
          <a href={`${base}?order=desc`}>{say('completeness.staff.order.desc')}</a>
        )}
      </p>
      <div className="completeness-staff__wrap">
        <table className="completeness-staff__table" data-testid="completeness-ranking">
          <thead>
            <tr>
              <th scope="col">{say('completeness.col.member')}</th>
              <th scope="col" className="completeness-staff__number">
                {say('completeness.col.score')}
              </th>
              <th scope="col" className="completeness-staff__number">
                {say('completeness.col.profile')}
              </th>
              <th scope="col" className="completeness-staff__number">
                {say('completeness.col.products')}
              </th>
              <th scope="col" className="completeness-staff__number">
                {say('completeness.col.missing')}
              </th>
              <th scope="col">{say('completeness.col.first')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const first = firstItem(row, locale, admin)
              const mean = row.products.length
                ? Math.round(row.products.reduce((n, p) => n + p.exact, 0) / row.products.length)
                : null
              return (
                <tr key={row.id} data-score={row.score}>
                  <th scope="row">
                    <a href={`${admin}${memberCompletenessPath(row.id)}`}>{row.name}</a>
                  </th>
                  <td className="completeness-staff__number">
                    <meter {...meterRange} value={row.score} aria-label={row.name} />{' '}
                    <strong>{row.score}</strong>
                  </td>
                  <td className="completeness-staff__number">{row.profile.score}</td>
                  <td className="completeness-staff__number">
                    {row.products.length} ({mean ?? '–'})
                  </td>
                  <td className="completeness-staff__number">{row.missing.length}</td>
                  <td>{first ? <a href={first.href}>{first.label}</a> : '–'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </>
  )
}
