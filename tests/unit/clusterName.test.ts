import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { clusterNameOf } from '../../site/lib/clusterName'

const siteDir = path.resolve(import.meta.dirname, '../../site')
const sources = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((file) => /\.(astro|ts|tsx|json)$/.test(file))

describe('the cluster name on the portal', () => {
  it('comes from the settings, else a neutral name in the visitor language', () => {
    expect(clusterNameOf({ clusterName: 'Danube IT Cluster' }, 'bg')).toBe('Danube IT Cluster')
    expect(clusterNameOf({}, 'de')).toBe('Cluster-Portal')
    expect(clusterNameOf({ clusterName: ' ' }, 'bg')).toBe('Портал на клъстера')
  })

  it('of the demo data set is written nowhere in the portal source', () => {
    const naming = sources(siteDir).filter((file) =>
      fs.readFileSync(file, 'utf8').includes('HITS Cluster'),
    )
    expect(naming.map((file) => path.relative(siteDir, file))).toEqual([])
  })
})
