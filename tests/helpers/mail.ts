import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

/** One .eml file the CMS wrote, parsed far enough for tests: headers decoded, body as text. */
export type Mail = {
  file: string
  raw: string
  headers: Record<string, string>
  subject: string
  to: string
  from: string
  replyTo: string
  body: string
}

// RFC 2047 encoded words: =?charset?Q|B?data?=, adjacent ones joined without the space between.
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const type = headers['content-type'] ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1).map(splitMessage)
    const part = parts.find((p) => p.headers['content-type']?.startsWith('text/plain')) ?? parts[0]
    return part ? decodeBody(part.headers, part.body) : ''
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

function splitMessage(raw: string) {
  const match = /\r?\n\r?\n/.exec(raw.replace(/^\r?\n/, ''))
  const text = raw.replace(/^\r?\n/, '')
  if (!match) return { headers: parseHeaders(text), body: '' }
  return {
    headers: parseHeaders(text.slice(0, match.index)),
    body: text.slice(match.index + match[0].length),
  }
}

export function parseMail(file: string): Mail {
  const raw = fs.readFileSync(file, 'utf8')
  const { headers, body } = splitMessage(raw)
  const decoded = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, decodeWords(v)]))
  return {
    file,
    raw,
    headers: decoded,
    subject: decoded.subject ?? '',
    to: decoded.to ?? '',
    from: decoded.from ?? '',
    replyTo: decoded['reply-to'] ?? '',
    body: decodeBody(headers, body).replace(/\r\n/g, '\n'),
  }
}

/** Every mail written under `<dataDir>/mail/`, in the order sent (file names sort that way). */
export function readMails(dataDir: string): Mail[] {
  const dir = path.join(dataDir, 'mail')
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return []
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => parseMail(path.join(dir, name)))
}

/** The mails written since `before` was taken (a `readMails` result). */
export const newMails = (dataDir: string, before: Mail[]) => {
  const seen = new Set(before.map((m) => m.file))
  return readMails(dataDir).filter((m) => !seen.has(m.file))
}

/**
 * Runs the mail queue until no due job is left, as the CMS server does every few seconds
 * (tests set MAIL_AUTORUN off and call this when they want their mail sent).
 */
export async function sendQueuedMail(payload: Payload): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const { noJobsRemaining } = await payload.jobs.run({ queue: 'mail', limit: 100 })
    if (noJobsRemaining) return
  }
  throw new Error('the mail queue did not drain in 20 runs')
}
