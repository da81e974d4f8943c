/** English mail texts. This file defines the shape; bg.ts and de.ts must match it. */

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
  inquiryForStaff(f: InquiryFacts): MailText
  rejection(f: ApplicationFacts): MailText
  welcome(f: WelcomeFacts): MailText
  passwordReset(f: PasswordFacts): MailText
}

const sender = (f: InquiryFacts) =>
  [f.buyerName, f.buyerCompany && `(${f.buyerCompany})`, f.buyerCountry && `from ${f.buyerCountry}`]
    .filter(Boolean)
    .join(' ')

const about = (f: InquiryFacts) =>
  f.concerns?.kind === 'product'
    ? `about the product "${f.concerns.title}"`
    : f.concerns?.kind === 'cooperation'
      ? `in answer to the cooperation post "${f.concerns.title}"`
      : `to ${f.memberName}`

const quoted = (message: string) => `----\n${message}\n----`

export const en: Templates = {
  inquiryForMember: (f) => ({
    subject: `New inquiry from ${f.buyerName}${f.concerns ? `: ${f.concerns.title}` : ''}`,
    text: `Hello ${f.memberName},

${sender(f)} sent an inquiry through the ${f.clusterName} portal ${about(f)}:

${quoted(f.message)}

Reply to this email to answer ${f.buyerName} directly (${f.buyerEmail}).
The inquiry is also in the CMS: ${f.adminLink}

${f.clusterName}`,
  }),
  inquiryForStaff: (f) => ({
    subject: `Inquiry for ${f.memberName} from ${f.buyerName}`,
    text: `${sender(f)} sent an inquiry ${about(f)} (${f.memberName}):

${quoted(f.message)}

${
  f.memberNotified
    ? `${f.memberName} was notified at its public contact address.`
    : `${f.memberName} has no public contact address and was NOT notified: please forward it.`
}
Open it in the CMS to set its status: ${f.adminLink}
Reply to this email to write to the buyer (${f.buyerEmail}).`,
  }),
  rejection: (f) => ({
    subject: `Your membership application to ${f.clusterName}`,
    text: `Dear ${f.contactName},

Thank you for the interest of ${f.companyName} in joining ${f.clusterName} and for the time you took to apply.

After careful review we are unable to accept the application at this time. This is not a judgement of your company's work; membership depends on the cluster's current focus and criteria.

You are welcome to apply again in the future, and to follow our events and publications in the meantime. If you have questions, simply reply to this email.

Kind regards,
${f.clusterName}`,
  }),
  welcome: (f) => ({
    subject: `Welcome to ${f.clusterName}: set your password`,
    text: `Dear ${f.contactName},

We are glad to tell you that the membership application of ${f.companyName} has been approved.

An account has been created for you in the ${f.clusterName} CMS, where you keep your company's profile, products and cooperation offers up to date. To choose your password, open this link within ${f.validDays} days:

${f.link}

Your company's profile is a draft for now; our staff will publish it after a final check.

Welcome aboard,
${f.clusterName}`,
  }),
  passwordReset: (f) => ({
    subject: `Reset your ${f.clusterName} password`,
    text: `Someone, probably you, asked to reset the password of your account in the ${f.clusterName} CMS.

To choose a new password, open this link within one hour:

${f.link}

If you did not ask for this, ignore this email: your password stays as it was.

${f.clusterName}`,
  }),
}
