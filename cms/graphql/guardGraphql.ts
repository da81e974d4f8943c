import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLError,
  Kind,
  NoFragmentCyclesRule,
  parse,
  type SelectionSetNode,
  visit,
} from 'graphql'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

const errorsResponse = (errors: { message: string }[], status: number) =>
  Response.json({ errors }, { status })

/**
 * Wraps Payload's GraphQL route so that bad input gets a 4xx and the schema stays private:
 * - Payload parses the body before its GraphQL error handling, so its own 400 for malformed
 *   JSON escaped as an empty 500; client errors thrown there keep their status here.
 * - Payload's query-complexity rule runs beside graphql-js's validation, on documents not yet
 *   known to be valid: it overflows the stack on a fragment cycle, fails on a subscription
 *   (there is no subscription type) and throws on a bad directive argument. Cycles and
 *   subscriptions are refused first, and a GraphQLError it throws is the query's fault.
 * - graphql-js suggests similar names ("Did you mean internalNotes?"), which would list
 *   private fields although introspection is off: suggestions are removed.
 */
export function guardGraphql<A>(handler: RouteHandler<A>): RouteHandler<A> {
  return async (request, args) => {
    const problems = await documentProblems(request.clone())
    if (problems.length) return errorsResponse(problems, 400)
    let response: Response
    try {
      response = await handler(request, args)
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (error instanceof SyntaxError) return errorsResponse([{ message: 'Invalid JSON' }], 400)
      // By tag: the class may come from another copy of graphql-js than ours.
      if (Object.prototype.toString.call(error) === '[object GraphQLError]')
        return errorsResponse([{ message: (error as Error).message }], 400)
      if (typeof status !== 'number' || status < 400 || status >= 500) throw error
      return errorsResponse([{ message: (error as Error).message }], status)
    }
    return withoutSuggestions(response)
  }
}

/** Fragment cycles (graphql-js's own errors) and subscriptions in the query of a JSON body. */
async function documentProblems(request: Request): Promise<{ message: string }[]> {
  let query: unknown
  try {
    query = ((await request.json()) as { query?: unknown } | null)?.query
  } catch {
    return [] // Payload reports the malformed body.
  }
  if (typeof query !== 'string' || !/\b(fragment|subscription)\b|@(skip|include)\b/.test(query))
    return []
  let document: DocumentNode
  try {
    document = parse(query)
  } catch {
    return [] // A syntax error: graphql-http reports it.
  }
  if (
    document.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
    )
  )
    return [{ message: 'Subscriptions are not supported' }]
  const errors: { message: string }[] = badConditions(document)
  visit(document, NoFragmentCyclesRule(astContext(document, errors as GraphQLError[])))
  return errors.map((e) => ({ message: e.message }))
}

/** `@skip`/`@include` whose `if` is no Boolean or variable: the complexity rule throws on it. */
function badConditions(document: DocumentNode): { message: string }[] {
  const problems: { message: string }[] = []
  visit(document, {
    Directive(node) {
      if (node.name.value !== 'skip' && node.name.value !== 'include') return
      const value = node.arguments?.find((a) => a.name.value === 'if')?.value
      if (value?.kind !== Kind.BOOLEAN && value?.kind !== Kind.VARIABLE)
        problems.push({ message: `Directive "@${node.name.value}" needs a Boolean "if" argument.` })
    },
  })
  return problems
}

type RuleContext = Parameters<typeof NoFragmentCyclesRule>[0]

/**
 * The three methods of graphql-js's ASTValidationContext that NoFragmentCyclesRule uses
 * (the class itself is not exported from the package's entry point).
 */
function astContext(document: DocumentNode, errors: GraphQLError[]): RuleContext {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const context = {
    getFragment: (name: string) => fragments.get(name),
    getFragmentSpreads: (node: SelectionSetNode) => {
      const spreads: FragmentSpreadNode[] = []
      visit(node, { FragmentSpread: (spread) => void spreads.push(spread) })
      return spreads
    },
    reportError: (error: GraphQLError) => void errors.push(error),
  }
  return context as unknown as RuleContext
}

const suggestion = / ?Did you mean [^?]*\?/g

async function withoutSuggestions(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  const cleaned = text.includes('Did you mean') ? hideSuggestions(text) : text
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(cleaned, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

function hideSuggestions(text: string): string {
  let body: { errors?: { message?: string }[] }
  try {
    body = JSON.parse(text) as typeof body
  } catch {
    return text.replace(suggestion, '')
  }
  for (const error of body.errors ?? [])
    if (typeof error.message === 'string') error.message = error.message.replace(suggestion, '')
  return JSON.stringify(body)
}
