/**
 * What the event page shows of an event's B2B matchmaking (the public part only: windows,
 * sessions and the counts in `matchmaking.stats`), and the catalogue's categories as the forms
 * offer them. Pure: the page passes the entries in.
 */
import type { Event } from '../../cms/payload-types'
import { eventPhase } from './listing'

type Matchmaking = Pick<Event, 'matchmaking' | 'status' | 'start' | 'end'>

/** Where registration stands: not open yet, open, or closed (window over, event over or off). */
export type RegistrationState = 'soon' | 'open' | 'closed'

/**
 * Whether people may register for the matchmaking at `now`: within the registration window
 * (an open end is no limit), while the event is still to come and not cancelled or postponed.
 * The site decides it when it is built; the register endpoint checks the window again.
 *
 * @example registrationState({ matchmaking: { enabled: true, registrationOpens: '2030-01-01T00:00:00Z', … }, … }, now) // 'soon'
 */
export function registrationState(event: Matchmaking, now: Date): RegistrationState {
  const mm = event.matchmaking
  if (!mm?.enabled || event.status !== 'scheduled' || eventPhase(event, now) !== 'upcoming')
    return 'closed'
  const at = now.getTime()
  if (mm.registrationCloses && Date.parse(mm.registrationCloses) <= at) return 'closed'
  if (mm.registrationOpens && Date.parse(mm.registrationOpens) > at) return 'soon'
  return 'open'
}

type Category = { id: number | string; slug: string; name: string; parent?: unknown }
type Option = { value: string; label: string }

/**
 * The categories as a form offers them: each top-level category a group of its subcategories
 * (a top-level category without any is a choice itself), in the order given.
 *
 * @example categoryGroups([sw, custom]) // [{ label: 'Software Development', options: [{ value: 'custom-software', … }] }]
 */
export function categoryGroups(categories: Category[]): { label: string; options: Option[] }[] {
  const parentId = (c: Category) =>
    c.parent && typeof c.parent === 'object'
      ? (c.parent as { id: Category['id'] }).id
      : (c.parent ?? null)
  const option = (c: Category) => ({ value: c.slug, label: c.name })
  return categories
    .filter((c) => parentId(c) === null)
    .map((top) => {
      const children = categories.filter((c) => parentId(c) === top.id)
      return { label: top.name, options: (children.length ? children : [top]).map(option) }
    })
}
