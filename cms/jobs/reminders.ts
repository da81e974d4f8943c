import type { SanitizedConfig, TaskConfig } from 'payload'

import { sendDueReminders } from '../matchmaking/reminders'

/** The queue of the matchmaking reminders' sweep; every server with mail runs it (autoRun.ts). */
export const reminderQueue = 'matchmaking'
export const reminderTask = 'matchmakingReminders'

/**
 * The day-before reminders: every quarter of an hour Payload's scheduler queues one sweep
 * (never a second while one waits or runs), which mails each participant whose first meeting of
 * an event day is less than 24 hours away. A sweep rather than one job per meeting: meetings are
 * placed, moved and cancelled by participants, staff, the solver and the seed, and a sweep reads
 * what holds at the time instead of following every change.
 */
export const matchmakingRemindersTask: TaskConfig<'matchmakingReminders'> = {
  slug: reminderTask,
  label: 'Matchmaking: reminders the day before',
  schedule: [{ cron: '0 */15 * * * *', queue: reminderQueue }],
  // One sweep at a time, across servers: two could both find a day not yet reminded.
  concurrency: () => reminderTask,
  retries: 2,
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => {
    const sent = await sendDueReminders(req.payload)
    return { output: { sent: sent.length } }
  },
}

const nobody = () => false

/**
 * Scheduling makes Payload add a `payload-jobs-stats` global (when each schedule last queued a
 * job), with its default access: any logged-in user, member users too, could read and change
 * it, and hold back every reminder. Payload's scheduler writes it through the database adapter,
 * past access rules, so nobody needs it through the API.
 */
export function lockJobStats(config: SanitizedConfig): SanitizedConfig {
  const stats = config.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (!stats) throw new Error('Payload no longer adds payload-jobs-stats: review its access')
  stats.access = { ...stats.access, read: nobody, update: nobody, readVersions: nobody }
  return config
}
