import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Sent with every CMS response: admin pages, REST, GraphQL and uploaded files. Nothing may
 * frame the CMS (clickjacking on the admin; Payload's live preview frames the portal, never
 * the admin), browsers must not sniff a file's type from its bytes (an upload served as HTML
 * would run as the CMS's origin), and other sites see only our origin as referrer.
 */
export const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** The admin and API app. Dependencies live in the repository root, one level up. */
const nextConfig = {
  outputFileTracingRoot: root,
  turbopack: { root },
  typescript: { ignoreBuildErrors: true },
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  // Payload shows an error's message only when the error has a name (formatErrors), and names
  // come from class names, which minifying the server bundle erased: every refusal of ours
  // read "An unknown error occurred." (tests/e2e/fuzz.test.ts). Server code is not sent to
  // browsers, so it stays readable; the admin's client bundle is still minified.
  experimental: { turbopackMinify: { server: false, client: true } },
  // The scheduling solver (cms/matchmaking/schedule/solve.ts) loads HiGHS's WebAssembly from
  // beside its own module file: left to Node's require, not copied into a server chunk.
  // rate-limiter-flexible's Drizzle store imports drizzle-orm by a computed name, which a
  // bundler cannot follow (cms/limits/store.ts): left to Node as well.
  serverExternalPackages: ['highs', 'rate-limiter-flexible'],
}

/**
 * withPayload turns off `experimental.turbopackServerFastRefresh` because server fast refresh
 * breaks HMR, a concern of `next dev` only. Anywhere else the setting does nothing, but Next's
 * build prints every experimental key it is given, a `false` one with a red "⨯" that a
 * newcomer's first `npm start` read as an error: outside the dev server it is left out.
 * (turbopackMinify stays in every phase: see above.)
 *
 * @param {string} phase
 */
export default function config(phase) {
  const config = withPayload(nextConfig, { devBundleServerPackages: false })
  if (phase === PHASE_DEVELOPMENT_SERVER) return config
  const { turbopackServerFastRefresh: _devOnly, ...experimental } = config.experimental ?? {}
  return { ...config, experimental }
}
