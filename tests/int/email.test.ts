import fs from 'node:fs'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { buildEmailAdapter } from '../../cms/email/adapter'
import { chooseTransport, MailConfigError } from '../../cms/email/transport'
import { readMails } from '../helpers/mail'
import { startPayload } from '../helpers/payload'

let ctx: Awaited<ReturnType<typeof startPayload>>
let payload: Payload

beforeAll(async () => {
  delete process.env.SMTP_HOST
  ctx = await startPayload('email')
  payload = ctx.payload
})
afterAll(async () => ctx?.stop())

describe('choice of transport', () => {
  it('writes files when SMTP_HOST is not set', () => {
    expect(chooseTransport({})).toEqual({ kind: 'file' })
    expect(chooseTransport({ SMTP_HOST: '  ', SMTP_PORT: '25' })).toEqual({ kind: 'file' })
  })

  it('uses SMTP when SMTP_HOST is set, STARTTLS on 587 by default, TLS on 465', () => {
    expect(chooseTransport({ SMTP_HOST: 'smtp.example.com' })).toEqual({
      kind: 'smtp',
      options: { host: 'smtp.example.com', port: 587, secure: false },
    })
    expect(chooseTransport({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '465' })).toMatchObject({
      options: { port: 465, secure: true },
    })
    expect(chooseTransport({ SMTP_HOST: 'smtp.example.com', SMTP_SECURE: 'true' })).toMatchObject({
      options: { port: 465, secure: true },
    })
    const withLogin = chooseTransport({
      SMTP_HOST: 'mail.example.com',
      SMTP_PORT: '2525',
      SMTP_SECURE: 'false',
      SMTP_USER: 'portal',
      SMTP_PASS: 's3cret',
    })
    expect(withLogin).toEqual({
      kind: 'smtp',
      options: {
        host: 'mail.example.com',
        port: 2525,
        secure: false,
        auth: { user: 'portal', pass: 's3cret' },
      },
    })
  })

  it('refuses a port or TLS setting it cannot understand, saying which', () => {
    expect(() => chooseTransport({ SMTP_HOST: 'h.example', SMTP_PORT: 'smtp' })).toThrow(
      /SMTP_PORT must be a port number/,
    )
    expect(() => chooseTransport({ SMTP_HOST: 'h.example', SMTP_SECURE: 'maybe' })).toThrow(
      MailConfigError,
    )
  })
})

