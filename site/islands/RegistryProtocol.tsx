import './registry.css'

import type { Locale } from '@shared/locales'
import { format } from '../i18n/format'
import type { UiKey, UiMessages } from '../i18n/t'
import type { InterfaceLine, RegistryProtocol as Protocol } from '../lib/registry'

/** The words of a protocol's entry, passed in: an island does not carry the dictionaries. */
export const registryProtocolKeys = [
  'registry.providers',
  'registry.consumers',
  'registry.noProviders',
  'registry.noConsumers',
  'registry.specification',
  'registry.documentation',
  'registry.apiReference',
  'registry.version',
  'registry.connections',
  'registry.by',
] as const satisfies readonly UiKey[]
export type RegistryProtocolKey = (typeof registryProtocolKeys)[number]

type Props = {
  locale: Locale
  protocol: Protocol
  labels: UiMessages<RegistryProtocolKey>
  /** The entry's heading level: 3 in the page's families, 4 in the island's results. */
  level?: 3 | 4
  /** Whether the entry carries its anchor (`#slug`): the static list does, the island's copy not. */
  anchor?: boolean
}

function Line({
  locale,
  line,
  labels,
}: { locale: Locale; line: InterfaceLine } & Pick<Props, 'labels'>) {
  // "by {member}" with the member as a link, in the language's own word order.
  const [byBefore = '', byAfter = ''] = labels['registry.by'].split('{member}')
  return (
    <li className="registry-line">
      <a className="registry-product" href={line.product.url}>
        {line.product.name}
      </a>
      {line.version && (
        <span className="badge">
          {format(locale, labels['registry.version'], { version: line.version })}
        </span>
      )}
      {line.maker && (
        <span className="meta registry-maker">
          {byBefore}
          <a href={line.maker.url}>{line.maker.name}</a>
          {byAfter}
        </span>
      )}
      {(line.documentation || line.apiReference) && (
        <span className="registry-docs">
          {line.apiReference && (
            <a href={line.apiReference.url}>{labels['registry.apiReference']}</a>
          )}
          {line.documentation && (
            <a href={line.documentation} rel="external noopener">
              {labels['registry.documentation']}
            </a>
          )}
        </span>
      )}
    </li>
  )
}

/**
 * One protocol of the registry with the products that provide and consume it, each with its
 * maker. Astro renders it as plain HTML on the registry page (no hydration) and the registry's
 * filter island renders it for its results: a filtered entry is the entry of the full list.
 */
export default function RegistryProtocol({
  locale,
  protocol,
  labels,
  level = 3,
  anchor = true,
}: Props) {
  const Heading = level === 3 ? 'h3' : 'h4'
  const Side = level === 3 ? 'h4' : 'h5'
  const sides = [
    {
      key: 'providers',
      lines: protocol.providers,
      title: labels['registry.providers'],
      none: labels['registry.noProviders'],
    },
    {
      key: 'consumers',
      lines: protocol.consumers,
      title: labels['registry.consumers'],
      none: labels['registry.noConsumers'],
    },
  ] as const
  return (
    <article
      className="registry-protocol"
      id={anchor ? protocol.slug : undefined}
      tabIndex={anchor ? -1 : undefined}
      data-family={protocol.family}
    >
      <header className="registry-protocol-head">
        <Heading>{protocol.name}</Heading>
        {protocol.connections > 0 && (
          <p className="meta">
            {format(locale, labels['registry.connections'], { count: protocol.connections })}
          </p>
        )}
      </header>
      {protocol.description && <p className="registry-description">{protocol.description}</p>}
      {protocol.specification && (
        <p className="registry-spec">
          <a href={protocol.specification} rel="external noopener">
            {labels['registry.specification']}
          </a>
        </p>
      )}
      <div className="registry-sides" data-pagefind-ignore="">
        {sides.map((side) => (
          <section key={side.key} className={`registry-side registry-${side.key}`}>
            <Side>
              {side.title} <span className="registry-count">{side.lines.length}</span>
            </Side>
            {side.lines.length > 0 ? (
              <ul>
                {side.lines.map((line, i) => (
                  <Line
                    key={`${line.product.slug}-${i}`}
                    locale={locale}
                    line={line}
                    labels={labels}
                  />
                ))}
              </ul>
            ) : (
              <p className="meta">{side.none}</p>
            )}
          </section>
        ))}
      </div>
    </article>
  )
}
