import type { ResultItem } from './pagefind'

type Props = { items: ResultItem[]; variant: 'rows' | 'cards' }

const Excerpt = ({ item, className }: { item: ResultItem; className: string }) => (
  <p className={className}>
    {item.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
  </p>
)

/**
 * Result cards in the design system's classes: rows with a thumbnail (search) or a grid of
 * cards (catalogue); title linking to the page, type, image and excerpt with matches marked.
 */
export default function ResultList({ items, variant }: Props) {
  if (variant === 'cards') {
    return (
      <ol className="grid pf-results">
        {items.map((item) => (
          <li key={item.url}>
            <article className="card">
              <div className="card-media">
                {item.image && (
                  <img
                    src={item.image}
                    alt=""
                    width={400}
                    height={250}
                    loading="lazy"
                    decoding="async"
                  />
                )}
              </div>
              <div className="card-body">
                <h2>
                  <a className="card-link" href={item.url}>
                    {item.title}
                  </a>
                </h2>
                <Excerpt item={item} className="card-summary" />
              </div>
            </article>
          </li>
        ))}
      </ol>
    )
  }
  return (
    <ol className="row-list pf-results">
      {items.map((item) => (
        <li key={item.url} className="row-item pf-row">
          <div className="thumb">
            {item.image && (
              <img
                src={item.image}
                alt=""
                width={176}
                height={110}
                loading="lazy"
                decoding="async"
              />
            )}
          </div>
          <div>
            <h2>
              <a href={item.url}>{item.title}</a>
            </h2>
            {item.type && <p className="badge badge-accent">{item.type}</p>}
            <Excerpt item={item} className="pf-excerpt" />
          </div>
        </li>
      ))}
    </ol>
  )
}