describe('file transport (no SMTP_HOST)', () => {
  it('is the adapter Payload uses, instead of its console fallback', () => {
    expect(payload.email.name).toBe('file')
    expect(payload.email.defaultFromAddress).toBe('portal@hits-cluster.example')
    expect(payload.email.defaultFromName).toBe('HITS Cluster')
  })

  it('writes each message as a parsable .eml with its headers, and logs where', async () => {
    const info = vi.spyOn(payload.logger, 'info')
    await payload.sendEmail({
      to: 'buyer@shop.example',
      replyTo: { name: 'Мария Петрова', address: 'maria@buyer.example' },
      subject: 'Запитване – Grüße',
      text: 'Здравейте,\nмоля за оферта.',
    })
    const [mail] = readMails(ctx.dataDir)
    expect(mail).toBeDefined()
    expect(path.dirname(mail!.file)).toBe(path.join(ctx.dataDir, 'mail'))
    expect(mail!.raw).toContain('\r\n')
    expect(mail!.from).toBe('HITS Cluster <portal@hits-cluster.example>')
    expect(mail!.to).toBe('buyer@shop.example')
    expect(mail!.replyTo).toBe('Мария Петрова <maria@buyer.example>')
    expect(mail!.subject).toBe('Запитване – Grüße')
    expect(mail!.headers['message-id']).toMatch(/^<.+@.+>$/)
    expect(Date.parse(mail!.headers.date!)).not.toBeNaN()
    expect(mail!.body.trim()).toBe('Здравейте,\nмоля за оферта.')
    expect(info.mock.calls.flat().join(' ')).toContain(mail!.file)
    info.mockRestore()
  })

  it('names files so that they sort in sending order and never collide', async () => {
    const before = readMails(ctx.dataDir).length
    for (let i = 0; i < 5; i++) {
      await payload.sendEmail({ to: 'a@b.example', subject: `Message ${i}`, text: 'x' })
    }
    const subjects = readMails(ctx.dataDir)
      .slice(before)
      .map((m) => m.subject)
    expect(subjects).toEqual(['Message 0', 'Message 1', 'Message 2', 'Message 3', 'Message 4'])
  })

  it('names a message with a Message-ID after it: sending it again replaces the file', async () => {
    const before = readMails(ctx.dataDir).length
    const messageId = '<20261124T185354123Z-9f2c4a1b.inquiries-12-staff@hits-cluster.example>'
    await payload.sendEmail({ to: 'a@b.example', subject: 'First try', text: 'x', messageId })
    await payload.sendEmail({ to: 'a@b.example', subject: 'Retry', text: 'x', messageId })
    expect(readMails(ctx.dataDir)).toHaveLength(before + 1)
    const mails = readMails(ctx.dataDir).filter((m) => m.headers['message-id'] === messageId)
    expect(mails).toHaveLength(1)
    expect(path.basename(mails[0]!.file)).toBe(
      '20261124T185354123Z-9f2c4a1b.inquiries-12-staff@hits-cluster.example.eml',
    )
    expect(mails[0]!.headers['message-id']).toBe(messageId)
    expect(mails[0]!.subject).toBe('Retry')
    expect(
      fs.readdirSync(path.join(ctx.dataDir, 'mail')).filter((f) => f.endsWith('.part')),
    ).toEqual([])
  })

  it('takes the sender from MAIL_FROM and MAIL_FROM_NAME', async () => {
    const adapter = buildEmailAdapter({
      MAIL_FROM: 'office@cluster.example',
      MAIL_FROM_NAME: 'Office',
    })({
      payload,
    })
    await adapter.sendEmail({ to: 'a@b.example', subject: 'From check', text: 'x' })
    const mail = readMails(ctx.dataDir).find((m) => m.subject === 'From check')
    expect(mail?.from).toBe('Office <office@cluster.example>')
  })
})

/** A loopback SMTP server that accepts everything and keeps what it got. */
async function fakeSmtpServer() {
  const received: { rcpt: string[]; data: string }[] = []
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8')
    let buffer = ''
    let inData = false
    let rcpt: string[] = []
    socket.write('220 fake.smtp.test ESMTP\r\n')
    socket.on('data', (chunk: string) => {
      buffer += chunk
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          received.push({ rcpt, data: buffer.slice(0, end) })
          buffer = buffer.slice(end + 5)
          inData = false
          rcpt = []
          socket.write('250 2.0.0 queued\r\n')
          continue
        }
        const newline = buffer.indexOf('\r\n')
        if (newline < 0) return
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'RCPT') rcpt.push(line)
        if (verb === 'DATA') {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 OK\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { port, received, close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('SMTP transport (SMTP_HOST set)', () => {
  it('sends through the SMTP server and writes no file', async () => {
    const smtp = await fakeSmtpServer()
    try {
      const adapter = buildEmailAdapter({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })({
        payload,
      })
      expect(adapter.name).toBe('smtp')
      const files = fs.readdirSync(path.join(ctx.dataDir, 'mail')).length
      await adapter.sendEmail({ to: 'member@alpha.example', subject: 'Over SMTP', text: 'Hello' })
      expect(smtp.received).toHaveLength(1)
      expect(smtp.received[0]!.rcpt.join()).toContain('<member@alpha.example>')
      expect(smtp.received[0]!.data).toContain('Subject: Over SMTP')
      expect(fs.readdirSync(path.join(ctx.dataDir, 'mail'))).toHaveLength(files)
    } finally {
      await smtp.close()
    }
  })
})
