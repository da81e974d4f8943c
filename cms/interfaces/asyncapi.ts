import type { ErrorObject, ValidateFunction } from 'ajv'

import type { ApiProblem } from './problems'
import { summariseMessages } from './problems'

type Schema = { definitions: Record<string, { format?: string } | undefined> }

// One compiled validator per AsyncAPI version, made on first use (the schemas are large).
const compiled = new Map<string, ValidateFunction>()

async function validatorFor(version: string): Promise<ValidateFunction | null> {
  const cached = compiled.get(version)
  if (cached) return cached
  const [{ default: specs }, { Ajv }, { default: addFormats }] = await Promise.all([
    import('@asyncapi/specs'),
    import('ajv'),
    import('ajv-formats'),
  ])
  const original = (specs.schemas as Record<string, Schema | undefined>)[version]
  if (!original) return null
  // As @asyncapi/parser does: ajv has the draft meta-schemas already, and a `$ref` to a JSON
  // pointer with `[` or `]` is valid though it is no RFC 3986 URI reference.
  const schema = structuredClone(original)
  delete schema.definitions['http://json-schema.org/draft-07/schema']
  delete schema.definitions['http://json-schema.org/draft-04/schema']
  delete schema.definitions[`http://asyncapi.com/definitions/${version}/ReferenceObject.json`]
    ?.format
  // The official schemas use draft-07 keywords and formats; strict mode would reject their
  // own annotations, as it does in @asyncapi/parser, which sets the same options.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    allowUnionTypes: true,
    unicodeRegExp: false,
  })
  addFormats(ajv)
  const validate = ajv.compile(schema)
  compiled.set(version, validate)
  return validate
}

// A failed `oneOf`/`anyOf` repeats what its branches said, and "must have $ref" is the
// reference branch of every object: neither tells the author anything.
const noise = (e: ErrorObject) =>
  ['oneOf', 'anyOf', 'if'].includes(e.keyword) ||
  (e.keyword === 'required' && e.params.missingProperty === '$ref')

const describe = (e: ErrorObject) =>
  `${e.instancePath || '/'} ${e.message ?? e.keyword}${
    e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''
  }`

/**
 * Validates an AsyncAPI 2.x or 3.x document against the official JSON Schema of its version
 * (`@asyncapi/specs`, the schemas @asyncapi/parser itself validates with) using ajv. The full
 * @asyncapi/parser was measured at 54 MB and 136 packages (it brings Spectral); the schemas
 * and ajv at 7 MB and 3 packages, for the same structural check.
 */
export async function validateAsyncApi(
  document: Record<string, unknown>,
): Promise<ApiProblem | null> {
  const version = String(document.asyncapi)
  const validate = await validatorFor(version)
  if (!validate) return { code: 'version', format: 'asyncapi', version }
  if (validate(document)) return null
  const errors = (validate.errors ?? []).filter((e) => !noise(e))
  const unique = [...new Set((errors.length ? errors : (validate.errors ?? [])).map(describe))]
  return { code: 'invalid', format: 'asyncapi', detail: summariseMessages(unique) }
}
