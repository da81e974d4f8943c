// Geometric logo marks, each drawn in a 120 × 120 box at the origin. The mark is picked from the
// organisation's name (mountains for mountain names, waves for seas and rivers) or else its hash.
import { hash } from './palette.ts'
import type { Palette } from './palette.ts'
import { circle, n } from './svg.ts'

type Mark = (p: Palette, seed: number) => string

const hexagon: Mark = (p) => {
  const pts = (r: number) =>
    Array.from({ length: 6 }, (_, i) => {
      const a = (Math.PI / 3) * i - Math.PI / 2
      return `${n(60 + r * Math.cos(a))},${n(60 + r * Math.sin(a))}`
    }).join(' ')
  return (
    `<polygon points="${pts(56)}" fill="${p.primary}"/><polygon points="${pts(30)}" fill="${p.accent}"/>` +
    `<polygon points="${pts(14)}" fill="#ffffff"/>`
  )
}

const orbit: Mark = (p, seed) => {
  const a = ((seed % 360) * Math.PI) / 180
  return (
    circle(60, 60, 50, 'none', `stroke="${p.primary}" stroke-width="12"`) +
    circle(60, 60, 22, p.dark) +
    circle(
      60 + 50 * Math.cos(a),
      60 + 50 * Math.sin(a),
      13,
      p.accent,
      'stroke="#ffffff" stroke-width="5"',
    )
  )
}

const mountains: Mark = (p, seed) => {
  // Peak positions vary with the seed so that several mountain-named members stay distinct.
  const a = 36 + (seed % 20)
  const b = 76 + ((seed >>> 5) % 16)
  const sun =
    (seed >>> 10) % 2 === 0 ? circle(a + 46, 30, 10, p.accent) : circle(a - 14, 30, 9, p.warm)
  return (
    `<rect x="4" y="4" width="112" height="112" rx="26" fill="${p.light}"/>` +
    sun +
    `<path d="M10 100 L${a} 34 L${a + 26} 78 L${b} 52 L110 100 Z" fill="${p.primary}"/>` +
    `<path d="M${a} 34 L${a + 10} 52 L${a + 2} 48 L${a - 6} 56 Z" fill="#ffffff"/>` +
    `<path d="M${b} 52 L110 100 L${b - 20} 100 Z" fill="${p.dark}" fill-opacity="0.35"/>`
  )
}

const waves: Mark = (p, seed) => {
  const amp = 10 + (seed % 8)
  const wave = (y: number, color: string) =>
    `<path d="M10 ${y} q12.5 -${amp} 25 0 t25 0 t25 0 t25 0" fill="none" stroke="${color}" stroke-width="10" stroke-linecap="round"/>`
  // The container shape and wave count vary with the seed (many partners are named after waters).
  const shape = (seed >>> 4) % 3
  const frame =
    shape === 0
      ? circle(60, 60, 56, p.light)
      : shape === 1
        ? `<rect x="4" y="4" width="112" height="112" rx="20" fill="${p.primary}"/>`
        : ''
  const colors = shape === 1 ? ['#ffffff', p.accentSoft, p.accent] : [p.accent, p.primary, p.dark]
  const rows = (seed >>> 7) % 2 === 0 ? [44, 66, 88] : [54, 80]
  return frame + rows.map((y, i) => wave(y, colors[i + (3 - rows.length)])).join('')
}

const bars: Mark = (p, seed) => {
  const heights = [48, 72, 60 + (seed % 20), 96]
  return heights
    .map(
      (h, i) =>
        `<rect x="${8 + i * 28}" y="${112 - h}" width="20" height="${h}" rx="6" fill="${i === 3 ? p.accent : p.primary}"${i === 0 ? ' fill-opacity="0.55"' : ''}/>`,
    )
    .join('')
}

const dotGrid: Mark = (p, seed) => {
  let out = ''
  for (let i = 0; i < 9; i++) {
    const on = (seed >>> i) & 1 || i === 4
    out += circle(
      24 + (i % 3) * 36,
      24 + Math.floor(i / 3) * 36,
      14,
      on ? (i === 4 ? p.accent : p.primary) : p.accentSoft,
    )
  }
  return out
}

const diamonds: Mark = (p) =>
  `<rect x="26" y="26" width="68" height="68" rx="10" transform="rotate(45 60 60)" fill="${p.primary}"/>` +
  `<rect x="44" y="44" width="32" height="32" rx="6" transform="rotate(45 60 60)" fill="${p.accent}"/>` +
  `<rect x="54" y="54" width="12" height="12" rx="2" transform="rotate(45 60 60)" fill="#ffffff"/>`

