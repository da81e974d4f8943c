// Publication covers (1200 × 1600, portrait): a poster-like illustration of the publication's kind
// (a road to a summit for a strategy, a magnified market map for a market study, rising columns
// for a report, a survey's answers for a survey, a shield over pages for a policy brief, a collage
// for a newsletter) above a dark band with the cluster's mark. No words: the cover is shown on
// pages in three languages, which give the title, date and authors in HTML.
import { clusterMark } from './banner-art.ts'
import { paletteFor, seededRandom } from './palette.ts'
import type { Palette } from './palette.ts'
import {
  avatar,
  checkDisc,
  ellipse,
  line,
  path,
  person,
  plot,
  polygon,
  polyline,
  shield,
  textBars,
  wave,
} from './scene-kit.ts'
import { circle, n, rect, svgDocument } from './svg.ts'
import type { Rand } from './widgets.ts'

export const COVER_SIZE = { width: 1200, height: 1600 }
const W = COVER_SIZE.width
const ART_H = 1340

export type CoverInput = {
  slug: string
  /** strategy, market-study, report, policy-brief, newsletter: picks the illustration. */
  kind?: string
}

function strategy(p: Palette, r: Rand): string {
  // Layered hills under a sun; a road winds up to a flag on the summit, with milestones.
  let out = rect(0, 0, W, ART_H, 'url(#sky)') + circle(880, 330, 150, p.warm, 'fill-opacity="0.9"')
  const layers = [p.light, p.accentSoft, p.accent, p.primary, p.dark]
  layers.forEach((c, i) => {
    const top = 520 + i * 160
    const pts = plot(wave(r, 8, 0.5, 0.35), { x: -40, y: top - 140, w: W + 80, h: 200 })
    out += path(
      `M-40 ${ART_H}L${pts.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}L${W + 40} ${ART_H}Z`,
      c,
    )
  })
  out +=
    polygon(
      [
        [300, 760],
        [560, 300],
        [820, 760],
      ],
      p.dark,
    ) +
    polygon(
      [
        [500, 410],
        [560, 300],
        [620, 410],
        [590, 390],
        [560, 420],
        [530, 390],
      ],
      '#ffffff',
    )
  out +=
    line(560, 300, 560, 200, '#ffffff', 6) +
    polygon(
      [
        [563, 200],
        [650, 225],
        [563, 250],
      ],
      p.warm,
    )
  const road = 'M160 1340C320 1180 780 1180 700 1020S340 900 470 800S600 620 560 470'
  out += path(
    road,
    'none',
    'stroke="#ffffff" stroke-width="34" stroke-linecap="round" stroke-opacity="0.9"',
  )
  out += path(road, 'none', `stroke="${p.dark}" stroke-width="4" stroke-dasharray="20 18"`)
  for (const [x, y] of [
    [330, 1215],
    [690, 1060],
    [420, 880],
    [560, 690],
  ])
    out += circle(x, y, 26, p.warm) + circle(x, y, 12, '#ffffff')
  return out
}

function marketStudy(p: Palette, r: Rand): string {
  // A dotted map of a region with market bubbles, and a magnifying glass over the largest.
  let out = rect(0, 0, W, ART_H, p.light)
  const blobs: Array<[number, number, number, number]> = [
    [0.45, 0.35, 0.32, 0.22],
    [0.3, 0.6, 0.2, 0.16],
    [0.62, 0.62, 0.22, 0.18],
  ]
  for (let gx = 0; gx < 40; gx++)
    for (let gy = 0; gy < 44; gy++) {
      const u = gx / 40
      const v = gy / 44
      if (blobs.some(([cx, cy, rx, ry]) => ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2 < 1))
        out += circle(
          60 + u * (W - 120),
          60 + v * (ART_H - 120),
          7,
          p.primary,
          'fill-opacity="0.35"',
        )
    }
  const bubbles = Array.from({ length: 9 }, () => [
    120 + r() * (W - 240),
    200 + r() * (ART_H - 400),
    30 + r() * 90,
  ])
  for (const [x, y, s] of bubbles)
    out += circle(
      x,
      y,
      s,
      [p.accent, p.warm, p.primary][Math.floor(r() * 3)],
      'fill-opacity="0.75"',
    )
  const [bx, by] = bubbles.reduce((a, b) => (b[2] > a[2] ? b : a))
  out +=
    circle(bx, by, 200, '#ffffff', 'fill-opacity="0.35"') +
    circle(bx, by, 200, 'none', `stroke="${p.dark}" stroke-width="30"`)
  out += polyline(
    [
      [bx + 145, by + 145],
      [bx + 330, by + 330],
    ],
    p.dark,
    56,
  )
  // A small bar chart panel in a corner.
  out += rect(80, ART_H - 380, 360, 300, '#ffffff', 'rx="20"')
  for (let i = 0; i < 5; i++) {
    const h = 60 + r() * 160
    out += rect(120 + i * 62, ART_H - 110 - h, 40, h, i === 3 ? p.warm : p.primary, 'rx="6"')
  }
  return out
}

