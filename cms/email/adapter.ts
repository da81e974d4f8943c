import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'
import type { PayloadEmailAdapter as EmailAdapter, SendEmailOptions } from 'payload'

import { mailDir, writeMailFile } from './fileTransport'
import { chooseTransport, senderFrom } from './transport'

type Env = Record<string, string | undefined>

/**
 * Payload's email adapter over nodemailer (modelled on @payloadcms/email-nodemailer, whose 3.x
 * releases do not pass Payload 3.90.2's version check): SMTP when SMTP_HOST is set, otherwise
 * every message becomes an .eml file under `<DATA_DIR>/mail/`, with a log line saying where.
 * The environment is read when Payload starts.
 */
export function buildEmailAdapter(env: Env = process.env): EmailAdapter {
  return ({ payload }) => {
    const choice = chooseTransport(env)
    const from = senderFrom(env)
    const withDefaults = (message: SendEmailOptions): Mail.Options => ({
      from,
      ...message,
    })

    if (choice.kind === 'smtp') {
      const transport = nodemailer.createTransport(choice.options)
      const { host, port } = choice.options
      payload.logger.info(`Mail goes out through the SMTP server ${host}:${port}.`)
      return {
        name: 'smtp',
        defaultFromAddress: from.address,
        defaultFromName: from.name,
        sendEmail: (message) => transport.sendMail(withDefaults(message)),
      }
    }

    payload.logger.info(
      `SMTP_HOST is not set: outgoing mail is written as .eml files to ${mailDir()}.`,
    )
    return {
      name: 'file',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        const result = await writeMailFile(withDefaults(message))
        const to = result.envelope.to.join(', ')
        payload.logger.info(
          `Mail "${String(message.subject ?? '')}" to ${to} written to ${result.file} ` +
            '(no SMTP_HOST set; open it with any mail client).',
        )
        return result
      },
    }
  }
}

/** The adapter the CMS uses: `email` in cms/payload.config.ts. */
export const emailAdapter: EmailAdapter = (args) => buildEmailAdapter()(args)
