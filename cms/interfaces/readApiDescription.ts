import { parse as parseYaml } from 'yaml'

import { validateAsyncApi } from './asyncapi'
import { validateOpenApi } from './openapi'
import type { ApiFormat, ApiProblem } from './problems'
import { summariseMessages } from './problems'
import { checkLocalRefs } from './refs'

/** What a valid upload fills in on its API description. */
export type ApiDescription = {
  format: ApiFormat
  /** The version the document declares, e.g. "3.1.0" for OpenAPI 3.1. */
  specVersion: string
  /** `info.title` of the document, for a title the uploader left empty. */
  title: string
  /** The document as parsed (JSON), `$ref`s kept: the portal renders it at build time. */
  document: Record<string, unknown>
}

export type ApiDescriptionResult =
  { ok: true; description: ApiDescription } | { ok: false; problem: ApiProblem }

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** JSON or YAML by the file's name; YAML also reads JSON, so an unnamed file is read as YAML. */
function parseText(text: string, filename: string): unknown {
  if (/\.json$/i.test(filename)) return JSON.parse(text)
  // The default alias limit stops "billion laughs" documents.
  return parseYaml(text, { prettyErrors: true })
}

/**
 * Reads an uploaded OpenAPI 3.x or AsyncAPI 2.x/3.x description and validates it with a
 * maintained parser (cms/interfaces/openapi.ts, asyncapi.ts). The one check every way of
 * storing one goes through: the api-descriptions hook (REST, admin, Local API) and the seed.
 * Never reads or fetches anything the document refers to.
 *
 * @example
 * const result = await readApiDescription(fs.readFileSync(file), 'orders.yaml')
 * if (!result.ok) throw new Error(describeApiProblem('en', 'orders.yaml', result.problem))
 */
export async function readApiDescription(
  content: Uint8Array | string,
  filename: string,
): Promise<ApiDescriptionResult> {
  const text = (
    typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)
  ).replace(/^\uFEFF/, '')
  let parsed: unknown
  try {
    parsed = parseText(text, filename)
  } catch (error) {
    return {
      ok: false,
      problem: {
        code: 'unreadable',
        detail: summariseMessages([String((error as Error).message)]),
      },
    }
  }
  // Round trip through JSON: what is stored and rendered is plain JSON, whatever YAML allowed.
  const document: unknown = JSON.parse(JSON.stringify(parsed ?? null))
  if (!isObject(document)) return { ok: false, problem: { code: 'notApi' } }
  if ('swagger' in document) return { ok: false, problem: { code: 'swagger' } }
  const format: ApiFormat | null =
    'openapi' in document ? 'openapi' : 'asyncapi' in document ? 'asyncapi' : null
  if (!format) return { ok: false, problem: { code: 'notApi' } }
  const problem =
    checkLocalRefs(document) ??
    (format === 'openapi' ? await validateOpenApi(document) : await validateAsyncApi(document))
  if (problem) return { ok: false, problem }
  const info = isObject(document.info) ? document.info : {}
  return {
    ok: true,
    description: {
      format,
      specVersion: String(document[format]),
      title: typeof info.title === 'string' ? info.title.trim().slice(0, 200) : '',
      document,
    },
  }
}