function report(p: Palette, r: Rand): string {
  // Isometric columns rising left to right on a grid floor, with a trend line above them.
  let grid = ''
  for (let i = -10; i < 20; i++)
    grid +=
      line(i * 120, ART_H, i * 120 + 700, ART_H - 404, '#ffffff', 2) +
      line(i * 120, ART_H, i * 120 - 700, ART_H - 404, '#ffffff', 2)
  let out = rect(0, 0, W, ART_H, p.dark) + `<g opacity="0.08">${grid}</g>`
  const tops: Array<[number, number]> = []
  for (let i = 0; i < 6; i++) {
    const x = 170 + i * 150
    const base = 1150 - i * 20
    const h = 200 + i * 110 + r() * 80
    const face = (dx: number, c: string) =>
      polygon(
        [
          [x, base],
          [x + dx, base - Math.abs(dx) * 0.58],
          [x + dx, base - Math.abs(dx) * 0.58 - h],
          [x, base - h],
        ],
        c,
      )
    out += face(-60, p.primary) + face(60, p.accent)
    out += polygon(
      [
        [x, base - h],
        [x + 60, base - h - 35],
        [x, base - h - 70],
        [x - 60, base - h - 35],
      ],
      '#ffffff',
      'fill-opacity="0.9"',
    )
    tops.push([x, base - h - 140])
  }
  out +=
    polyline(tops, p.warm, 10) +
    tops.map(([x, y]) => circle(x, y, 16, p.warm) + circle(x, y, 7, p.dark)).join('')
  return (
    out +
    circle(1000, 200, 60, p.warm, 'fill-opacity="0.25"') +
    circle(180, 260, 30, p.accent, 'fill-opacity="0.35"')
  )
}

function survey(p: Palette, r: Rand): string {
  // A big donut of answers, people who answered, and a questionnaire card with ticked boxes.
  let out = rect(0, 0, W, ART_H, '#f7f5f0')
  const cx = 600
  const cy = 430
  const rad = 260
  const circ = 2 * Math.PI * rad
  let offset = 0
  ;[0.42, 0.27, 0.18, 0.13].forEach((share, i) => {
    out += circle(
      cx,
      cy,
      rad,
      'none',
      `stroke="${[p.primary, p.accent, p.warm, p.dark][i]}" stroke-width="110" stroke-dasharray="${n(share * circ - 6)} ${n(circ)}" stroke-dashoffset="${n(-offset * circ)}" transform="rotate(-90 ${cx} ${cy})"`,
    )
    offset += share
  })
  out += avatar(cx, cy, 120, p.light, p.primary)
  for (let i = 0; i < 7; i++)
    out += person(140 + i * 155, 900, 38, [p.primary, p.accent, p.warm, p.dark][i % 4], r)
  out += rect(150, 940, 900, 340, '#ffffff', 'rx="24"')
  for (let i = 0; i < 4; i++) {
    const y = 1000 + i * 70
    out +=
      (i !== 2
        ? checkDisc(210, y, 22, p.accent)
        : circle(
            210,
            y,
            22,
            '#ffffff',
            `stroke="${p.dark}" stroke-width="4" stroke-opacity="0.3"`,
          )) + textBars(260, y - 8, 700, 1, r, '#c3cbd6', 16)
  }
  return out
}

function policyBrief(p: Palette, r: Rand): string {
  // Stacked pages fanned out behind a large shield with a check mark, on circuit-like lines.
  let out = rect(0, 0, W, ART_H, p.light)
  for (let i = 0; i < 14; i++) {
    const y = 80 + i * 90
    const x = r() * 300
    out +=
      polyline(
        [
          [0, y],
          [x + 200, y],
          [x + 260, y + 60],
          [W, y + 60],
        ],
        p.primary,
        4,
        'stroke-opacity="0.18"',
      ) + circle(x + 200, y, 10, p.primary, 'fill-opacity="0.25"')
  }
  for (let i = 0; i < 3; i++)
    out += `<g transform="rotate(${-12 + i * 10} 600 720)">${rect(330, 340, 540, 720, '#ffffff', `rx="16" stroke="${p.primary}" stroke-opacity="0.2" stroke-width="3"`)}${textBars(390, 420, 420, 10, r, '#d5dbe4', 14, 56)}</g>`
  out += shield(600, 700, 300, p.dark) + shield(600, 700, 240, p.primary)
  out += polyline(
    [
      [480, 720],
      [570, 810],
      [740, 620],
    ],
    '#ffffff',
    48,
  )
  return out
}

