// Event banners as drawn scenes of the event itself, one per kind: a conference hall, a workshop
// table from above, a webinar on a laptop, matchmaking tables, a trade mission's destination
// skyline and a general assembly's hemicycle. No words: the banner serves all three locales, and
// the title, date and status (Postponed, Cancelled) are the page's own HTML.
import type { Palette } from './palette.ts'
import {
  ellipse,
  laptop,
  laptopTop,
  line,
  path,
  pick,
  person,
  plot,
  polygon,
  textBars,
  wave,
} from './scene-kit.ts'
import { circle, n, rect } from './svg.ts'
import type { Rand } from './widgets.ts'

export const EVENT_W = 1600
export const EVENT_H = 900

const SHIRTS = [
  '#2f3b52',
  '#5b6b82',
  '#8a3b3b',
  '#3b6e5a',
  '#6d5a8a',
  '#c0833b',
  '#27313f',
  '#9aa5b4',
]

/** Soft glowing discs (out-of-focus lights), the "photo" feel of the hall scenes. */
function bokeh(r: Rand, count: number, colors: string[], y0 = 0, y1 = EVENT_H * 0.5): string {
  let out = ''
  for (let i = 0; i < count; i++)
    out += circle(
      r() * EVENT_W,
      y0 + r() * (y1 - y0),
      10 + r() * 40,
      pick(r, colors),
      `fill-opacity="${n(0.08 + r() * 0.18)}"`,
    )
  return out
}

/** A slide on a screen: a chart and bullet bars in the event's colours. */
function slide(x: number, y: number, w: number, h: number, p: Palette, r: Rand): string {
  const bars = Array.from({ length: 6 }, (_, i) => {
    const bh = (0.25 + r() * 0.6) * h * 0.55
    return rect(
      x + w * 0.55 + i * (w * 0.065),
      y + h * 0.82 - bh,
      w * 0.045,
      bh,
      i % 2 ? p.accent : p.warm,
      'rx="3"',
    )
  }).join('')
  return (
    rect(x, y, w, h, '#f5f7fa', 'rx="6"') +
    rect(x + w * 0.06, y + h * 0.12, w * 0.35, h * 0.08, p.primary, `rx="${n(h * 0.04)}"`) +
    textBars(x + w * 0.06, y + h * 0.32, w * 0.38, 4, r, '#aeb7c3', h * 0.045, h * 0.11) +
    bars
  )
}

export function conference(p: Palette, r: Rand): string {
  let out = rect(0, 0, EVENT_W, EVENT_H, 'url(#hall)')
  // Stage and screen at the back, with spotlights falling on the speaker.
  out +=
    rect(360, 110, 880, 420, '#000000', 'fill-opacity="0.35" rx="10"') +
    slide(380, 130, 840, 380, p, r)
  out +=
    rect(240, 540, 1120, 70, '#1d2230') + rect(240, 540, 1120, 8, p.accent, 'fill-opacity="0.8"')
  out += polygon(
    [
      [380, 0],
      [470, 0],
      [680, 600],
      [480, 600],
    ],
    '#fff6d8',
    'fill-opacity="0.08"',
  )
  out += polygon(
    [
      [1160, 0],
      [1240, 0],
      [1120, 600],
      [920, 600],
    ],
    '#fff6d8',
    'fill-opacity="0.06"',
  )
  out +=
    rect(1230, 470, 70, 90, '#3a404a', 'rx="6"') +
    person(1265, 520, 16, p.primary, r) +
    rect(1224, 468, 82, 14, '#4b5260', 'rx="4"')
  out += bokeh(r, 16, ['#ffe7a8', p.accent, '#ffffff'], 0, 120)
  // Audience from behind: rows growing larger towards the viewer, darker in the foreground.
  const rows = [
    { y: 640, s: 14, count: 22, shade: 0.35 },
    { y: 700, s: 18, count: 17, shade: 0.5 },
    { y: 780, s: 24, count: 13, shade: 0.65 },
    { y: 900, s: 34, count: 9, shade: 0.8 },
  ]
  for (const row of rows) {
    const step = EVENT_W / row.count
    for (let i = 0; i < row.count; i++) {
      const x = step * (i + 0.5) + (r() - 0.5) * step * 0.3
      out += person(x, row.y + 10, row.s, pick(r, SHIRTS), r, true)
    }
    out += rect(
      0,
      row.y - row.s * 3.6,
      EVENT_W,
      row.s * 3.6 + 20,
      '#0b0f18',
      `fill-opacity="${n(row.shade * 0.35)}"`,
    )
  }
  // One raised phone taking a picture of the stage.
  out +=
    rect(1010, 700, 44, 80, '#111111', 'rx="8"') +
    rect(1015, 706, 34, 66, p.accent, 'rx="5" fill-opacity="0.8"')
  return out
}

