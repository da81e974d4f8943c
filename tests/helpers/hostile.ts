/**
 * Hostile submissions for the public form endpoints: every case is invalid by construction
 * (a broken body, a wrong content type, or a valid form with at least one field made wrong),
 * decorated with the strings attackers and broken clients send. Seeded, so a failure
 * reproduces with the same case.
 */

import { hostileStrings, wrongTypes } from './hostileValues'
import { prng } from './prng'

export type HostileCase = {
  label: string
  /** A function for cases that depend on the moment they are sent (the opening time). */
  body: string | Uint8Array<ArrayBuffer> | (() => string)
  /** Omitted: no Content-Type header at all. */
  contentType?: string
}

export type FormShape = {
  /** A body the endpoint accepts (startedAt a while ago). */
  valid: Record<string, unknown>
  /** Fields the form cannot do without. */
  required: string[]
  /** Single-line text: refuses markup, line breaks and hidden characters. */
  lineText: string[]
  /** Multi-line text: refuses hidden characters and over-long text. */
  longText: string[]
  /** Fields with a strict format (slugs, email, enums, ids, URLs): any hostile string is wrong. */
  formatted: string[]
  /** Bodies that are well-formed but name what does not exist or may not be used. */
  unknownTargets: Record<string, unknown>[]
}

const json = 'application/json'

/** Body-level cases: not JSON, not an object, wrong content type, too large. */
function bodyCases(shape: FormShape): HostileCase[] {
  const valid = JSON.stringify(shape.valid)
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n)
  const broken = [
    '',
    ' ',
    '{',
    valid.slice(0, -1),
    `${valid},`,
    valid.replace(/"/g, "'"),
    '{"name": NaN}',
    '{"name": undefined}',
    '/* comment */ {}',
    'null',
    'true',
    '0',
    '"a string"',
    '[]',
    JSON.stringify([shape.valid]),
    deep(10_000),
    `{"name":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`,
    '\u0000',
  ]
  const cases: HostileCase[] = broken.map((body, i) => ({
    label: `broken body ${i}`,
    body,
    contentType: json,
  }))
  cases.push({
    label: 'invalid UTF-8',
    body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    contentType: json,
  })
  for (const contentType of [
    undefined,
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json-patch+json',
    'application/javascript',
    'json',
  ])
    cases.push({ label: `content type ${contentType ?? 'missing'}`, body: valid, contentType })
  const huge = { ...shape.valid, [shape.longText[0]!]: 'x'.repeat(40_000) }
  cases.push({ label: 'body over 32 KB', body: JSON.stringify(huge), contentType: json })
  cases.push({ label: 'deep nesting over 32 KB', body: deep(20_000), contentType: json })
  cases.push({
    label: 'padding over 32 KB',
    body: `${' '.repeat(33 * 1024)}${valid}`,
    contentType: json,
  })
  return cases
}

/** One change that makes a valid form invalid, with a label saying which. */
function breakingChange(shape: FormShape, rnd: ReturnType<typeof prng>) {
  const kind = rnd.pick([
    'missing',
    'extra',
    'wrongType',
    'formatted',
    'lineText',
    'longText',
    'tooLong',
    'honeypot',
    'time',
    'target',
  ] as const)
  const fields = Object.keys(shape.valid)
  const change = (label: string, apply: (body: Record<string, unknown>) => void) => ({
    label,
    apply,
  })
  switch (kind) {
    case 'missing': {
      const field = rnd.pick(shape.required)
      return change(`missing ${field}`, (b) => delete b[field])
    }
    case 'extra': {
      const key = rnd.pick([
        '__proto__',
        'constructor',
        'status',
        'staffNotes',
        'id',
        '_status',
        'user',
        'member.id',
        '$where',
        'createdAt',
        'x'.repeat(300),
        'isAdmin',
      ])
      const value = rnd.pick([...hostileStrings, ...wrongTypes, 'new', 'approved'])
      // defineProperty: a plain assignment to __proto__ would set the prototype, not a key.
      return change(`extra field ${key.slice(0, 20)}`, (b) =>
        Object.defineProperty(b, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        }),
      )
    }
    case 'wrongType': {
      const field = rnd.pick(fields.filter((f) => f !== 'homepage'))
      // Never the valid value itself (consent: true is one of the "wrong" types).
      const same = JSON.stringify(shape.valid[field])
      const value = rnd.pick(wrongTypes.filter((v) => JSON.stringify(v) !== same))
      return change(`${field} of wrong type`, (b) => (b[field] = value))
    }
    case 'formatted': {
      const field = rnd.pick(shape.formatted)
      const value = rnd.pick(hostileStrings)
      const list = Array.isArray(shape.valid[field])
      return change(`hostile ${field}`, (b) => (b[field] = list ? [value] : value))
    }
    case 'lineText': {
      const field = rnd.pick(shape.lineText)
      const value = rnd.pick([...hostileStrings, 'Ana\nBcc: victim@example.com', 'Tab\there'])
      return change(
        `hostile ${field}`,
        (b) => (b[field] = `${String(shape.valid[field])} ${value}`),
      )
    }
    case 'longText': {
      const field = rnd.pick(shape.longText)
      const value = rnd.pick(
        hostileStrings.filter((s) =>
          // eslint-disable-next-line no-control-regex -- picks the strings with control characters
          /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u.test(
            s,
          ),
        ),
      )
      return change(
        `hidden characters in ${field}`,
        (b) => (b[field] = `${String(shape.valid[field])}\n${value}`),
      )
    }
    case 'tooLong': {
      const field = rnd.pick([...shape.lineText, ...shape.longText])
      const filler = rnd.pick(['x', 'щ', '😀', '<b>'])
      return change(
        `${field} too long`,
        (b) => (b[field] = filler.repeat(Math.ceil(6000 / filler.length))),
      )
    }
    case 'honeypot':
      return change(
        'honeypot filled',
        (b) => (b.homepage = rnd.pick(['https://spam.example', ' ', '1', ...hostileStrings])),
      )
    case 'time': {
      const [label, offset] = rnd.pick([
        ['sent too fast', -500],
        ['sent instantly', 0],
        ['opened in the future', 3600_000],
        ['opened two days ago', -2 * 86400_000],
      ] as const)
      return change(label, (b) => (b.startedAt = { sinceNow: offset }))
    }
    case 'target': {
      const target = rnd.pick(shape.unknownTargets)
      return change(`unknown target ${JSON.stringify(target).slice(0, 60)}`, (b) =>
        Object.assign(b, target),
      )
    }
  }
}

// An opening time relative to the moment the case is sent, so "too fast" stays too fast.
const atSendTime = (_key: string, value: unknown) =>
  value && typeof value === 'object' && 'sinceNow' in value
    ? Date.now() + (value as { sinceNow: number }).sinceNow
    : value

/**
 * At least `count` hostile cases for one form: the body-level ones, then valid forms with one
 * to three breaking changes each.
 */
export function hostileCases(shape: FormShape, count = 520, seed = 20_260_101): HostileCase[] {
  const rnd = prng(seed)
  const cases = bodyCases(shape)
  while (cases.length < count) {
    const body = structuredClone(shape.valid)
    const changes = Array.from({ length: 1 + Math.floor(rnd.next() * 3) }, () =>
      breakingChange(shape, rnd),
    )
    for (const c of changes) c.apply(body)
    cases.push({
      label: changes.map((c) => c.label).join(' + '),
      body: () => JSON.stringify(body, atSendTime),
      contentType: json,
    })
  }
  return cases
}
