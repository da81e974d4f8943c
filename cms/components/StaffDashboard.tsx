/**
 * The first thing staff see in the admin (admin.components.beforeDashboard, a server
 * component): what waits for them, each count linking to its filtered list. Member users see
 * nothing here; their own start page is theirs.
 */
import type { ServerProps } from 'payload'

import { optionKey, t, type MessageKey } from '../i18n/messages'
import { isLocale } from '@shared/locales'
import { completenessPath } from '../completeness/adminPaths'
import { everyMemberCompleteness } from '../completeness/load'
import { matchmakingPath } from '../matchmaking/adminPaths'
import { matchmakingEvents } from '../matchmaking/staffData'
import { reviewQueuePath } from '../review/adminPaths'
import { dashboardWork, type Reviewed } from './waitingWork'

const editKeys: Record<Reviewed, MessageKey> = {
  members: 'dashboard.edits.members',
  products: 'dashboard.edits.products',
  cooperation: 'dashboard.edits.cooperation',
}

const card = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
  padding: 'calc(var(--base) * 0.8) var(--base)',
  background: 'var(--theme-elevation-0)',
} as const
const list = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.35rem' } as const

export async function StaffDashboard({ i18n, payload, user }: ServerProps) {
  const work = await dashboardWork(payload, user)
  if (!work) return null
  const locale = isLocale(i18n.language) ? i18n.language : 'en'
  const say = (key: MessageKey, values?: Record<string, string | number>) => t(locale, key, values)
  const edits = work.edits.reduce((n, e) => n + e.count, 0)
  const admin = payload.config.routes.admin
  // Decided applications are shown for context, but only open ones call for work.
  const open = work.applications.filter((a) => a.status === 'received' || a.status === 'reviewing')
  const strong = (count: number) => ({ fontWeight: count > 0 ? 700 : 400 })
  // Matchmaking events not over yet, and who waits for validation there.
  const now = new Date().toISOString()
  const matchmaking = (await matchmakingEvents(payload)).filter((e) => e.end >= now)
  const waitingParticipants = matchmaking.reduce((n, e) => n + e.pending, 0)
  // Member profiles by completeness: the mean and how many are below 60 (CompletenessView).
  const scores = ((await everyMemberCompleteness(payload, user)) ?? []).map((m) => m.exact)
  const mean = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : 0
  const low = scores.filter((s) => Math.round(s) < 60).length
  return (
    <section
      aria-labelledby="staff-dashboard-title"
      data-testid="staff-dashboard"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="staff-dashboard-title" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {say('dashboard.heading')}
      </h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
        }}
      >
        <div style={card} data-testid="waiting-inquiries">
          <h3>{say('dashboard.inquiries')}</h3>
          <p>
            <a href={work.newInquiries.href} style={strong(work.newInquiries.count)}>
              {say('dashboard.inquiries.new', { n: work.newInquiries.count })}
            </a>
          </p>
        </div>
        <div style={card} data-testid="waiting-applications">
          <h3>{say('dashboard.applications')}</h3>
          <ul style={list}>
            {work.applications.map((a) => (
              <li key={a.status}>
                <a href={a.href} style={strong(open.includes(a) ? a.count : 0)}>
                  {say(optionKey('applicationStatuses', a.status))}: {a.count}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div style={card} data-testid="waiting-edits">
          <h3>{say('dashboard.edits')}</h3>
          {edits === 0 ? (
            <p>{say('dashboard.edits.none')}</p>
          ) : (
            <ul style={list}>
              {work.edits
                .filter((e) => e.count > 0)
                .map((e) => (
                  <li key={e.collection}>
                    <a href={e.href} style={strong(e.count)}>
                      {say(editKeys[e.collection], { n: e.count })}
                    </a>
                  </li>
                ))}
            </ul>
          )}
          <p>
            <a href={`${admin}${reviewQueuePath}`}>{say('draftReview.queue.title')}</a>
          </p>
        </div>
        <div style={card} data-testid="waiting-matchmaking">
          <h3>{say('mmStaff.title')}</h3>
          <p>
            <a href={`${admin}${matchmakingPath}`}>
              {say('mmStaff.dashboard', { n: matchmaking.length })}
            </a>
          </p>
          {waitingParticipants > 0 && (
            <p style={strong(waitingParticipants)}>
              {say('mmStaff.dashboard.pending', { n: waitingParticipants })}
            </p>
          )}
        </div>
        <div style={card} data-testid="waiting-completeness">
          <h3>{say('completeness.title')}</h3>
          <p>
            <a href={`${admin}${completenessPath}`}>
              {say('completeness.dashboard', { n: scores.length, mean })}
            </a>
          </p>
          <p style={strong(low)}>{say('completeness.dashboard.low', { n: low })}</p>
        </div>
      </div>
    </section>
  )
}
