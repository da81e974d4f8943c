import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core'

/**
 * Collects every Content-Security-Policy complaint in a browser context or page: the documents'
 * `securitypolicyviolation` events (what the policy blocked) and console messages that mention
 * the policy (also what it ignored, e.g. a directive a <meta> policy may not hold). Call before
 * the first navigation. Only pages under `origin` count, when given (a test that also visits
 * the CMS admin judges only the portal). `violations` stays empty when the site works under
 * its policy.
 */
export async function watchCsp(target: BrowserContext | Page, origin?: string) {
  const violations: string[] = []
  const counts = (url: string | undefined) => !origin || (url ?? '').startsWith(origin)
  await target.exposeBinding('__cspViolation', ({ frame }, text: string) => {
    if (counts(frame.url())) violations.push(`${frame.url()}: ${text}`)
  })
  await target.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void })
        .__cspViolation
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      )
    })
  })
  const onConsole = (message: ConsoleMessage) => {
    const url = message.page()?.url()
    if (/content[- ]security[- ]policy/i.test(message.text()) && counts(url))
      violations.push(`${url}: console ${message.type()}: ${message.text()}`)
  }
  ;(target as Page).on('console', onConsole)
  return { violations }
}
