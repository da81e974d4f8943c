/**
 * Where a prerendered URL path is written in the built site (Astro's `build.format: 'directory'`
 * with `trailingSlash: 'always'`): a page's path ends in `/` and is written as `index.html` in
 * that folder; an endpoint's path names its file (`/en/compare/a.json`, `/en/events/a.ics`).
 * Returns the path in the output folder, decoded, with forward slashes.
 */
export const builtFileOf = (pathname: string): string => {
  const decoded = decodeURIComponent(pathname).replace(/^\/+/, '')
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded
}
