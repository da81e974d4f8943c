import { describe, expect, it } from 'vitest'

import { applicationSchema, checkForm, inquirySchema, isCleanText } from '@shared/formSchema'
import { formMessage } from '../../cms/i18n/messages'

const inquiry = {
  name: ' Ana Petrova ',
  email: 'ana@buyer.example',
  company: 'Buyer GmbH',
  country: 'de',
  message: 'We would like a quote for 40 licences <and> support; "rollout" in Q3.',
  member: 'alpha-soft',
  product: 'alpha-cloud',
  locale: 'de',
  homepage: '',
  startedAt: 1_700_000_000_000,
}

const application = {
  companyName: 'Delta Systems',
  legalId: 'bg 131 071 587',
  website: 'https://delta.example',
  employees: '10-49',
  sectors: ['cloud'],
  recommendedBy: 'orbitsoft',
  contactName: 'D. Petrova',
  email: 'd@delta.example',
  motivation: 'We build logistics software and look for partners abroad.',
  consent: true,
  locale: 'bg',
  homepage: '',
  startedAt: 1_700_000_000_000,
}

const errorsOf = (schema: typeof inquirySchema | typeof applicationSchema, body: unknown) => {
  const result = checkForm(schema as never, body)
  return result.ok ? {} : result.errors
}

describe('inquiry form rules', () => {
  it('accept a good inquiry, trimmed and normalized', () => {
    const result = checkForm(inquirySchema, inquiry)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.name).toBe('Ana Petrova')
    expect(result.data.country).toBe('DE')
    expect(result.data.message).toBe(inquiry.message)
  })

  it('treat an empty product or post as none, and fill optional text', () => {
    const { product: _, company: __, ...bare } = inquiry
    const result = checkForm(inquirySchema, { ...bare, product: '', cooperation: '' })
    expect(result).toMatchObject({ ok: true, data: { company: '', country: 'DE' } })
    if (result.ok) expect(result.data.product).toBeUndefined()
  })

  it('name every missing field', () => {
    expect(errorsOf(inquirySchema, {})).toEqual({
      name: 'required',
      email: 'required',
      message: 'required',
      member: 'invalid',
      locale: 'choice',
      _form: 'invalid',
    })
  })

  it('say what is wrong with each field', () => {
    expect(
      errorsOf(inquirySchema, {
        ...inquiry,
        name: 'A',
        email: 'ana@',
        country: 'XX',
        message: 'x'.repeat(5001),
        member: "alpha' OR 1=1 --",
        locale: 'fr',
      }),
    ).toEqual({
      name: 'tooShort',
      email: 'email',
      country: 'country',
      message: 'tooLong',
      member: 'unknownTarget',
      locale: 'choice',
    })
  })

  it('refuse unknown fields, including ones named like object internals', () => {
    const body = JSON.parse(
      JSON.stringify({ ...inquiry, admin: true }).replace(
        '{',
        '{"__proto__":{"x":1},"constructor":1,',
      ),
    )
    // An object literal's __proto__ would set the prototype, so compare entries.
    expect(Object.entries(errorsOf(inquirySchema, body)).sort()).toEqual([
      ['__proto__', 'unknownField'],
      ['admin', 'unknownField'],
      ['constructor', 'unknownField'],
    ])
  })

  it('report the honeypot and a bad opening time on the whole form', () => {
    expect(errorsOf(inquirySchema, { ...inquiry, homepage: 'https://spam.example' })).toEqual({
      _form: 'spam',
    })
    expect(errorsOf(inquirySchema, { ...inquiry, startedAt: '1700000000000' })).toEqual({
      _form: 'invalid',
    })
  })

  it('refuse hidden characters and markup in names, but not ordinary text in messages', () => {
    for (const name of [
      'Ana\u202Egnp.exe',
      'Ana\u0000',
      'Ana\nBcc: x',
      '<script>x</script>',
      'Ana\uD800',
    ])
      expect(errorsOf(inquirySchema, { ...inquiry, name }), JSON.stringify(name)).toEqual({
        name: 'invalid',
      })
    expect(errorsOf(inquirySchema, { ...inquiry, email: 'ana\u202E@buyer.example' })).toEqual({
      email: 'email',
    })
    expect(errorsOf(inquirySchema, { ...inquiry, message: `${inquiry.message}\u0007` })).toEqual({
      message: 'invalid',
    })
    const prose = 'Line one\n\tLine two: 5 < 7, Grüße, здравейте 👋 — DROP TABLE is just words.'
    expect(checkForm(inquirySchema, { ...inquiry, message: prose })).toMatchObject({
      ok: true,
      data: { message: prose },
    })
  })

  it('refuse wrong types without throwing', () => {
    for (const body of [
      null,
      [],
      'text',
      42,
      { ...inquiry, name: ['Ana'] },
      { ...inquiry, startedAt: 1.5 },
    ])
      expect(checkForm(inquirySchema, body).ok).toBe(false)
  })
})

describe('application form rules', () => {
  it('accept a good application with the legal id normalized', () => {
    expect(checkForm(applicationSchema, application)).toMatchObject({
      ok: true,
      data: { legalId: 'BG131071587', sectors: ['cloud'], consent: true },
    })
  })

  it('check the legal id, consent, choices, web address and sectors', () => {
    expect(
      errorsOf(applicationSchema, {
        ...application,
        legalId: '131071588',
        consent: false,
        employees: 'many',
        website: 'javascript:alert(1)',
        sectors: ['cloud', 'Not A Slug'],
      }),
    ).toEqual({
      legalId: 'legalId',
      consent: 'consent',
      employees: 'choice',
      website: 'url',
      sectors: 'unknownTarget',
    })
    expect(
      errorsOf(applicationSchema, { ...application, sectors: Array(11).fill('cloud') }),
    ).toEqual({
      sectors: 'tooLong',
    })
  })

  it('need a recommending member, by slug, in the portal as in the endpoint', () => {
    const { recommendedBy: _, ...without } = application
    void _
    expect(errorsOf(applicationSchema, without)).toEqual({ recommendedBy: 'required' })
    expect(errorsOf(applicationSchema, { ...application, recommendedBy: ' ' })).toEqual({
      recommendedBy: 'required',
    })
    expect(errorsOf(applicationSchema, { ...application, recommendedBy: 'Orbit Soft' })).toEqual({
      recommendedBy: 'unknownTarget',
    })
  })
})

describe('isCleanText', () => {
  it('allows line breaks only in multi-line text', () => {
    expect(isCleanText('a\nb', true)).toBe(true)
    expect(isCleanText('a\nb')).toBe(false)
    expect(isCleanText('Café 🎉 Ünal')).toBe(true)
  })
})

describe('form messages', () => {
  it('fill placeholders in the chosen language', () => {
    expect(formMessage('bg', 'rateLimited', { minutes: 10 })).toBe(
      'От вашата мрежа са изпратени твърде много формуляри. Опитайте отново след 10 мин.',
    )
  })
})
