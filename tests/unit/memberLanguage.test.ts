import { describe, expect, it } from 'vitest'

import { memberLanguage } from '../../cms/email/memberLanguage'
import { templatesFor } from '../../cms/email/templates'

describe('the language a member is written to', () => {
  it('is its country’s, else one it works in, else English', () => {
    expect(memberLanguage({ country: 'BG', languages: ['en'] })).toBe('bg')
    expect(memberLanguage({ country: 'de' })).toBe('de')
    expect(memberLanguage({ country: 'AT', languages: ['fr', 'de', 'en'] })).toBe('de')
    expect(memberLanguage({ country: 'RO', languages: ['ro'] })).toBe('en')
    expect(memberLanguage({ country: 'GB', languages: ['en', 'bg'] })).toBe('en')
    expect(memberLanguage({})).toBe('en')
  })
})

describe('the buyer’s confirmation', () => {
  const facts = {
    clusterName: 'HITS Cluster',
    memberName: 'Alpha Soft',
    buyerName: 'Ana\r\nBcc: spam@x.example',
    buyerEmail: 'ana@buyer.example',
    buyerCompany: null,
    buyerCountry: null,
    message: 'Hello {memberName} <b>',
    concerns: { kind: 'product' as const, title: 'Alpha Cloud' },
    adminLink: 'https://cms.example/admin/collections/inquiries/1',
    memberNotified: true,
  }

  it('copies the message as it was typed, names no CMS link, and keeps the name out of the subject', () => {
    for (const locale of ['en', 'bg', 'de'] as const) {
      const { subject, text } = templatesFor(locale).inquiryForBuyer(facts)
      expect(subject).not.toContain('Ana')
      expect(subject).toContain('Alpha Soft')
      expect(text).toContain('----\nHello {memberName} <b>\n----')
      expect(text).toContain('Alpha Cloud')
      expect(text).not.toContain('/admin/')
      expect(text).not.toContain('Bcc')
    }
    expect(templatesFor('en').inquiryForBuyer({ ...facts, concerns: null }).text).toContain(
      'We have sent it to Alpha Soft. Alpha Soft will reply',
    )
  })
})
