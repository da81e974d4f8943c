import fs from 'node:fs'

import type { TestProject } from 'vitest/node'

import { buildSeededSite } from '../helpers/siteBuild'
import type { SiteLocation } from '../helpers/siteFacts'

declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteLocation
  }
}

/**
 * Builds the site once for the whole run, on the real seed data in a temporary database; every
 * site test file reads the same folder through `inject('site')`.
 */
export default async function setup(project: TestProject) {
  const site = await buildSeededSite((line) => console.log(line))
  project.provide('site', {
    root: site.root,
    dataDir: site.dataDir,
    outDir: site.outDir,
    factsFile: site.factsFile,
  })
  return () => {
    if (!site.kept) fs.rmSync(site.root, { recursive: true, force: true })
  }
}