export function workshop(p: Palette, r: Rand, dark: boolean): string {
  // A long table seen from above with laptops, notes, cups and the participants' hands.
  let out = rect(0, 0, EVENT_W, EVENT_H, '#4a4038')
  out +=
    rect(120, 140, 1360, 620, 'url(#wood)', 'rx="24"') +
    rect(
      120,
      140,
      1360,
      620,
      'none',
      'rx="24" stroke="#000000" stroke-opacity="0.15" stroke-width="6"',
    )
  for (let i = 0; i < 12; i++)
    out += line(140, 170 + i * 50 + r() * 10, 1460, 170 + i * 50 + r() * 10, '#7d5a3b', 3)
  // Chairs (tops of backs) along both sides.
  for (let i = 0; i < 5; i++) {
    out +=
      rect(220 + i * 260, 60, 160, 60, '#2b2f36', 'rx="24"') +
      rect(220 + i * 260, 780, 160, 60, '#2b2f36', 'rx="24"')
  }
  const screen = dark ? '#161b22' : p.accent
  for (let i = 0; i < 5; i++) {
    out += laptopTop(210 + i * 260, 190, 180, 180 + (r() - 0.5) * 16, screen)
    out += laptopTop(210 + i * 260, 560, 180, (r() - 0.5) * 16, dark ? '#161b22' : p.primary)
  }
  if (dark)
    for (let i = 0; i < 10; i++)
      out += rect(
        230 + (i % 5) * 260,
        (i < 5 ? 300 : 575) + r() * 20,
        60 + r() * 60,
        6,
        pick(r, ['#7ee787', '#79c0ff', '#d2a8ff']),
        'rx="3"',
      )
  // Sticky notes, cups, notebooks and pens in the middle of the table.
  const notes = ['#ffe066', '#ffa8a8', '#8ce99a', '#74c0fc', '#ffd8a8']
  for (let i = 0; i < 14; i++) {
    const x = 200 + r() * 1180
    const y = 400 + r() * 90
    out += `<g transform="rotate(${n((r() - 0.5) * 24)} ${n(x + 30)} ${n(y + 30)})">${rect(x, y, 60, 60, pick(r, notes))}${rect(x, y + 48, 60, 12, '#000000', 'fill-opacity="0.06"')}${textBars(x + 10, y + 16, 40, 2, r, '#6b6b6b', 5, 12)}</g>`
  }
  for (let i = 0; i < 4; i++) {
    const x = 300 + i * 300 + r() * 60
    const y = i % 2 ? 520 : 380
    out +=
      circle(x + 6, y + 8, 34, '#000000', 'fill-opacity="0.2"') +
      circle(x, y, 34, '#f5f5f0') +
      circle(x, y, 26, '#6b4226') +
      circle(x - 8, y - 8, 6, '#ffffff', 'fill-opacity="0.25"') +
      rect(x + 30, y - 8, 20, 16, '#f5f5f0', 'rx="8"')
  }
  out += `<g transform="rotate(-8 780 450)">${rect(700, 400, 170, 220, '#ffffff')}${textBars(720, 430, 130, 7, r, '#c3cbd6', 6, 22)}${rect(700, 400, 16, 220, p.primary)}</g>`
  out += `<g transform="rotate(30 950 500)">${rect(900, 496, 120, 10, p.warm, 'rx="5"')}${path('M1020 496l16 5l-16 5Z', '#3a404a')}</g>`
  // Hands at the keyboards of two laptops.
  for (const [x, y] of [
    [330, 640],
    [1110, 640],
  ]) {
    out += ellipse(x, y, 28, 18, '#e0ac84') + ellipse(x + 70, y + 4, 28, 18, '#e0ac84')
  }
  return out + `<rect width="${EVENT_W}" height="${EVENT_H}" fill="url(#vignette)"/>`
}

