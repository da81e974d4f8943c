import type { Me } from '@shared/matchmakingTypes'
import type { Client, Result } from './api'
import type { Say } from './text'
import type { Notice } from './useParticipant'

/** What every view of a signed-in participant is given by the island (Matchmaking.tsx). */
export type Shared = {
  locale: string
  say: Say
  client: Client
  me: Me
  kinds: Record<string, string>
  categories: { slug: string; name: string }[]
  setNotice: (notice: Notice | null) => void
  failed: (result: Result<unknown>) => boolean
}

/** What a ParticipantCard needs besides its card: words and names in the page's language. */
export type CardProps = {
  say: Say
  kinds: Record<string, string>
  country: (code: string) => string
  language: (code: string) => string
}
