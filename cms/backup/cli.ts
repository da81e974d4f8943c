import { DatabaseUriError } from '../database'
import { BackupError } from './manifest'

/**
 * Runs a backup command's `main` and exits: 0 when it worked, else the code `exitCode` gives
 * (1 by default). Errors the user can act on print their message alone; anything else its
 * stack, for a bug report.
 */
export async function runCommand(
  name: string,
  main: () => Promise<void>,
  exitCode: (error: unknown) => number = () => 1,
): Promise<never> {
  try {
    await main()
    process.exit(0)
  } catch (error) {
    const known = error instanceof BackupError || error instanceof DatabaseUriError
    console.error(`${name} failed: ${known ? (error as Error).message : (error as Error).stack}`)
    process.exit(exitCode(error))
  }
}
