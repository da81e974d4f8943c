import fs from 'node:fs'
import path from 'node:path'

import { spawnLogged } from '../build/spawnLogged'
import { projectRoot } from '../paths'
import { sourceHash } from './sourceHash'

export const nextBin = () => path.join(projectRoot, 'node_modules', '.bin', 'next')

/**
 * The command of the CMS server (cms/server.ts) on this Node: `spawn(process.execPath, this)`.
 * Its environment gives the port (PORT) and needs NODE_ENV=production.
 */
export const cmsServerArgs = () => ['--import', 'tsx', path.join(projectRoot, 'cms', 'server.ts')]

/**
 * The environment for Next.js and Astro under our scripts: their telemetry off (Next's
 * NEXT_TELEMETRY_DISABLED, next/dist/telemetry/storage.js; Astro's ASTRO_TELEMETRY_DISABLED,
 * @astrojs/telemetry), so that a first start neither prints a banner about it nor reports home.
 * A value already set is kept.
 */
export const withoutTelemetry = <E extends NodeJS.Dict<string>>(env: E): E => ({
  ...env,
  NEXT_TELEMETRY_DISABLED: env.NEXT_TELEMETRY_DISABLED || '1',
  ASTRO_TELEMETRY_DISABLED: env.ASTRO_TELEMETRY_DISABLED || '1',
})

/** Which lines of a command's output to print: all, none, or those a filter accepts. */
export type Shown = 'all' | 'none' | ((line: string) => boolean)

/**
 * Runs a command in the project root, printing the output that `shown` selects; rejects on a
 * non-zero exit, with the end of its output when not all of it was printed (a test's admin
 * build, npm start without --verbose).
 */
export async function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  shown: Shown = 'all',
): Promise<void> {
  const { code, tail } = await spawnLogged(command, args, {
    cwd: projectRoot,
    env,
    onLine:
      shown === 'none'
        ? undefined
        : (line, stream) => {
            if (shown === 'all' || shown(line))
              (stream === 'stderr' ? console.error : console.log)(line)
          },
  })
  if (code === 0) return
  const failed = `${command} ${args.join(' ')} exited with ${code}`
  throw new Error(shown === 'all' ? failed : `${failed}:\n${tail.join('\n')}`)
}

/**
 * Builds the Next.js admin unless the build in cms/.next was made from the same sources and
 * lockfile, calling `beforeBuild` first when it builds. Returns whether it built.
 */
export async function buildAdminIfChanged(
  env: NodeJS.ProcessEnv,
  quiet = false,
  beforeBuild?: () => void,
): Promise<boolean> {
  const marker = path.join(projectRoot, 'cms', '.next', 'portal-source-hash')
  // The hash taken before building: a file edited during the build then makes the next start
  // build again, instead of passing a stale build for a current one. The root tsconfig.json
  // holds the path aliases the admin's imports resolve through.
  const hash = sourceHash(
    [path.join(projectRoot, 'cms')],
    [path.join(projectRoot, 'package-lock.json'), path.join(projectRoot, 'tsconfig.json')],
  )
  const built = fs.existsSync(path.join(projectRoot, 'cms', '.next', 'BUILD_ID'))
  if (built && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash) return false
  beforeBuild?.()
  await run(
    nextBin(),
    ['build', 'cms'],
    withoutTelemetry({ ...env, NODE_ENV: 'production' }),
    quiet ? 'none' : 'all',
  )
  fs.writeFileSync(marker, hash)
  return true
}
