import type { Endpoint } from 'payload'

import { participantCalendar, participantOfCalendarKey } from '../calendarFeed'

/** Headers of the feed: private to whoever holds the key, never stored by a cache or indexed. */
const feedHeaders = {
  'Content-Type': 'text/calendar; charset=utf-8',
  'Content-Disposition': 'inline; filename="meetings.ics"',
  'Cache-Control': 'no-store, private',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
}

/**
 * Matchmaking endpoints: the private calendar feed. GET /api/matchmaking/calendar/<key>.ics
 * needs no session: calendar programs cannot send one, so the secret key in the address is the
 * credential (participants.calendarKey; replacing it revokes the address). An unknown key is
 * 404, the same answer as a feed that never existed.
 */
export const calendarEndpoints: Endpoint[] = [
  {
    // path-to-regexp (Payload's router) ends a parameter at the dot: "<key>.ics" gives `key`.
    path: '/matchmaking/calendar/:key.ics',
    method: 'get',
    handler: async (req) => {
      const key = String(req.routeParams?.key ?? '')
      const participant = await participantOfCalendarKey(req.payload, key)
      if (!participant)
        return new Response('Not found\n', {
          status: 404,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        })
      const body = await participantCalendar(req.payload, participant)
      return new Response(body, { headers: feedHeaders })
    },
  },
]
