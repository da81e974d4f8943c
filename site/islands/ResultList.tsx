import type { ResultItem } from './pagefind'

type Props = { items: ResultItem[] }

const Excerpt = ({ item, className }: { item: ResultItem; className: string }) => (
  <p className={className}>
    {item.excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
  </p>
)

/**
 * Search results in the design system's classes: rows with a thumbnail, title linking to the
 * page, type, and excerpt with matches marked. (The catalogue shows its own cards.)
 */
export default function ResultList({ items }: Props) {
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
