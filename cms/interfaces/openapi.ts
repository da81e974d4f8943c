import type { ApiProblem } from './problems'
import { summariseMessages } from './problems'

/** OpenAPI versions the parser validates and the portal renders: 3.0.x and 3.1.x. */
const supported = /^3\.[01]\.\d+$/

/**
 * Validates an OpenAPI document with @readme/openapi-parser (the maintained fork of
 * swagger-parser: the OpenAPI 3.0/3.1 JSON Schemas plus the rules no schema holds, such as
 * path parameters and unique operationIds). External references were refused before, and the
 * parser is told not to resolve any: it must never read a file or fetch an address.
 */
export async function validateOpenApi(
  document: Record<string, unknown>,
): Promise<ApiProblem | null> {
  const version = String(document.openapi)
  if (!supported.test(version)) return { code: 'version', format: 'openapi', version }
  // Loaded on first use: the parser and its schemas are not needed to start the CMS.
  const { validate } = await import('@readme/openapi-parser')
  try {
    // The parser dereferences in place; the stored document keeps its `$ref`s.
    const result = await validate(structuredClone(document) as never, {
      resolve: { external: false, file: false },
      timeoutMs: 10_000,
    })
    if (result.valid) return null
    const detail = summariseMessages(
      result.errors.map((e) => e.message),
      result.additionalErrors,
    )
    return { code: 'invalid', format: 'openapi', detail }
  } catch (error) {
    return {
      code: 'invalid',
      format: 'openapi',
      detail: summariseMessages([String((error as Error)?.message ?? error)]),
    }
  }
}
