import type { AfterErrorHook } from 'payload'

import { message } from '../i18n/messages'

/**
 * Errors that only a request's own values can cause: a query string or upload field that is
 * no JSON, a filter value that SQLite cannot bind or compare (`where[id][in]=a,b`,
 * `where[createdAt][greater_than]=soon`, an object where a text belongs) or an operator the
 * adapter lacks. Payload passes such
 * values to the database unchecked, and reports its failure as a 500.
 */
const inputFailures: [new (...args: never[]) => Error, RegExp][] = [
  [SyntaxError, /JSON/],
  [RangeError, /^Invalid time value$/],
  // The SQLite driver's refusals to bind a parameter, wrapped by Drizzle as `cause`.
  [Error, /^Only finite numbers \(not Infinity or NaN\) can be passed as arguments$/],
  [Error, /^SQLite3 can only bind numbers, strings, bigints, buffers, and null$/],
  [Error, /^undefined cannot be passed as argument to the database$/],
  // A page size or page that is no whole number (`?limit=1.5`), bound to SQLite's LIMIT.
  [Error, /^datatype mismatch$/],
  // An operator Payload accepts but the SQLite adapter lacks (`where[sectors][all]=x`).
  [TypeError, /\boperators\[\w+\] is not a function$/],
]

function causedByInput(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
    if (inputFailures.some(([type, text]) => e instanceof type && text.test(e.message))) return true
  return false
}

/** Answers those errors with 400 and a message that says where to look (REST only). */
export const inputErrorsAre400: AfterErrorHook = ({ error, req, graphqlResult }) => {
  if (graphqlResult || !causedByInput(error)) return
  return { status: 400, response: { errors: [{ message: message(req, 'badQueryValue') }] } }
}
