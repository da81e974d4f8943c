import type { Endpoint } from 'payload'

import { authEndpoints } from './auth'
import { browseEndpoints } from './browse'
import { calendarEndpoints } from './calendar'
import { meetingEndpoints } from './meetings'
import { withPreflight } from './respond'
import { staffEndpoints } from './staff'

/**
 * Everything under /api/matchmaking/: the participants' endpoints (sign-in, browse, meetings,
 * calendar; their session in the X-Matchmaking-Session header) and the staff's (Payload login,
 * staff role). Root endpoints of the Payload config, mounted at /api.
 */
export const matchmakingEndpoints: Endpoint[] = withPreflight([
  ...authEndpoints,
  ...browseEndpoints,
  ...meetingEndpoints,
  ...calendarEndpoints,
  ...staffEndpoints,
])