export function webinar(p: Palette, r: Rand): string {
  // A desk against a wall: a laptop showing the call (slide plus a grid of participants).
  let out = rect(0, 0, EVENT_W, EVENT_H, '#e8e4dc') + rect(0, 0, EVENT_W, 560, 'url(#wall)')
  out +=
    rect(1180, 90, 260, 320, '#ffffff', 'rx="8"') +
    rect(1196, 106, 228, 288, '#cfe3ef') +
    rect(1306, 106, 8, 288, '#ffffff') +
    rect(1196, 246, 228, 8, '#ffffff')
  out +=
    rect(120, 140, 200, 140, p.accent, 'fill-opacity="0.25" rx="4"') +
    rect(140, 160, 160, 100, p.primary, 'fill-opacity="0.35" rx="2"')
  out +=
    rect(0, 560, EVENT_W, 340, 'url(#wood)') +
    rect(0, 560, EVENT_W, 10, '#000000', 'fill-opacity="0.12"')
  // Plant and lamp.
  out += path('M180 560l-20 -90h120l-20 90Z', '#c9826b')
  for (let i = 0; i < 9; i++) {
    const a = -Math.PI / 2 + (i - 4) * 0.3
    out += ellipse(
      220 + Math.cos(a) * 60,
      440 + Math.sin(a) * 70,
      16,
      44,
      '#3f8f5a',
      `transform="rotate(${n(((a + Math.PI / 2) * 180) / Math.PI)} ${n(220 + Math.cos(a) * 60)} ${n(440 + Math.sin(a) * 70)})"`,
    )
  }
  out +=
    line(1380, 560, 1380, 380, '#2b2f36', 8) +
    line(1380, 380, 1300, 320, '#2b2f36', 8) +
    path('M1260 300l90 40l-30 40l-80 -30Z', '#2b2f36') +
    polygon(
      [
        [1270, 350],
        [1320, 370],
        [1200, 560],
        [1040, 560],
      ],
      '#fff3c4',
      'fill-opacity="0.25"',
    )
  // The laptop, large, with the call on its screen.
  const lx = 400
  const ly = 250
  const lw = 800
  out += ellipse(lx + lw / 2, ly + lw * 0.66, lw * 0.62, 30, '#000000', 'fill-opacity="0.18"')
  out += laptop(lx, ly, lw, '#1c2533')
  const sx = lx + lw * 0.04
  const sy = ly + lw * 0.04
  const sw = lw * 0.92
  const sh = lw * 0.62 - lw * 0.08
  out += slide(sx + 16, sy + 16, sw * 0.66, sh - 70, p, r)
  for (let i = 0; i < 4; i++) {
    const tx = sx + sw * 0.66 + 28
    const ty = sy + 16 + i * ((sh - 70) / 4)
    const tw = sw * 0.34 - 44
    const th = (sh - 70) / 4 - 10
    out +=
      rect(tx, ty, tw, th, pick(r, ['#4b5a6e', '#5d6b7a', '#3d4857', '#6b5a4e']), 'rx="6"') +
      person(tx + tw / 2, ty + th, th * 0.17, pick(r, SHIRTS), r)
    if (i === 1) out += rect(tx, ty, tw, th, 'none', `rx="6" stroke="${p.accent}" stroke-width="3"`)
  }
  for (let i = 0; i < 4; i++)
    out += circle(sx + sw / 2 - 90 + i * 60, sy + sh - 30, 18, i === 3 ? '#d64545' : '#3a404a')
  // Mug and notebook on the desk.
  out +=
    rect(1260, 620, 70, 80, '#ffffff', 'rx="10"') +
    path('M1330 640c30 0 30 40 0 40', 'none', 'stroke="#ffffff" stroke-width="10"') +
    ellipse(1295, 622, 35, 8, '#6b4226')
  out += `<g transform="rotate(-6 240 700)">${rect(160, 640, 200, 130, '#ffffff')}${textBars(180, 665, 150, 4, r, '#c3cbd6', 6, 22)}</g>`
  return out
}

