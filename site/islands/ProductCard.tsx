import type { ProductCardData } from '../lib/catalogue'

type Props = {
  card: ProductCardData
  level?: 2 | 3
  /**
   * The first card of a list: its image is on the first screen (the largest thing a phone
   * paints first), so it loads at once and first, not lazily once the layout is known.
   */
  first?: boolean
}

/**
 * A product's card. Astro renders it as plain HTML on every list (site/components/
 * ProductCard.astro, no hydration) and the catalogue island renders it for its results, from
 * the same data (site/lib/productCards.ts): a filtered card is the card of the static list.
 */
export default function ProductCard({ card, level = 3, first = false }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article className="card">
      <div className="card-media">
        {card.image && (
          <img
            src={card.image.src}
            srcSet={card.image.srcset}
            sizes={card.image.sizes}
            width={card.image.width}
            height={card.image.height}
            alt=""
            loading={first ? 'eager' : 'lazy'}
            fetchPriority={first ? 'high' : undefined}
            decoding="async"
          />
        )}
      </div>
      <div className="card-body">
        <p>
          <span className="badge badge-accent">{card.kind}</span>
        </p>
        <Heading>
          <a className="card-link" href={card.url}>
            {card.name}
          </a>
        </Heading>
        {card.maker && <p className="meta">{card.maker}</p>}
        <p className="card-summary" lang={card.summaryLang}>
          {card.summary}
        </p>
      </div>
    </article>
  )
}
