import type { Locale } from '@shared/locales'
import { organisationKinds } from '@shared/options'
import type { Message } from '../i18n/format'
import { messages, type UiKey } from '../i18n/t'
import en from '../i18n/ui/en.json'
import { byName, detailPaths, entriesOf } from './entries'
import { label } from './labels'
import { keyed, matchmakingInputs } from './routeKeys'

/**
 * getStaticPaths of the matchmaking pages: one per locale for each event whose matchmaking
 * staff switched on; other events have none (and no link to one).
 */
export const matchmakingPaths = async () =>
  keyed(
    (await detailPaths('events'))
      .filter((path) => path.props.doc.matchmaking?.enabled)
      .map(({ params, props }) => ({ params, props: { locale: params.locale, event: props.doc } })),
    ({ props }) => matchmakingInputs(props.locale, props.event),
  )

/** What a matchmaking page gets from matchmakingPaths: the locale and the event. */
export type MatchmakingPageProps = Awaited<ReturnType<typeof matchmakingPaths>>[number]['props']

const keys = (Object.keys(en) as UiKey[]).filter((k) => k.startsWith('matchmaking.'))

/**
 * What the matchmaking island is given at build time: its words, the kinds of organisation and
 * the catalogue's categories in the page's language. Nothing about any participant.
 */
export async function matchmakingIslandProps(locale: Locale) {
  const categories = (await entriesOf('categories', locale))
    .map((c) => ({ slug: c.slug, name: c.name }))
    .sort(byName(locale, (c) => c.name))
  return {
    messages: messages(locale, keys) as Record<string, Message>,
    kinds: Object.fromEntries(
      organisationKinds.map((kind) => [kind, label(locale, 'matchmaking.kind', kind)]),
    ),
    categories,
  }
}
