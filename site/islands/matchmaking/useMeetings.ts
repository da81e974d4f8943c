import { useCallback, useEffect, useState } from 'react'

import type { MeetingView } from '@shared/matchmakingTypes'
import type { Shared } from './shared'

/**
 * The participant's meetings, read from the CMS; null until they arrive. `reload` reads them
 * again after a change (a request sent, accepted, cancelled). An answer that comes after the
 * view is gone, or after a newer read began, is dropped.
 */
export function useMeetings({ client, failed }: Pick<Shared, 'client' | 'failed'>) {
  const [meetings, setMeetings] = useState<MeetingView[] | null>(null)
  const [version, setVersion] = useState(0)
  const reload = useCallback(async () => setVersion((v) => v + 1), [])
  useEffect(() => {
    let current = true
    void client.meetings().then((answer) => {
      if (current && !failed(answer) && answer.ok) setMeetings(answer.data.docs)
    })
    return () => {
      current = false
    }
  }, [client, failed, version])
  return { meetings, reload }
}
