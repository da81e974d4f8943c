import type SMTPTransport from 'nodemailer/lib/smtp-transport'

type Env = Record<string, string | undefined>

/** Where outgoing mail goes: an SMTP server, or .eml files under `<DATA_DIR>/mail/`. */
export type TransportChoice = { kind: 'smtp'; options: SMTPTransport.Options } | { kind: 'file' }

export class MailConfigError extends Error {}

const yes = new Set(['true', '1', 'yes', 'on'])
const no = new Set(['false', '0', 'no', 'off'])

/**
 * Reads the SMTP_* variables. Without SMTP_HOST mail is written to files, so a development or
 * demo install never loses a message and never needs a mail server.
 *
 * @example chooseTransport({ SMTP_HOST: 'smtp.example.com', SMTP_PORT: '465' })
 * // { kind: 'smtp', options: { host: 'smtp.example.com', port: 465, secure: true } }
 */
export function chooseTransport(env: Env = process.env): TransportChoice {
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'file' }
  const secureText = env.SMTP_SECURE?.trim().toLowerCase()
  if (secureText && !yes.has(secureText) && !no.has(secureText)) {
    throw new MailConfigError(
      `SMTP_SECURE must be "true" (TLS from the start, usually port 465) or "false" (STARTTLS, ` +
        `usually port 587); it is "${env.SMTP_SECURE}".`,
    )
  }
  const portText = env.SMTP_PORT?.trim()
  const port = portText ? Number(portText) : secureText && yes.has(secureText) ? 465 : 587
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MailConfigError(`SMTP_PORT must be a port number such as 587; it is "${portText}".`)
  }
  const secure = secureText ? yes.has(secureText) : port === 465
  const user = env.SMTP_USER?.trim()
  const options: SMTPTransport.Options = {
    host,
    port,
    secure,
    ...(user ? { auth: { user, pass: env.SMTP_PASS ?? '' } } : {}),
  }
  return { kind: 'smtp', options }
}

/** The sender of every message: MAIL_FROM and MAIL_FROM_NAME, or the demo cluster's address. */
export const senderFrom = (env: Env = process.env) => ({
  address: env.MAIL_FROM?.trim() || 'portal@hits-cluster.example',
  name: env.MAIL_FROM_NAME?.trim() || 'HITS Cluster',
})
