import { maxBodyBytes } from '@shared/formSchema'

export type BodyResult =
  { ok: true; body: unknown } | { ok: false; problem: 'contentType' | 'tooLarge' | 'unreadable' }

/** True for `application/json`, with or without parameters such as charset=utf-8. */
export const isJson = (contentType: string | null): boolean =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json'

/**
 * Reads a form post's JSON body, refusing anything that is not JSON, larger than
 * `maxBodyBytes` (by its Content-Length, or while reading: the rest is never read), not UTF-8
 * or not parseable (a body cut off by the client counts as unreadable too).
 */
export async function readJsonBody(
  request: { headers: Headers; body?: ReadableStream<Uint8Array> | null },
  limit = maxBodyBytes,
): Promise<BodyResult> {
  if (!isJson(request.headers.get('content-type'))) return { ok: false, problem: 'contentType' }
  const declared = Number(request.headers.get('content-length'))
  if (declared > limit) return { ok: false, problem: 'tooLarge' }
  try {
    const bytes = await readAtMost(request.body ?? null, limit)
    if (bytes === null) return { ok: false, problem: 'tooLarge' }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { ok: true, body: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: 'unreadable' }
  }
}

/** The stream's bytes, or null as soon as they pass `limit` (the stream is then cancelled). */
async function readAtMost(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
