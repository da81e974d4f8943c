/**
 * The mails' layout; their words are the `mail.*` messages of the CMS catalogue (cms/i18n), so a
 * new language brings its mails with its catalogue file.
 */
import { defaultLocale, isLocale, type Locale } from '@shared/locales'
import { type MessageValues, t } from '../i18n/messages'

export type MailText = { subject: string; text: string }

/** What an inquiry mail says; country is already a name in the mail's language. */
export type InquiryFacts = {
  clusterName: string
  memberName: string
  buyerName: string
  buyerEmail: string
  buyerCompany: string | null
  buyerCountry: string | null
  message: string
  concerns: { kind: 'product' | 'cooperation'; title: string } | null
  adminLink: string
  /** False when the member has no public contact address: staff must forward by hand. */
  memberNotified: boolean
}

export type ApplicationFacts = { clusterName: string; companyName: string; contactName: string }

export type PasswordFacts = { clusterName: string; link: string }

export type WelcomeFacts = ApplicationFacts & { link: string; validDays: number }

export type Templates = {
  inquiryForMember(f: InquiryFacts): MailText
  /** The buyer's confirmation: no admin link, no staff notes; the buyer's own message. */
  inquiryForBuyer(f: InquiryFacts): MailText
  inquiryForStaff(f: InquiryFacts): MailText
  rejection(f: ApplicationFacts): MailText
  welcome(f: WelcomeFacts): MailText
  passwordReset(f: PasswordFacts): MailText
}

// The visitor's message, fenced off from ours.
const quoted = (message: string) => `----\n${message}\n----`

// The facts a message can name: its texts and numbers (not the flags and nested objects).
const plain = (facts: object): MessageValues =>
  Object.fromEntries(
    Object.entries(facts).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
  ) as MessageValues

/** The mail texts in a locale; anything that is not one of ours gets the default locale. */
export function templatesFor(language: unknown): Templates {
  const locale = isLocale(language) ? language : defaultLocale
  const say = (key: Parameters<typeof t>[1], values?: MessageValues) => t(locale, key, values)

  // "Ana (Acme) from Germany", with what the visitor left out left out.
  const sender = (f: InquiryFacts) =>
    [
      f.buyerName,
      f.buyerCompany && `(${f.buyerCompany})`,
      f.buyerCountry && say('mail.inquiry.fromCountry', { country: f.buyerCountry }),
    ]
      .filter(Boolean)
      .join(' ')

  const inquiry = (f: InquiryFacts) => ({
    ...plain(f),
    sender: sender(f),
    about: say('mail.inquiry.about', {
      kind: f.concerns?.kind ?? 'member',
      title: f.concerns?.title ?? '',
      memberName: f.memberName,
    }),
    quoted: quoted(f.message),
  })

  return {
    inquiryForMember: (f) => ({
      subject:
        say('mail.inquiryForMember.subject', { buyerName: f.buyerName }) +
        (f.concerns ? `: ${f.concerns.title}` : ''),
      text: say('mail.inquiryForMember.text', inquiry(f)),
    }),
    inquiryForBuyer: (f) => ({
      subject: say('mail.inquiryForBuyer.subject', { memberName: f.memberName }),
      text: say('mail.inquiryForBuyer.text', {
        clusterName: f.clusterName,
        memberName: f.memberName,
        kind: f.concerns?.kind ?? 'member',
        title: f.concerns?.title ?? '',
        quoted: quoted(f.message),
      }),
    }),
    inquiryForStaff: (f) => ({
      subject: say('mail.inquiryForStaff.subject', plain(f)),
      text: say('mail.inquiryForStaff.text', {
        ...inquiry(f),
        notice: f.memberNotified
          ? say('mail.inquiryForStaff.notified', plain(f))
          : say('mail.inquiryForStaff.notNotified', plain(f)),
      }),
    }),
    rejection: (f) => ({
      subject: say('mail.rejection.subject', f),
      text: say('mail.rejection.text', f),
    }),
    welcome: (f) => ({
      subject: say('mail.welcome.subject', f),
      text: say('mail.welcome.text', f),
    }),
    passwordReset: (f) => ({
      subject: say('mail.passwordReset.subject', f),
      text: say('mail.passwordReset.text', f),
    }),
  }
}

/**
 * A country's name in the mail's language; locale first, as `countryName` on the portal
 * (site/lib/format.ts). @example countryName('bg', 'DE') // 'Германия'
 */
export function countryName(locale: Locale, code: string | null | undefined): string | null {
  if (!code) return null
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * The plain text as simple HTML: escaped, paragraphs kept, web addresses made clickable. One
 * source for both parts of a message, so they never say different things.
 */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) => {
    const html = escapeHtml(block)
      .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, '<br>\n')
    return `<p>${html}</p>`
  })
  // A link's secret is one long word: it wraps on a phone instead of widening the message.
  return `<!doctype html><html><body style="overflow-wrap:anywhere">\n${paragraphs.join('\n')}\n</body></html>`
}
