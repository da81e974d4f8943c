'use client'
/**
 * On an event's edit page, in its Matchmaking box (shown when matchmaking is on): a link to the
 * staff's schedule grid of this event.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'

import { matchmakingEventPath } from '../../matchmaking/adminPaths'
import { staffLabels } from './staffLabels'

export const MatchmakingEventLink: UIFieldClientComponent = () => {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const l = staffLabels(i18n.language)
  return (
    <p className="field-type" data-testid="matchmaking-event-link">
      {id === undefined || id === null ? (
        l.say('eventLink.unsaved')
      ) : (
        <a href={`${config.routes.admin}${matchmakingEventPath(id)}`}>{l.say('eventLink')}</a>
      )}
    </p>
  )
}