export function matchmaking(p: Palette, r: Rand): string {
  // A hall of small tables, two people at each, in rows receding towards the back wall.
  let out = rect(0, 0, EVENT_W, EVENT_H, 'url(#hallLight)')
  out += rect(0, 0, EVENT_W, 300, p.dark, 'fill-opacity="0.85"')
  for (let i = 0; i < 8; i++)
    out += rect(
      i * 210 + 30,
      60,
      150,
      200,
      p.primary,
      `fill-opacity="${n(0.2 + r() * 0.2)}" rx="6"`,
    )
  for (let i = 0; i < 7; i++)
    out += ellipse(130 + i * 230, 30, 60, 14, '#fff3c4', 'fill-opacity="0.6"')
  const rows = [
    { y: 420, s: 11, tables: 7, w: 120 },
    { y: 560, s: 16, tables: 5, w: 180 },
    { y: 780, s: 24, tables: 3, w: 300 },
  ]
  for (const row of rows) {
    const step = EVENT_W / row.tables
    for (let i = 0; i < row.tables; i++) {
      const cx = step * (i + 0.5) + (r() - 0.5) * 30
      // The far person faces us, the near one has the back turned; a table between them.
      out += person(cx + row.w * 0.1, row.y - row.s * 1.2, row.s, pick(r, SHIRTS), r)
      out +=
        ellipse(cx, row.y, row.w * 0.55, row.w * 0.14, '#f5f5f0') +
        rect(cx - 4, row.y, 8, row.s * 4, '#8a929d')
      out += rect(
        cx - row.w * 0.2,
        row.y - row.w * 0.05,
        row.w * 0.16,
        row.w * 0.05,
        p.accent,
        'rx="2"',
      )
      out += circle(
        cx + row.w * 0.25,
        row.y - row.w * 0.03,
        row.w * 0.04,
        '#ffffff',
        'stroke="#c3cbd6" stroke-width="2"',
      )
      out += person(cx - row.w * 0.15, row.y + row.s * 3.4, row.s * 1.15, pick(r, SHIRTS), r, true)
    }
  }
  return out + bokeh(r, 12, ['#fff3c4', '#ffffff'], 0, 260)
}

export function tradeMission(p: Palette, r: Rand, city: string): string {
  // Dusk sky over the destination's skyline, a plane on its arc, delegates looking at the city.
  let out = rect(0, 0, EVENT_W, EVENT_H, 'url(#dusk)')
  out +=
    circle(1240, 420, 120, '#ffd28a', 'fill-opacity="0.9"') +
    circle(1240, 420, 220, '#ffd28a', 'fill-opacity="0.15"')
  const arc = 'M80 520C400 120 900 80 1500 180'
  out += path(
    arc,
    'none',
    'stroke="#ffffff" stroke-width="4" stroke-dasharray="14 14" stroke-opacity="0.7"',
  )
  out += `<g transform="translate(1180 140) rotate(8)">${path('M-60 0l110 -8l20 8l-20 8Z', '#ffffff')}${path('M-10 -4l-30 -40h18l40 40Z', '#ffffff')}${path('M-10 4l-30 40h18l40 -40Z', '#ffffff')}${path('M-52 -2l-14 -20h10l16 20Z', '#ffffff')}</g>`
  // Far hills, then the skyline with a landmark picked from the city.
  out += path(
    `M0 640${plot(wave(r, 10, 0.5, 0.2), { x: 0, y: 520, w: EVENT_W, h: 120 })
      .map(([x, y]) => `L${n(x)} ${n(y)}`)
      .join('')}L${EVENT_W} 640Z`,
    p.dark,
    'fill-opacity="0.35"',
  )
  const sky = '#2a2f45'
  let x = 0
  while (x < EVENT_W) {
    const w = 50 + r() * 90
    const h = 80 + r() * 160
    out += rect(x, 700 - h, w + 2, h + 200, sky)
    for (let wy = 700 - h + 16; wy < 690; wy += 26)
      for (let wx = x + 10; wx < x + w - 14; wx += 22)
        if (r() > 0.55) out += rect(wx, wy, 10, 12, '#ffd98a', 'fill-opacity="0.8"')
    x += w
  }
  const lx = 620
  if (/dresden/i.test(city)) {
    // A baroque dome with a lantern.
    out +=
      rect(lx, 460, 200, 240, sky) +
      path(`M${lx - 10} 470Q${lx + 100} 260 ${lx + 210} 470Z`, sky) +
      rect(lx + 86, 300, 28, 60, sky) +
      path(`M${lx + 86} 300l14 -40l14 40Z`, sky)
  } else if (/milan|milano/i.test(city)) {
    // A gothic front of many spires.
    out += rect(lx, 430, 300, 270, sky)
    for (let i = 0; i < 9; i++)
      out += path(
        `M${lx + i * 36} 440l9 -${n(60 + (i % 2) * 50 + (i === 4 ? 80 : 0))}l9 ${n(60 + (i % 2) * 50 + (i === 4 ? 80 : 0))}Z`,
        sky,
      )
  } else {
    out += rect(lx, 360, 60, 340, sky) + path(`M${lx} 360l30 -80l30 80Z`, sky)
  }
  out += rect(0, 700, EVENT_W, 200, '#1a1d2b')
  for (let i = 0; i < 5; i++)
    out += person(260 + i * 120 + (r() - 0.5) * 30, 910, 30, pick(r, SHIRTS), r, true)
  out += person(1320, 910, 34, p.primary, r, true) + rect(1360, 800, 40, 60, '#222831', 'rx="6"')
  return out
}

