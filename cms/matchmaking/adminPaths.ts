/** The staff's matchmaking screens, under the admin route (/admin). */
export const matchmakingPath = '/matchmaking'

/** The schedule grid of one event, and its printable table cards. */
export const matchmakingEventPath = (event: number | string) => `${matchmakingPath}/${event}`
export const tableCardsPath = (event: number | string) => `${matchmakingPath}/${event}/cards`

/** The staff endpoints the screens call, under the API route (/api). */
export const staffApi = (event: number | string) => `/matchmaking/staff/events/${event}`
