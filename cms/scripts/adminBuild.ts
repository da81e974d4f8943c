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
 * Runs a command in the project root, printing its output unless `quiet`; rejects on a non-zero
 * exit, with the end of its output when it was quiet (a test's admin build, say).
 */
export async function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  quiet = false,
): Promise<void> {
  const { code, tail } = await spawnLogged(command, args, {
    cwd: projectRoot,
    env,
    onLine: quiet
      ? undefined
      : (line, stream) => (stream === 'stderr' ? console.error : console.log)(line),
  })
  if (code === 0) return
  const failed = `${command} ${args.join(' ')} exited with ${code}`
  throw new Error(quiet ? `${failed}:\n${tail.join('\n')}` : failed)
}

/**
 * Builds the Next.js admin unless the build in cms/.next was made from the same sources and
 * lockfile. Returns whether it built.
 */
export async function buildAdminIfChanged(env: NodeJS.ProcessEnv, quiet = false): Promise<boolean> {
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
  await run(nextBin(), ['build', 'cms'], { ...env, NODE_ENV: 'production' }, quiet)
  fs.writeFileSync(marker, hash)
  return true
}
