import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'

import { dataDir } from '../paths'

/** The folder the file transport writes to; read on every send, so DATA_DIR may change. */
export const mailDir = () => path.join(dataDir(), 'mail')

// RFC 5322 lines end in CRLF; mail clients open such .eml files directly.
const composer = nodemailer.createTransport({
  streamTransport: true,
  buffer: true,
  newline: 'windows',
})

let sequence = 0

/**
 * A file name that sorts in sending order and never clashes: UTC time to the millisecond, a
 * per-process counter for messages in the same millisecond, and random bytes across processes.
 *
 * @example mailFileName(new Date('2026-11-24T18:53:54.123Z')) // '20261124T185354123Z-000001-9f2c4a1b.eml'
 */
export function mailFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  sequence = (sequence + 1) % 1_000_000
  const counter = String(sequence).padStart(6, '0')
  return `${stamp}-${counter}-${crypto.randomBytes(4).toString('hex')}.eml`
}

/**
 * The file of a message that has its own Message-ID (every queued mail has one, kept across
 * retries): named after it, so that sending the same message again replaces its file.
 *
 * @example messageFileName('<20261124T185354123Z-9f2c4a1b.inquiries-12-staff@hits.example>')
 * // '20261124T185354123Z-9f2c4a1b.inquiries-12-staff@hits.example.eml'
 */
export const messageFileName = (messageId: string) =>
  `${messageId.replace(/^<|>$/g, '').replace(/[^\w.@+-]/g, '_')}.eml`

/**
 * Composes the message exactly as SMTP would send it and writes it as an .eml file. The file
 * appears whole or not at all (written under a temporary name, then renamed over any earlier
 * copy of the same message).
 */
export async function writeMailFile(message: Mail.Options) {
  const info = await composer.sendMail(message)
  const dir = mailDir()
  await fs.mkdir(dir, { recursive: true })
  const name = message.messageId ? messageFileName(message.messageId) : mailFileName()
  const file = path.join(dir, name)
  const part = `${file}.${crypto.randomBytes(4).toString('hex')}.part`
  await fs.writeFile(part, info.message as Buffer)
  await fs.rename(part, file)
  return { messageId: info.messageId, envelope: info.envelope, file }
}
