import { type NextRequest, NextResponse } from 'next/server'

/**
 * Refuses, before routing, a path that is no valid percent-encoded UTF-8 (`%zz`, `%c0%ae`, a
 * lone surrogate) or holds a NUL byte, with 400: Next's router and Payload's would answer it
 * with a 500. No real page, API route or file name looks like that.
 */
export function proxy(request: NextRequest) {
  if (!isCleanPath(request.nextUrl.pathname))
    return NextResponse.json(
      {
        errors: [{ message: 'The address is not valid: it has a broken %-escape or a NUL byte.' }],
      },
      { status: 400 },
    )
  return NextResponse.next()
}

function isCleanPath(pathname: string): boolean {
  try {
    return !decodeURIComponent(pathname).includes('\u0000')
  } catch {
    return false
  }
}