function newsletter(p: Palette, r: Rand): string {
  // A collage of small scenes, like the pictures of a news issue: skyline, people, chart, map.
  let out = rect(0, 0, W, ART_H, '#ffffff')
  const tiles: Array<[number, number, number, number]> = [
    [60, 60, 680, 520],
    [760, 60, 380, 250],
    [760, 330, 380, 250],
    [60, 600, 380, 380],
    [460, 600, 680, 380],
    [60, 1000, 1080, 280],
  ]
  tiles.forEach(([x, y, w, h], i) => {
    const clip = `<clipPath id="t${i}"><rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18"/></clipPath>`
    let inner = ''
    if (i === 0) {
      inner = rect(x, y, w, h, p.primary) + circle(x + w * 0.75, y + h * 0.3, 70, p.warm)
      for (let k = 0; k < 9; k++) {
        const bw = 50 + r() * 40
        const bh = 120 + r() * 220
        inner += rect(x + k * 78, y + h - bh, bw, bh, p.dark)
      }
    } else if (i === 1) {
      inner =
        rect(x, y, w, h, p.accentSoft) +
        person(x + 120, y + h + 10, 34, p.primary, r) +
        person(x + 260, y + h + 10, 34, p.warm, r)
    } else if (i === 2) {
      inner =
        rect(x, y, w, h, p.dark) +
        polyline(
          plot(wave(r, 8, 0.5, 0.3), { x: x + 30, y: y + 40, w: w - 60, h: h - 80 }),
          p.warm,
          8,
        )
    } else if (i === 3) {
      inner =
        rect(x, y, w, h, p.warm) +
        circle(x + w / 2, y + h / 2, 120, '#ffffff', 'fill-opacity="0.35"') +
        ellipse(x + w / 2, y + h / 2, 60, 120, 'none', 'stroke="#ffffff" stroke-width="6"') +
        line(x + w / 2 - 120, y + h / 2, x + w / 2 + 120, y + h / 2, '#ffffff', 6)
    } else if (i === 4) {
      inner = rect(x, y, w, h, p.light)
      for (let k = 0; k < 4; k++)
        inner += person(
          x + 100 + k * 160,
          y + h + 20,
          44,
          [p.primary, p.accent, p.dark, p.warm][k],
          r,
        )
      inner +=
        rect(x + 40, y + 40, 300, 140, '#ffffff', 'rx="12"') +
        textBars(x + 70, y + 70, 240, 3, r, '#c3cbd6', 12, 30)
    } else {
      inner = rect(x, y, w, h, p.accent)
      for (let k = 0; k < 5; k++)
        inner += rect(
          x + 40 + k * 210,
          y + 40,
          180,
          h - 80,
          '#ffffff',
          'rx="14" fill-opacity="0.25"',
        )
    }
    out += clip + `<g clip-path="url(#t${i})">${inner}</g>`
  })
  return out
}

export type CoverScene =
  'strategy' | 'market-study' | 'report' | 'survey' | 'policy-brief' | 'newsletter'

const KINDS: Record<CoverScene, (p: Palette, r: Rand) => string> = {
  strategy,
  'market-study': marketStudy,
  report,
  survey,
  'policy-brief': policyBrief,
  newsletter,
}

/** The illustration a cover gets: its kind's, except that a survey (a report) shows answers. */
export function coverScene(slug: string, kind: string | undefined): CoverScene {
  if (/survey/.test(slug)) return 'survey'
  return kind && kind in KINDS ? (kind as CoverScene) : 'report'
}

export function coverSvg(input: CoverInput): string {
  const { width, height } = COVER_SIZE
  const p = paletteFor(input.slug)
  const r = seededRandom(`${input.slug}#cover`)
  const art = KINDS[coverScene(input.slug, input.kind)](p, r)
  const defs =
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.light}"/>` +
    `<stop offset="1" stop-color="${p.accentSoft}"/></linearGradient></defs>`
  const body =
    art +
    rect(0, ART_H, width, 14, p.accent) +
    rect(0, ART_H + 14, width, height - ART_H - 14, p.dark) +
    clusterMark(80, height - 90, 100) +
    rect(width - 260, height - 140, 180, 10, '#ffffff', 'rx="5" fill-opacity="0.3"')
  return svgDocument(width, height, defs + body)
}
