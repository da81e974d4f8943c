import { type ReactNode, useEffect, useState } from 'react'

import type { Suggestion } from '@shared/matchmakingTypes'
import type { Shared } from './shared'

/** The participants the CMS suggests, best first, each drawn by `render` (card with reasons). */
export default function Suggestions(props: Shared & { render: (s: Suggestion) => ReactNode }) {
  const { client, failed, say } = props
  const [docs, setDocs] = useState<Suggestion[] | null>(null)
  useEffect(() => {
    void client.suggestions().then((answer) => {
      if (!failed(answer) && answer.ok) setDocs(answer.data.docs)
    })
  }, [client, failed])
  return (
    <section aria-labelledby="mm-suggestions">
      <h2 id="mm-suggestions">{say('tabs.suggestions')}</h2>
      <p className="meta">{say('suggestions.lead')}</p>
      {docs === null ? (
        <p>{say('loading')}</p>
      ) : docs.length === 0 ? (
        <p>{say('suggestions.none')}</p>
      ) : (
        <div className="mm-cards">{docs.map(props.render)}</div>
      )}
    </section>
  )
}
