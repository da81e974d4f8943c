import path from 'node:path'

/**
 * The repository root. npm scripts always run there; the Next.js server may be started from
 * elsewhere, so PROJECT_ROOT can say where it is.
 */
export const projectRoot = path.resolve(process.env.PROJECT_ROOT || process.cwd())

/**
 * Git-ignored runtime state: the SQLite file, the local secret, seeded logins, uploads.
 * A function, read when used, so a test or script can point DATA_DIR elsewhere first.
 */
export const dataDir = () => path.resolve(process.env.DATA_DIR || path.join(projectRoot, 'data'))

/**
 * Where uploaded files go (one folder per upload collection): UPLOADS_DIR, or DATA_DIR. Several
 * CMS instances on one host share a folder here; across hosts, a storage adapter puts the files
 * in object storage instead (see the README).
 */
export const uploadsDir = () => path.resolve(process.env.UPLOADS_DIR || dataDir())

/**
 * Where the portal is built and served from: SITE_OUT_DIR, or dist/ in the project. The one
 * answer for `npm start`, `npm run build:site`, the rebuild job, `serve:site` and Astro itself.
 */
export const siteOutDir = () => path.resolve(projectRoot, process.env.SITE_OUT_DIR || 'dist')