const petals: Mark = (p, seed) => {
  // Variants: the square "pinwheel" or rotated by 45°, and with two of the four colours swapped.
  const colors =
    (seed >>> 3) % 2
      ? [p.primary, p.accent, p.dark, p.warm]
      : [p.primary, p.light, p.accent, p.dark]
  const turn = (seed >>> 5) % 2 ? 45 : 0
  const quarter = (d: string, i: number) => `<path d="${d}" fill="${colors[i]}"/>`
  return (
    `<g transform="rotate(${turn} 60 60)">` +
    quarter('M60 6 A54 54 0 0 1 114 60 L60 60 Z', 0) +
    quarter('M114 60 A54 54 0 0 1 60 114 L60 60 Z', 1) +
    quarter('M60 114 A54 54 0 0 1 6 60 L60 60 Z', 2) +
    quarter('M6 60 A54 54 0 0 1 60 6 L60 60 Z', 3) +
    `</g>` +
    circle(60, 60, 16, '#ffffff')
  )
}

const chevrons: Mark = (p, seed) => {
  const frame = `<rect x="4" y="4" width="112" height="112" rx="24" fill="${p.primary}"/>`
  const stroke = 'fill="none" stroke-width="12" stroke-linecap="round" stroke-linejoin="round"'
  // Either a terminal prompt ">_" or code brackets "< >" with a slash.
  if ((seed >>> 4) % 2) {
    return (
      frame +
      `<path d="M42 38 L22 60 L42 82 M78 38 L98 60 L78 82" stroke="#ffffff" ${stroke}/>` +
      `<path d="M66 34 L54 86" stroke="${p.warm}" ${stroke}/>`
    )
  }
  return (
    frame +
    `<path d="M30 36 L56 60 L30 84" stroke="#ffffff" ${stroke}/>` +
    `<path d="M64 84 L92 84" stroke="${p.warm}" ${stroke}/>`
  )
}

const circuit: Mark = (p) =>
  `<rect x="22" y="22" width="76" height="76" rx="14" fill="${p.dark}"/>` +
  [34, 60, 86]
    .map(
      (c) =>
        `<path d="M${c} 6 V22 M${c} 98 V114 M6 ${c} H22 M98 ${c} H114" stroke="${p.primary}" stroke-width="8" stroke-linecap="round"/>`,
    )
    .join('') +
  `<rect x="42" y="42" width="36" height="36" rx="6" fill="${p.accent}"/>`

const layers: Mark = (p) =>
  [
    [p.accent, 20],
    [p.primary, 46],
    [p.dark, 72],
  ]
    .map(
      ([c, y]) =>
        `<path d="M60 ${y} L108 ${Number(y) + 16} L60 ${Number(y) + 32} L12 ${Number(y) + 16} Z" fill="${c}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"/>`,
    )
    .join('')

const bubble: Mark = (p) =>
  `<path d="M20 14 H100 A14 14 0 0 1 114 28 V74 A14 14 0 0 1 100 88 H52 L28 110 V88 H20 A14 14 0 0 1 6 74 V28 A14 14 0 0 1 20 14 Z" fill="${p.primary}"/>` +
  [34, 60, 86]
    .map(
      (x, i) =>
        `<rect x="${x - 5}" y="${51 - (i === 1 ? 16 : 8)}" width="10" height="${i === 1 ? 32 : 16}" rx="5" fill="${i === 1 ? p.accentSoft : '#ffffff'}"/>`,
    )
    .join('')

const bolt: Mark = (p) =>
  circle(60, 60, 56, p.primary) +
  `<path d="M66 16 L34 66 H58 L52 104 L86 50 H62 Z" fill="${p.warm}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round"/>`

const leaf: Mark = (p) =>
  `<rect x="4" y="4" width="112" height="112" rx="56" fill="${p.light}"/>` +
  `<path d="M24 96 C24 46 56 20 100 20 C100 66 74 96 24 96 Z" fill="${p.primary}"/>` +
  `<path d="M30 90 C50 70 66 54 86 36" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round"/>` +
  circle(30, 96, 8, p.accent)

/** Marks assigned by hash; the themed ones below are reserved for names that match them. */
const MARKS: Mark[] = [hexagon, bars, dotGrid, diamonds, petals, chevrons, layers]

const THEMED: Array<[RegExp, Mark]> = [
  [/orbit|satellite/i, orbit],
  [/rhodope|pirin|vitosha|balkan|alp/i, mountains],
  [/black sea|danube|marine|river|port/i, waves],
  [/embedded|electronic|chip/i, circuit],
  [/language|speech|voice/i, bubble],
  [/energy|power/i, bolt],
  [/agri|farm|green/i, leaf],
]

export function markFor(name: string, slug: string, p: Palette): string {
  const seed = hash(`${slug}#mark`)
  const themed = THEMED.find(([re]) => re.test(name))
  const mark = themed ? themed[1] : MARKS[seed % MARKS.length]
  return mark(p, seed)
}
