import { loginsFile, type DemoLogin } from './users'

/** Prints the demo logins and where they are kept. */
export function printLogins(logins: DemoLogin[]): void {
  if (!logins.length) return
  console.log('\nDemo logins (kept in ' + loginsFile() + '):')
  for (const l of logins) {
    const company = l.company ? ` (member company: ${l.company})` : ''
    console.log(`  ${l.role.padEnd(7)} ${l.email.padEnd(32)} ${l.password}${company}`)
  }
}
