'use client'
/**
 * Makes a link to a field (`/admin/collections/members/3?locale=bg#field-contact__email`, as the
 * completeness items give) land on it. The browser cannot do it alone: Payload renders the edit
 * view's fields after the page has loaded, and fields far below only once they come near the
 * viewport (RenderIfInViewport), so the element does not exist when the browser looks for it.
 * This provider (admin.components.providers) waits for the field (and for the form to enable
 * it), scrolls it to the middle of the screen and focuses its input; where only a containing field exists yet (a group, an
 * array row further down), it scrolls there first so that the field renders, and opens a
 * collapsed array row on the way. Plain `#…` links of other kinds are left to the browser.
 */
import { usePathname, useSearchParams } from 'next/navigation'
import { type ReactNode, useEffect } from 'react'

const prefix = '#field-'
const focusable =
  'input:not([type="hidden"]), textarea, select, [contenteditable="true"], button, [tabindex]:not([tabindex="-1"])'

/** The element of a field path: its id, or the rich text editor's data-field-path. */
function elementOf(path: string): HTMLElement | null {
  return (
    document.getElementById(`field-${path.replace(/\./g, '__')}`) ??
    document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(path)}"]`)
  )
}

/** The nearest rendered container of a path: `references.1.outcome` → row 1 → `references`. */
function containerOf(path: string): HTMLElement | null {
  const parts = path.split('.')
  for (let n = parts.length - 1; n > 0; n--) {
    const parent = parts.slice(0, n).join('.')
    // An array row: Payload gives it the id `<array path, dots as dashes>-row-<index>`.
    const row = /^\d+$/.test(parts[n - 1])
      ? document.getElementById(`${parts.slice(0, n - 1).join('-')}-row-${parts[n - 1]}`)
      : null
    const found = row ?? elementOf(parent)
    if (found) return found
  }
  return null
}

/** Scrolls to a field and focuses its input; false while the form still holds it disabled. */
function land(target: HTMLElement): boolean {
  target.scrollIntoView({ block: 'center' })
  const input = target.matches(focusable) ? target : target.querySelector<HTMLElement>(focusable)
  if (!input) return true
  if (input.matches(':disabled') || input.getAttribute('contenteditable') === 'false') return false
  input.focus({ preventScroll: true })
  return document.activeElement === input
}

function follow(hash: string): () => void {
  const path = decodeURIComponent(hash.slice(prefix.length)).replace(/__/g, '.')
  const opened = new Set<Element>()
  let last: HTMLElement | null = null
  const open = (toggle: HTMLElement | null | undefined) => {
    if (toggle && !opened.has(toggle)) {
      opened.add(toggle)
      toggle.click()
    }
  }
  const tick = () => {
    const exact = elementOf(path)
    if (exact) {
      // Payload renders a collapsed array row's fields but hides them: open each such row.
      for (let c = exact.closest('.collapsible--collapsed'); c;) {
        open(
          c.querySelector<HTMLElement>(':scope > .collapsible__toggle-wrap > .collapsible__toggle'),
        )
        c = c.parentElement?.closest('.collapsible--collapsed') ?? null
      }
      return land(exact)
    }
    const container = containerOf(path)
    if (container && container !== last) {
      last = container
      container.scrollIntoView({ block: 'start' })
      // A collapsed array row renders its fields only when opened.
      open(container.querySelector<HTMLElement>('.collapsible__toggle--collapsed'))
    }
    return false
  }
  // Polled: the field appears, then is enabled once the form has loaded; both happen in
  // Payload's own time. Given up after 10 s (a field this user may not see is never rendered).
  const started = Date.now()
  const timer = window.setInterval(() => {
    if (tick() || Date.now() - started > 10_000) window.clearInterval(timer)
  }, 150)
  return () => window.clearInterval(timer)
}

export function FieldHashFocus({ children }: { children?: ReactNode }) {
  const pathname = usePathname()
  const search = useSearchParams()
  useEffect(() => {
    let stop = () => {}
    const onHash = () => {
      stop()
      if (window.location.hash.startsWith(prefix)) stop = follow(window.location.hash)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => {
      stop()
      window.removeEventListener('hashchange', onHash)
    }
  }, [pathname, search])
  return <>{children}</>
}