export function assembly(p: Palette, r: Rand): string {
  // A hemicycle seen from the back rows: curved desks, members, the presiding table and screen.
  let out = rect(0, 0, EVENT_W, EVENT_H, 'url(#hallLight)')
  out += rect(0, 0, EVENT_W, 330, '#2b3244')
  out +=
    rect(500, 60, 600, 240, '#000000', 'fill-opacity="0.3" rx="8"') + slide(515, 75, 570, 210, p, r)
  out += rect(420, 320, 760, 60, '#4a3b2e', 'rx="6"') + rect(420, 320, 760, 8, p.accent)
  for (let i = 0; i < 5; i++) out += person(520 + i * 140, 322, 14, pick(r, SHIRTS), r)
  const cx = EVENT_W / 2
  for (let ring = 0; ring < 4; ring++) {
    const radius = 330 + ring * 150
    const y0 = 380
    const s = 12 + ring * 4
    // Desk arc.
    out += path(
      `M${n(cx - radius)} ${n(y0 + radius * 0.42)}A${n(radius)} ${n(radius * 0.42)} 0 0 0 ${n(cx + radius)} ${n(y0 + radius * 0.42)}`,
      'none',
      `stroke="#6b5440" stroke-width="${n(10 + ring * 5)}"`,
    )
    const seats = 9 + ring * 3
    for (let k = 0; k < seats; k++) {
      const a = Math.PI * (0.08 + (0.84 * k) / (seats - 1))
      const px = cx - Math.cos(a) * radius
      const py = y0 + radius * 0.42 - Math.sin(a) * radius * 0.42 + s * 3.4
      if (py > EVENT_H + 40) continue
      out += person(px, py, s, pick(r, SHIRTS), r, true)
      // Some members raise a green voting card.
      if (r() > 0.55)
        out +=
          rect(px + s * 1.2, py - s * 6, s * 1.4, s * 1.8, '#2fa86b', 'rx="2"') +
          line(px + s * 1.5, py - s * 4.3, px + s * 1.5, py - s * 2.8, '#e0ac84', s * 0.5)
    }
  }
  return out + bokeh(r, 8, ['#fff3c4'], 0, 60)
}

/** Gradients the scenes refer to by id. */
export function eventDefs(p: Palette): string {
  return (
    `<linearGradient id="hall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.dark}"/><stop offset="1" stop-color="#0b0f18"/></linearGradient>` +
    `<linearGradient id="hallLight" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#c9c2b6"/><stop offset="1" stop-color="#8d857a"/></linearGradient>` +
    `<linearGradient id="wood" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#b68a5e"/><stop offset="1" stop-color="#8e6643"/></linearGradient>` +
    `<linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f3efe7"/><stop offset="1" stop-color="#dcd5c8"/></linearGradient>` +
    `<linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.dark}"/><stop offset="0.55" stop-color="#c06a5a"/><stop offset="1" stop-color="#f2b36b"/></linearGradient>` +
    `<radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.6" stop-color="#000000" stop-opacity="0"/><stop offset="1" stop-color="#000000" stop-opacity="0.45"/></radialGradient>`
  )
}
