/**
 * DEPLOY_HOOK_URL: after a good build the CMS POSTs to it, so that a static host (Netlify,
 * Vercel, Cloudflare Pages, a CI pipeline) can pick up the new site. Its answer is recorded in
 * the build status; a failing hook never fails the build, whose output is already in place.
 */
const timeoutMs = 10_000

export type DeployHookPayload = { event: 'site-built'; pages: number; finishedAt: string }

/** Calls the hook when one is configured; returns what to show in the build status, or null. */
export async function callDeployHook(
  payload: DeployHookPayload,
  url: string | undefined = process.env.DEPLOY_HOOK_URL,
): Promise<string | null> {
  if (!url) return null
  const at = new Date().toISOString()
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body?.cancel()
    const answer = `${response.status} ${response.statusText}`.trim()
    return response.ok ? `${answer} (${at})` : `failed: ${answer} (${at})`
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : (error as Error).message
    return `failed: ${reason} (${at})`
  }
}
