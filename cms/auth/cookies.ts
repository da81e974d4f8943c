/**
 * Whether the login cookie carries `Secure`: when the CMS's public address (CMS_URL) is https,
 * and in production unless CMS_URL names a plain http:// address. `npm start` runs in
 * production on http://localhost, where browsers accept Secure cookies (localhost and 127.0.0.1
 * are secure contexts; tests/e2e/admin.test.ts logs in on 127.0.0.1). An operator who serves the
 * CMS over plain http on another host says so with CMS_URL=http://…, or login would break there.
 *
 * @example secureCookies({ NODE_ENV: 'production', CMS_URL: 'https://cms.example' }) // true
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  const url = env.CMS_URL?.trim()
  if (url?.startsWith('https://')) return true
  if (url?.startsWith('http://')) return false
  return env.NODE_ENV === 'production'
}
