/**
 * Payload's REST handler parses the JSON body of a POST with `X-HTTP-Method-Override: GET`
 * outside its own error handling, so a malformed body there ends as a 500 on every REST path.
 * This wraps a Next route handler so such a body gets a 400 that says what is wrong instead.
 */
type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

export function guardBody<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, args) => {
    try {
      return await handler(request, args)
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      return Response.json(
        { errors: [{ message: 'The request body is not valid JSON. Send a JSON object.' }] },
        { status: 400 },
      )
    }
  }
}
