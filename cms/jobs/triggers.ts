/**
 * What made a site rebuild necessary: one entry per publish, unpublish, delete or manual request;
 * `startup` and `command` stand for builds the job did not run (cms/jobs/latestBuild.ts).
 */
export type Trigger = {
  /** The collection of the document, or the global's slug for `settings`. */
  collection?: string
  global?: string
  id?: number | string
  /** The document's title, name or slug at the time, for people to recognise it. */
  title?: string
  operation: 'publish' | 'unpublish' | 'delete' | 'update' | 'manual' | 'startup' | 'command'
  /** ISO time of the change. */
  at: string
  /** Email of the user who made the change, when a user made it. */
  user?: string
}

/** The triggers stored in a rebuild job's input (JSON, so checked rather than trusted). */
export function triggersOf(input: unknown): Trigger[] {
  const triggers = (input as { triggers?: unknown } | null | undefined)?.triggers
  return Array.isArray(triggers)
    ? triggers.filter((t): t is Trigger => typeof t === 'object' && t !== null && 'operation' in t)
    : []
}

/** The email of the request's user, if a person (not a script) made the change. */
export const userEmail = (user: unknown): string | undefined => {
  const email = (user as { email?: unknown } | null | undefined)?.email
  return typeof email === 'string' ? email : undefined
}

/** A readable label for a document: its title, name, slug or file name. */
export function titleOf(doc: Record<string, unknown>): string | undefined {
  for (const key of ['title', 'name', 'clusterName', 'slug', 'filename']) {
    const value = doc[key]
    if (typeof value === 'string' && value.trim()) return value.slice(0, 200)
  }
  return undefined
}
