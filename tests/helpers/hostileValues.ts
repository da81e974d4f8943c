/** The values hostile form cases are made of (tests/helpers/hostile.ts). */

/** Strings that never fit a formatted field and that the forms refuse in any text field. */
export const hostileStrings = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  "x'); DROP TABLE inquiries;--\u0000",
  "' OR '1'='1\u0007",
  '1; SELECT * FROM users WHERE role = \u0027admin\u0027 <!--',
  '{"$gt": ""}\u0000',
  'alpha\u202Eetfos',
  'invoice\u202Efdp.exe',
  '\u2066hidden\u2069',
  'null\u0000byte',
  'bell\u0007and\u001Bescape',
  'del\u007Fchar',
  'c1\u0085control',
  'lone\uD800surrogate',
  '../../../etc/passwd\u0000',
  '${7*7}<%= 7*7 %>',
  '\u0430lpha-soft<',
]

/** Values of the wrong type for any field. */
export const wrongTypes: unknown[] = [
  null,
  42,
  -1,
  1e308,
  true,
  false,
  [],
  ['a'],
  {},
  { $ne: null },
  { equals: 'alpha-soft' },
  nested(200),
]

function nested(depth: number): unknown {
  let value: unknown = 'x'
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value }
  return value
}
