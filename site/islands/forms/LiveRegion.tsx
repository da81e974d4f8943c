import type { Ref } from 'react'

type Props = {
  ref?: Ref<HTMLDivElement>
  role: 'status' | 'alert'
  /** The news; '' while there is none. */
  text: string
  /** The region's look once it has news; an empty region takes no room. */
  className: string
}

/**
 * A live region that is in the page from the start, empty until there is news: one added
 * together with its text is often not read out. It takes focus (tabIndex -1), so that keyboard
 * and screen-reader users can be moved onto the news.
 */
export const LiveRegion = ({ ref, role, text, className }: Props) => (
  <div ref={ref} role={role} tabIndex={-1} className={text ? className : undefined}>
    {text}
  </div>
)
