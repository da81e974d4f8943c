// Product screens of business applications: an e-government form, a digital-identity sign-in,
// a patient record, a video consultation, a course page, a checkout, a terminal with a CI
// pipeline, boards, a design canvas, a translation editor, speech transcription, a server
// cluster, an object store and a security operations view. Labels are abstract bars, never words.
import type { Palette } from './palette.ts'
import {
  avatar,
  checkDisc,
  line,
  path,
  phone,
  pick,
  plot,
  polyline,
  shield,
  textBars,
  wave,
} from './scene-kit.ts'
import { statusList } from './screens-maps.ts'
import { circle, n, rect } from './svg.ts'
import { bar, card } from './widgets.ts'
import type { Box, Rand } from './widgets.ts'

const LABEL = '#c3cbd6'
const FAINT = '#e3e8ef'

function field(x: number, y: number, w: number, r: Rand, focus?: string): string {
  return (
    bar(x, y, 80 + r() * 100, LABEL) +
    rect(
      x,
      y + 22,
      w,
      52,
      '#ffffff',
      `rx="10" stroke="${focus ?? '#cfd6df'}" stroke-width="${focus ? 3 : 2}"`,
    ) +
    bar(x + 18, y + 43, w * (0.3 + r() * 0.4), FAINT)
  )
}

/** An online application form: steps, fields, a choice, an upload area and the submit button. */
export function eForm(b: Box, p: Palette, r: Rand): string {
  const main = { x: b.x, y: b.y, w: b.w * 0.66, h: b.h }
  let out = card(main)
  // Stepper: four numbered discs (as dots) joined by a line; the second is current.
  const sx = main.x + 60
  const sw = main.w - 120
  out += rect(sx, main.y + 58, sw, 4, FAINT)
  out += rect(sx, main.y + 58, sw / 3, 4, p.primary)
  for (let i = 0; i < 4; i++) {
    const cx = sx + (i * sw) / 3
    out +=
      i === 0
        ? checkDisc(cx, main.y + 60, 20, p.primary)
        : circle(
            cx,
            main.y + 60,
            20,
            i === 1 ? '#ffffff' : '#f1f3f6',
            `stroke="${i === 1 ? p.primary : FAINT}" stroke-width="4"`,
          )
    out += bar(cx - 36, main.y + 96, 72, i <= 1 ? LABEL : FAINT, 9)
  }
  const fx = main.x + 50
  const fw = main.w - 100
  out +=
    bar(fx, main.y + 150, 260, '#1c2533', 16) +
    textBars(fx, main.y + 182, fw * 0.8, 2, r, FAINT, 9, 18)
  out +=
    field(fx, main.y + 240, fw / 2 - 15, r) + field(fx + fw / 2 + 15, main.y + 240, fw / 2 - 15, r)
  out += field(fx, main.y + 330, fw, r, p.primary)
  // Radio choice and an upload box.
  for (let i = 0; i < 3; i++) {
    const y = main.y + 438 + i * 34
    out +=
      circle(
        fx + 12,
        y,
        11,
        '#ffffff',
        `stroke="${i === 0 ? p.primary : '#aeb7c3'}" stroke-width="3"`,
      ) +
      (i === 0 ? circle(fx + 12, y, 5, p.primary) : '') +
      bar(fx + 36, y - 5, 120 + r() * 120)
  }
  out += rect(
    fx + fw / 2 + 15,
    main.y + 424,
    fw / 2 - 15,
    96,
    p.light,
    `rx="12" stroke="${p.primary}" stroke-width="2" stroke-dasharray="8 6"`,
  )
  out += path(`M${n(fx + fw * 0.75)} ${n(main.y + 446)}l-16 18h10v18h12v-18h10Z`, p.primary)
  out +=
    rect(main.x + main.w - 250, main.y + main.h - 90, 200, 56, p.primary, 'rx="12"') +
    bar(main.x + main.w - 200, main.y + main.h - 67, 100, '#ffffff')
  out += rect(
    fx,
    main.y + main.h - 90,
    160,
    56,
    '#ffffff',
    `rx="12" stroke="${FAINT}" stroke-width="2"`,
  )
  // Side: the authority's seal, a help card and a checklist of attached documents.
  const side = { x: b.x + main.w + 20, y: b.y, w: b.w - main.w - 20, h: b.h }
  out +=
    card({ ...side, h: 260 }) +
    shield(side.x + side.w / 2, side.y + 110, 62, p.primary) +
    shield(side.x + side.w / 2, side.y + 110, 40, '#ffffff', 'fill-opacity="0.25"') +
    circle(side.x + side.w / 2, side.y + 108, 16, p.warm) +
    bar(side.x + side.w / 2 - 70, side.y + 210, 140, LABEL)
  const list = { x: side.x, y: side.y + 280, w: side.w, h: side.h - 280 }
  out += card(list) + bar(list.x + 24, list.y + 26, 110, LABEL, 12)
  for (let i = 0; i < 5; i++) {
    const y = list.y + 76 + i * 58
    out +=
      (i < 3
        ? checkDisc(list.x + 38, y, 14, '#2fa86b')
        : circle(list.x + 38, y, 14, '#ffffff', `stroke="${FAINT}" stroke-width="3"`)) +
      bar(list.x + 64, y - 5, 60 + r() * (list.w - 150))
  }
  return out
}

/** Signing in with a national electronic identity: phone with fingerprint prompt beside a portal. */
export function identity(b: Box, p: Palette, r: Rand): string {
  const left = { x: b.x, y: b.y, w: b.w * 0.6, h: b.h }
  let out = card(left) + rect(left.x, left.y, left.w, 150, p.light, 'rx="14"')
  out +=
    shield(left.x + 90, left.y + 76, 44, p.primary) +
    bar(left.x + 160, left.y + 56, 220, '#1c2533', 16) +
    bar(left.x + 160, left.y + 88, 160, LABEL)
  // Sign-in choices: three large option cards, the first (eID) highlighted.
  for (let i = 0; i < 3; i++) {
    const y = left.y + 190 + i * 130
    const on = i === 0
    out += rect(
      left.x + 40,
      y,
      left.w - 80,
      110,
      on ? '#ffffff' : '#f7f8fa',
      `rx="14" stroke="${on ? p.primary : FAINT}" stroke-width="${on ? 4 : 2}"`,
    )
    out +=
      circle(left.x + 100, y + 55, 30, on ? p.primary : '#dfe4ea') +
      bar(left.x + 150, y + 38, 180 + r() * 100, on ? '#1c2533' : LABEL, 14) +
      bar(left.x + 150, y + 64, 140 + r() * 120, FAINT)
  }
  // Phone with the identity app asking for a fingerprint.
  const ph = { x: b.x + left.w + 80, y: b.y + 20, w: 300, h: b.h - 40 }
  out += phone(ph, '#ffffff')
  const cx = ph.x + ph.w / 2
  const cy = ph.y + ph.h * 0.5
  out +=
    rect(ph.x + 10, ph.y + 10, ph.w - 20, 120, p.primary, 'rx="34"') +
    shield(cx, ph.y + 74, 28, '#ffffff')
  for (let k = 0; k < 5; k++)
    out += path(
      `M${n(cx - 20 - k * 12)} ${n(cy + 40)}A${n(20 + k * 12)} ${n(24 + k * 14)} 0 1 1 ${n(cx + 20 + k * 12)} ${n(cy + 40)}`,
      'none',
      `stroke="${p.primary}" stroke-width="6" stroke-linecap="round" stroke-opacity="${1 - k * 0.12}"`,
    )
  out += bar(cx - 80, cy + 120, 160, LABEL) + bar(cx - 60, cy + 142, 120, FAINT)
  out += rect(ph.x + 40, ph.y + ph.h - 110, ph.w - 80, 54, p.primary, 'rx="27"')
  return out
}

/** A patient chart: identity header, vitals with a pulse line, notes and a medication list. */
export function patientRecord(b: Box, p: Palette, r: Rand): string {
  const head = { x: b.x, y: b.y, w: b.w, h: 140 }
  let out =
    card(head) +
    avatar(head.x + 80, head.y + 70, 46, p.accent) +
    bar(head.x + 150, head.y + 44, 240, '#1c2533', 18) +
    bar(head.x + 150, head.y + 80, 180, LABEL)
  for (let i = 0; i < 3; i++)
    out +=
      rect(head.x + 480 + i * 150, head.y + 50, 130, 40, i === 0 ? '#fde4e4' : p.light, 'rx="20"') +
      bar(head.x + 500 + i * 150, head.y + 65, 90, i === 0 ? '#d64545' : p.primary, 10)
  // Vitals: heart rate (ECG trace), blood pressure (bars), temperature (line).
  const vw = (b.w - 40) / 3
  const vy = b.y + 160
  for (let i = 0; i < 3; i++) {
    const c = { x: b.x + i * (vw + 20), y: vy, w: vw, h: 200 }
    out +=
      card(c) +
      bar(c.x + 24, c.y + 26, 90, LABEL, 12) +
      rect(c.x + 24, c.y + 52, 110, 30, '#1c2533', 'rx="8" fill-opacity="0.85"')
    const area = { x: c.x + 24, y: c.y + 100, w: c.w - 48, h: 80 }
    if (i === 0) {
      const pts: Array<[number, number]> = []
      for (let k = 0; k <= 40; k++) {
        const phase = k % 10
        const v =
          phase === 4 ? 0.05 : phase === 5 ? 0.95 : phase === 6 ? 0.3 : phase === 8 ? 0.6 : 0.5
        pts.push([area.x + (k / 40) * area.w, area.y + (1 - v) * area.h])
      }
      out +=
        polyline(pts, '#d64545', 3) +
        path(
          `M${n(c.x + c.w - 50)} ${n(c.y + 40)}c-10 -14 -30 -4 -20 10l20 18l20 -18c10 -14 -10 -24 -20 -10Z`,
          '#d64545',
        )
    } else if (i === 1) {
      for (let k = 0; k < 10; k++) {
        const top = 0.2 + r() * 0.2
        out += rect(
          area.x + k * (area.w / 10) + 6,
          area.y + top * area.h,
          area.w / 10 - 12,
          (0.55 - top + r() * 0.1) * area.h,
          p.primary,
          'rx="5"',
        )
      }
    } else {
      out +=
        polyline(plot(wave(r, 12, 0.5, 0.15), area), p.warm, 4) +
        rect(
          area.x,
          area.y + area.h * 0.3,
          area.w,
          2,
          '#d64545',
          'stroke-dasharray="6 6" fill-opacity="0.4"',
        )
    }
  }
  // Timeline of visits and a medication table.
  const tl = { x: b.x, y: vy + 220, w: b.w * 0.5 - 10, h: b.h - 380 }
  out += card(tl) + bar(tl.x + 24, tl.y + 26, 120, LABEL, 12)
  for (let i = 0; i < 4; i++) {
    const y = tl.y + 80 + i * ((tl.h - 100) / 4)
    out +=
      circle(tl.x + 40, y, 9, [p.primary, p.accent, p.warm, p.primary][i]) +
      (i < 3 ? rect(tl.x + 39, y + 10, 2, (tl.h - 100) / 4 - 20, FAINT) : '') +
      bar(tl.x + 64, y - 12, 140 + r() * 100, LABEL) +
      textBars(tl.x + 64, y + 8, tl.w - 100, 1, r, FAINT, 8)
  }
  const med = { x: b.x + b.w * 0.5 + 10, y: vy + 220, w: b.w * 0.5 - 10, h: b.h - 380 }
  out += card(med) + bar(med.x + 24, med.y + 26, 120, LABEL, 12)
  for (let i = 0; i < 5; i++) {
    const y = med.y + 70 + i * ((med.h - 90) / 5)
    out +=
      rect(med.x + 24, y, 36, 20, pick(r, [p.accentSoft, '#fff1d6', '#dcf5e7']), 'rx="10"') +
      bar(med.x + 74, y + 5, 110 + r() * 80, LABEL) +
      bar(med.x + med.w - 110, y + 5, 70, FAINT)
  }
  return out
}

/** A video consultation: the doctor large, the patient small, vitals and chat beside. */
export function telecare(b: Box, p: Palette, r: Rand): string {
  const v = { x: b.x, y: b.y, w: b.w * 0.66, h: b.h - 100 }
  let out = `<clipPath id="video"><rect x="${n(v.x)}" y="${n(v.y)}" width="${n(v.w)}" height="${n(v.h)}" rx="16"/></clipPath>`
  out += `<g clip-path="url(#video)">` + rect(v.x, v.y, v.w, v.h, '#dfe9ef')
  // Consulting room: shelf, window light, and the doctor in a white coat with a stethoscope.
  out +=
    rect(v.x, v.y, v.w, v.h * 0.62, '#e9f0f3') +
    rect(v.x + v.w * 0.62, v.y + 50, v.w * 0.28, v.h * 0.4, '#ffffff', 'rx="8" fill-opacity="0.7"')
  out +=
    rect(v.x + 40, v.y + 120, 200, 12, '#c8b79c') +
    rect(v.x + 60, v.y + 80, 26, 40, p.accent) +
    rect(v.x + 92, v.y + 90, 20, 30, p.warm) +
    rect(v.x + 118, v.y + 76, 30, 44, p.primary)
  const cx = v.x + v.w * 0.45
  const base = v.y + v.h
  out += path(
    `M${n(cx - 230)} ${n(base)}C${n(cx - 220)} ${n(base - 210)} ${n(cx - 120)} ${n(base - 250)} ${n(cx)} ${n(base - 250)}C${n(cx + 120)} ${n(base - 250)} ${n(cx + 220)} ${n(base - 210)} ${n(cx + 230)} ${n(base)}Z`,
    '#ffffff',
  )
  out += path(
    `M${n(cx - 50)} ${n(base - 248)}L${n(cx)} ${n(base - 120)}L${n(cx + 50)} ${n(base - 248)}Z`,
    p.primary,
  )
  out +=
    path(
      `M${n(cx - 70)} ${n(base - 230)}C${n(cx - 80)} ${n(base - 120)} ${n(cx - 20)} ${n(base - 100)} ${n(cx - 10)} ${n(base - 150)}`,
      'none',
      'stroke="#3a404a" stroke-width="8"',
    ) + circle(cx - 10, base - 150, 14, '#8a929d')
  out +=
    rect(cx - 26, base - 300, 52, 60, '#e0ac84') +
    circle(cx, base - 350, 78, '#e0ac84') +
    path(
      `M${n(cx - 80)} ${n(base - 355)}A80 80 0 0 1 ${n(cx + 80)} ${n(base - 355)}Q${n(cx)} ${n(base - 400)} ${n(cx - 80)} ${n(base - 355)}Z`,
      '#3a2a20',
    )
  out += '</g>'
  out +=
    rect(
      v.x + v.w - 230,
      v.y + v.h - 170,
      200,
      140,
      '#5d6b7a',
      'rx="12" stroke="#ffffff" stroke-width="4"',
    ) + avatar(v.x + v.w - 130, v.y + v.h - 100, 44, '#8393a4')
  // Call controls.
  const controls = [p.dark, p.dark, '#d64545', p.dark]
  controls.forEach((c, i) => (out += circle(v.x + v.w / 2 - 120 + i * 80, v.y + v.h + 50, 30, c)))
  const side = { x: b.x + v.w + 20, y: b.y, w: b.w - v.w - 20, h: b.h }
  out += card({ ...side, h: 230 }) + bar(side.x + 24, side.y + 26, 90, LABEL, 12)
  out += polyline(
    plot(wave(r, 18, 0.5, 0.3), { x: side.x + 24, y: side.y + 70, w: side.w - 48, h: 120 }),
    '#d64545',
    4,
  )
  const chat = { x: side.x, y: side.y + 250, w: side.w, h: side.h - 250 }
  out += card(chat)
  for (let i = 0; i < 4; i++) {
    const mine = i % 2 === 1
    const w = chat.w * (0.5 + r() * 0.3)
    out +=
      rect(
        mine ? chat.x + chat.w - 20 - w : chat.x + 20,
        chat.y + 24 + i * 90,
        w,
        66,
        mine ? p.accentSoft : '#f1f3f6',
        'rx="14"',
      ) +
      textBars(
        mine ? chat.x + chat.w - w : chat.x + 40,
        chat.y + 44 + i * 90,
        w - 40,
        2,
        r,
        mine ? p.accent : LABEL,
        8,
        18,
      )
  }
  return out
}

/** Systems exchanging records through a hub (health data interoperability, open banking). */
export function exchangeHub(b: Box, p: Palette, r: Rand, glyph: 'cross' | 'arrows'): string {
  const c = { x: b.x, y: b.y, w: b.w * 0.68, h: b.h }
  let out = card(c) + rect(c.x + 20, c.y + 20, c.w - 40, c.h - 40, p.light, 'rx="12"')
  const cx = c.x + c.w / 2
  const cy = c.y + c.h / 2
  const icons = 7
  for (let i = 0; i < icons; i++) {
    const a = (i / icons) * Math.PI * 2 - Math.PI / 2
    const x = cx + Math.cos(a) * c.w * 0.36
    const y = cy + Math.sin(a) * c.h * 0.36
    out +=
      line(cx, cy, x, y, p.primary, 4) +
      circle(cx + (x - cx) * 0.55, cy + (y - cy) * 0.55, 9, pick(r, [p.accent, p.warm, '#2fa86b']))
    out += rect(x - 60, y - 44, 120, 88, '#ffffff', `rx="14" stroke="${FAINT}" stroke-width="2"`)
    // Each system: a building, a document, a monitor or a phone glyph.
    const kind = i % 4
    if (kind === 0)
      out +=
        rect(x - 24, y - 22, 48, 40, p.primary, 'rx="3"') +
        rect(x - 8, y - 30, 16, 8, '#d64545') +
        rect(x - 4, y - 34, 8, 16, '#d64545')
    else if (kind === 1)
      out +=
        rect(x - 18, y - 26, 36, 48, '#ffffff', `stroke="${p.primary}" stroke-width="4" rx="4"`) +
        textBars(x - 10, y - 14, 20, 3, r, p.primary, 4, 10)
    else if (kind === 2)
      out += rect(x - 28, y - 24, 56, 36, p.dark, 'rx="4"') + rect(x - 8, y + 12, 16, 12, p.dark)
    else
      out +=
        rect(x - 14, y - 28, 28, 52, p.dark, 'rx="6"') + rect(x - 10, y - 22, 20, 38, p.accentSoft)
  }
  out += circle(cx, cy, 76, p.primary) + circle(cx, cy, 96, p.primary, 'fill-opacity="0.15"')
  out +=
    glyph === 'cross'
      ? path(`M${n(cx - 12)} ${n(cy - 40)}h24v28h28v24h-28v28h-24v-28h-28v-24h28Z`, '#ffffff')
      : path(
          `M${n(cx - 36)} ${n(cy - 14)}h56l-14 -14m14 14l-14 14M${n(cx + 36)} ${n(cy + 14)}h-56l14 -14m-14 14l14 14`,
          'none',
          'stroke="#ffffff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"',
        )
  return out + statusList({ x: b.x + c.w + 20, y: b.y, w: b.w - c.w - 20, h: b.h }, p, r, 8)
}

/** A course page: the lesson video with its progress, and the module's lesson list. */
export function coursePage(b: Box, p: Palette, r: Rand): string {
  const v = { x: b.x, y: b.y, w: b.w * 0.66, h: b.h * 0.6 }
  let out = `<linearGradient id="lesson" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.primary}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient>`
  out += rect(v.x, v.y, v.w, v.h, 'url(#lesson)', 'rx="16"')
  // The slide being presented: a chart and bullet bars, the presenter in a corner bubble.
  out += rect(v.x + 50, v.y + 50, v.w * 0.55, v.h - 140, '#ffffff', 'rx="10" fill-opacity="0.95"')
  out += textBars(v.x + 80, v.y + 90, v.w * 0.3, 4, r, LABEL, 10, 28)
  for (let k = 0; k < 5; k++) {
    const h = 40 + r() * 110
    out += rect(
      v.x + 80 + k * 48,
      v.y + v.h - 110 - h,
      34,
      h,
      [p.primary, p.accent, p.warm][k % 3],
      'rx="4"',
    )
  }
  out +=
    circle(v.x + v.w - 140, v.y + v.h - 170, 90, '#ffffff', 'fill-opacity="0.15"') +
    avatar(v.x + v.w - 140, v.y + v.h - 170, 76, p.accent)
  out +=
    circle(v.x + v.w / 2 + 60, v.y + v.h / 2 - 30, 44, '#000000', 'fill-opacity="0.35"') +
    path(`M${n(v.x + v.w / 2 + 46)} ${n(v.y + v.h / 2 - 54)}l40 24l-40 24Z`, '#ffffff')
  const progress = 0.3 + r() * 0.4
  out +=
    rect(v.x + 30, v.y + v.h - 40, v.w - 60, 8, '#ffffff', 'rx="4" fill-opacity="0.35"') +
    rect(v.x + 30, v.y + v.h - 40, (v.w - 60) * progress, 8, p.warm, 'rx="4"') +
    circle(v.x + 30 + (v.w - 60) * progress, v.y + v.h - 36, 11, '#ffffff')
  // Under the video: title, text, and the learner's overall progress ring.
  out +=
    bar(v.x, v.y + v.h + 40, 380, '#1c2533', 18) +
    textBars(v.x, v.y + v.h + 80, v.w - 200, 4, r, FAINT, 10, 24)
  const cx = v.x + v.w - 70
  const cy = v.y + v.h + 120
  const circ = 2 * Math.PI * 50
  out +=
    circle(cx, cy, 50, 'none', `stroke="${FAINT}" stroke-width="14"`) +
    circle(
      cx,
      cy,
      50,
      'none',
      `stroke="${p.accent}" stroke-width="14" stroke-dasharray="${n(progress * circ)} ${n(circ)}" transform="rotate(-90 ${n(cx)} ${n(cy)})"`,
    )
  const list = { x: b.x + v.w + 20, y: b.y, w: b.w - v.w - 20, h: b.h }
  out +=
    card(list) +
    bar(list.x + 24, list.y + 28, 140, '#1c2533', 14) +
    rect(list.x + 24, list.y + 60, list.w - 48, 8, FAINT, 'rx="4"') +
    rect(list.x + 24, list.y + 60, (list.w - 48) * progress, 8, p.accent, 'rx="4"')
  for (let i = 0; i < 8; i++) {
    const y = list.y + 110 + i * 76
    const done = i < 3
    const current = i === 3
    if (current) out += rect(list.x + 10, y - 28, list.w - 20, 64, p.light, 'rx="10"')
    out +=
      (done
        ? checkDisc(list.x + 40, y, 15, '#2fa86b')
        : circle(
            list.x + 40,
            y,
            15,
            current ? p.primary : '#ffffff',
            `stroke="${current ? p.primary : FAINT}" stroke-width="3"`,
          )) +
      bar(list.x + 68, y - 10, 100 + r() * (list.w - 180), current ? '#1c2533' : LABEL) +
      bar(list.x + 68, y + 8, 50, FAINT, 8)
  }
  return out
}

/** A skills matrix: people down the side, skills across, filled dots for the level reached. */
export function skillsMatrix(b: Box, p: Palette, r: Rand): string {
  const m = { x: b.x, y: b.y, w: b.w * 0.68, h: b.h }
  let out = card(m) + bar(m.x + 30, m.y + 30, 160, LABEL, 12)
  const rows = 8
  const cols = 7
  const cw = (m.w - 260) / cols
  const rh = (m.h - 120) / rows
  for (let c = 0; c < cols; c++)
    out += bar(m.x + 240 + c * cw + cw / 2 - 24, m.y + 80, 48, LABEL, 9)
  for (let i = 0; i < rows; i++) {
    const y = m.y + 120 + i * rh + rh / 2
    out +=
      avatar(m.x + 50, y, 18, pick(r, [p.primary, p.accent, p.warm])) +
      bar(m.x + 80, y - 5, 80 + r() * 60, LABEL)
    for (let c = 0; c < cols; c++) {
      const level = Math.floor(r() * 5)
      const cx = m.x + 240 + c * cw + cw / 2
      out += circle(
        cx,
        y,
        15,
        level === 0 ? '#f1f3f6' : p.primary,
        `fill-opacity="${[1, 0.25, 0.5, 0.75, 1][level]}"`,
      )
    }
  }
  const side = { x: b.x + m.w + 20, y: b.y, w: b.w - m.w - 20, h: b.h }
  // A radar chart of the team's average against the target profile.
  const cx = side.x + side.w / 2
  const cy = side.y + 200
  const spoke = (k: number, v: number): [number, number] => {
    const a = (k / 6) * Math.PI * 2 - Math.PI / 2
    return [cx + Math.cos(a) * v * 120, cy + Math.sin(a) * v * 120]
  }
  let radar = ''
  for (const ring of [0.33, 0.66, 1])
    radar += `<polygon points="${[0, 1, 2, 3, 4, 5].map((k) => spoke(k, ring).map(n).join(',')).join(' ')}" fill="none" stroke="${FAINT}" stroke-width="2"/>`
  const target = [0, 1, 2, 3, 4, 5].map((k) => spoke(k, 0.75 + r() * 0.2))
  const team = [0, 1, 2, 3, 4, 5].map((k) => spoke(k, 0.35 + r() * 0.5))
  radar += `<polygon points="${target.map((q) => q.map(n).join(',')).join(' ')}" fill="none" stroke="${p.warm}" stroke-width="4" stroke-dasharray="10 6"/>`
  radar += `<polygon points="${team.map((q) => q.map(n).join(',')).join(' ')}" fill="${p.accent}" fill-opacity="0.35" stroke="${p.accent}" stroke-width="4"/>`
  return (
    out +
    card({ ...side, h: 400 }) +
    radar +
    statusList({ x: side.x, y: side.y + 420, w: side.w, h: side.h - 420 }, p, r, 4)
  )
}

/** Checkout on a phone beside the merchant's payments view and the card itself. */
export function payment(b: Box, p: Palette, r: Rand): string {
  const ph = { x: b.x + 20, y: b.y, w: 330, h: b.h }
  let out = phone(ph, '#ffffff')
  const px = ph.x + 40
  const pw = ph.w - 80
  out +=
    rect(px, ph.y + 70, pw, 120, p.light, 'rx="14"') +
    rect(px + 20, ph.y + 90, 80, 80, pick(r, [p.accent, p.warm]), 'rx="10"') +
    bar(px + 116, ph.y + 110, 100, LABEL) +
    bar(px + 116, ph.y + 134, 60, '#1c2533', 14)
  // A payment card drawn on the phone: gradient, chip and contactless waves.
  out += `<linearGradient id="cardg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.primary}"/><stop offset="1" stop-color="${p.dark}"/></linearGradient>`
  const card1 = { x: px, y: ph.y + 220, w: pw, h: pw * 0.62 }
  out +=
    rect(card1.x, card1.y, card1.w, card1.h, 'url(#cardg)', 'rx="14"') +
    rect(card1.x + 20, card1.y + 40, 44, 34, '#e3c46a', 'rx="6"') +
    circle(card1.x + card1.w - 60, card1.y + card1.h - 40, 20, p.warm, 'fill-opacity="0.9"') +
    circle(card1.x + card1.w - 36, card1.y + card1.h - 40, 20, '#f2c14e', 'fill-opacity="0.8"')
  for (let k = 0; k < 3; k++)
    out += path(
      `M${n(card1.x + card1.w - 60 + k * 10)} ${n(card1.y + 30)}a${10 + k * 8} ${10 + k * 8} 0 0 1 0 ${20 + k * 16}`,
      'none',
      'stroke="#ffffff" stroke-width="3" stroke-opacity="0.8"',
    )
  for (let k = 0; k < 4; k++) out += bar(card1.x + 20 + k * 52, card1.y + 100, 40, '#ffffff', 8)
  out += rect(px, ph.y + ph.h - 130, pw, 60, p.primary, 'rx="30"')
  // Padlock on the pay button, then the button's label as a bar.
  out +=
    rect(px + 28, ph.y + ph.h - 104, 24, 18, '#ffffff', 'rx="3"') +
    path(
      `M${n(px + 33)} ${n(ph.y + ph.h - 104)}v-6a7 7 0 0 1 14 0v6`,
      'none',
      'stroke="#ffffff" stroke-width="4"',
    ) +
    bar(px + 70, ph.y + ph.h - 105, pw - 110, '#ffffff', 10)
  // Merchant's view: revenue bars and the transaction list with method marks.
  const m = { x: b.x + 400, y: b.y, w: b.w - 400, h: b.h }
  const top = { x: m.x, y: m.y, w: m.w, h: 300 }
  out +=
    card(top) +
    bar(top.x + 30, top.y + 30, 160, LABEL, 12) +
    rect(top.x + 30, top.y + 56, 170, 36, '#1c2533', 'rx="8" fill-opacity="0.85"')
  const vals = wave(r, 14, 0.55, 0.25)
  vals.forEach(
    (v, k) =>
      (out += rect(
        top.x + 30 + k * ((top.w - 60) / 14),
        top.y + top.h - 24 - v * 170,
        (top.w - 60) / 14 - 10,
        v * 170,
        k === 13 ? p.accent : p.primary,
        'rx="5"',
      )),
  )
  const tx = { x: m.x, y: m.y + 320, w: m.w, h: m.h - 320 }
  out += card(tx) + bar(tx.x + 30, tx.y + 28, 140, LABEL, 12)
  for (let i = 0; i < 6; i++) {
    const y = tx.y + 70 + i * ((tx.h - 90) / 6)
    const ok = r() > 0.15
    out +=
      rect(tx.x + 30, y, 56, 36, pick(r, [p.dark, p.primary, '#3a404a']), 'rx="6"') +
      circle(tx.x + 50, y + 18, 8, '#f2a93b', 'fill-opacity="0.9"') +
      circle(tx.x + 64, y + 18, 8, '#d64545', 'fill-opacity="0.8"')
    out +=
      bar(tx.x + 106, y + 6, 140 + r() * 140, LABEL) +
      bar(tx.x + 106, y + 24, 80, FAINT, 8) +
      rect(tx.x + tx.w - 250, y + 6, 110, 24, ok ? '#dcf5e7' : '#fde4e4', 'rx="12"') +
      bar(tx.x + tx.w - 110, y + 12, 80, '#1c2533', 12)
  }
  return out
}

/** A dark code editor: file tree, syntax-coloured code, a terminal and the CI pipeline above. */
export function terminal(b: Box, p: Palette, r: Rand): string {
  const bg = '#161b22'
  let out = rect(b.x, b.y, b.w, b.h, bg, 'rx="12"')
  // Pipeline stages: discs joined by a line, all green but the running one.
  const stages = 5
  const sy = b.y + 50
  out += rect(b.x + 80, sy - 2, b.w - 160, 4, '#30363d')
  for (let i = 0; i < stages; i++) {
    const x = b.x + 80 + (i * (b.w - 160)) / (stages - 1)
    out +=
      i < stages - 1
        ? checkDisc(x, sy, 20, '#2ea043')
        : circle(x, sy, 20, '#d29922') + circle(x, sy, 8, bg)
    out += bar(x - 34, sy + 32, 68, '#30363d', 8)
  }
  // File tree.
  const tree = { x: b.x, y: b.y + 110, w: 220, h: b.h - 110 }
  out += rect(tree.x, tree.y, tree.w, tree.h, '#0d1117', 'rx="0"')
  for (let i = 0; i < 14; i++) {
    const depth = i === 0 ? 0 : 1 + Math.floor(r() * 2)
    const y = tree.y + 24 + i * 30
    out +=
      rect(tree.x + 20 + depth * 18, y, 12, 12, i % 4 === 0 ? '#d29922' : '#58a6ff', 'rx="2"') +
      bar(tree.x + 40 + depth * 18, y + 1, 60 + r() * 70, i === 5 ? '#c9d1d9' : '#484f58', 10)
  }
  // Code: indented token runs in syntax colours.
  const code = { x: tree.x + tree.w + 20, y: tree.y + 20, w: b.w - tree.w - 40 }
  const colors = [
    '#ff7b72',
    '#d2a8ff',
    '#79c0ff',
    '#a5d6ff',
    '#7ee787',
    '#8b949e',
    '#c9d1d9',
    '#c9d1d9',
  ]
  let indent = 0
  for (let i = 0; i < 14; i++) {
    const y = code.y + i * 24
    out += bar(code.x, y + 2, 18, '#30363d', 8)
    if (r() < 0.12) continue
    let x = code.x + 44 + indent * 30
    const tokens = 2 + Math.floor(r() * 4)
    for (let t = 0; t < tokens; t++) {
      const w = 30 + r() * 90
      if (x + w > code.x + code.w) break
      out += bar(x, y, w, pick(r, colors), 10)
      x += w + 10
    }
    indent = Math.max(0, Math.min(3, indent + (r() < 0.35 ? 1 : r() < 0.5 ? -1 : 0)))
  }
  // Terminal pane with a prompt, output and green check lines.
  const term = { x: code.x - 20, y: b.y + b.h - 220, w: code.w + 40, h: 220 }
  out +=
    rect(term.x, term.y, term.w, term.h, '#0d1117') + rect(term.x, term.y, term.w, 2, '#30363d')
  for (let i = 0; i < 6; i++) {
    const y = term.y + 30 + i * 30
    const ok = i > 1 && i < 5
    out +=
      i === 0 || i === 5
        ? bar(term.x + 24, y, 14, '#7ee787', 10)
        : ok
          ? checkDisc(term.x + 31, y + 5, 8, '#2ea043')
          : bar(term.x + 24, y, 14, '#484f58', 10)
    out += bar(term.x + 50, y, i === 5 ? 16 : 120 + r() * 300, i === 5 ? '#c9d1d9' : '#8b949e', 10)
  }
  return out
}

/** Columns of cards (orders, deals or tasks) moving through stages. */
export function kanban(b: Box, p: Palette, r: Rand): string {
  const cols = 4
  const cw = (b.w - (cols - 1) * 20) / cols
  const stageColors = [p.primary, p.accent, p.warm, '#2fa86b']
  let out = ''
  for (let c = 0; c < cols; c++) {
    const x = b.x + c * (cw + 20)
    out +=
      rect(x, b.y, cw, b.h, '#eceff3', 'rx="14"') +
      rect(x + 20, b.y + 24, 14, 14, stageColors[c], 'rx="7"') +
      bar(x + 44, b.y + 26, 80 + r() * 40, LABEL) +
      rect(x + cw - 56, b.y + 20, 36, 22, '#ffffff', 'rx="11"')
    let y = b.y + 64
    const count = 2 + Math.floor(r() * 3)
    for (let k = 0; k < count; k++) {
      const h = 90 + r() * 70
      if (y + h > b.y + b.h - 10) break
      out +=
        rect(x + 12, y, cw - 24, h, '#ffffff', `rx="12" stroke="${FAINT}" stroke-width="2"`) +
        rect(x + 12, y, 6, h, stageColors[c], 'rx="3"')
      out +=
        bar(x + 34, y + 22, (cw - 80) * (0.5 + r() * 0.5), '#1c2533', 11) +
        textBars(x + 34, y + 46, cw - 80, h > 130 ? 2 : 1, r, FAINT, 8, 18)
      out +=
        avatar(x + cw - 44, y + h - 28, 16, pick(r, stageColors)) +
        rect(x + 34, y + h - 38, 70, 20, p.light, 'rx="10"')
      y += h + 14
    }
  }
  return out
}

/** A project plan: phases as Gantt bars with milestones and a today line. */
export function projectPlan(b: Box, p: Palette, r: Rand): string {
  let out = card(b)
  const lane = { x: b.x + 260, w: b.w - 290 }
  const weeks = 12
  for (let c = 0; c <= weeks; c++)
    out +=
      rect(lane.x + (c * lane.w) / weeks, b.y + 60, 1.5, b.h - 80, '#eef1f5') +
      (c < weeks
        ? bar(lane.x + (c * lane.w) / weeks + 10, b.y + 30, lane.w / weeks - 20, FAINT, 8)
        : '')
  const rows = 9
  const rh = (b.h - 90) / rows
  let start = 0
  const colors = [p.primary, p.accent, p.warm]
  for (let i = 0; i < rows; i++) {
    const y = b.y + 80 + i * rh
    const group = i % 3 === 0
    const len = group ? 0.3 : 0.08 + r() * 0.15
    out += bar(
      b.x + (group ? 30 : 54),
      y + rh / 2 - 6,
      group ? 170 : 120 + r() * 50,
      group ? '#1c2533' : LABEL,
      group ? 12 : 10,
    )
    const x = lane.x + start * lane.w
    out += rect(
      x,
      y + rh * 0.25,
      len * lane.w,
      rh * 0.5,
      colors[Math.floor(i / 3) % 3],
      `rx="${n(rh * 0.25)}" fill-opacity="${group ? 1 : 0.6}"`,
    )
    if (i % 3 === 2)
      out += path(
        `M${n(x + len * lane.w + 20)} ${n(y + rh / 2 - 14)}l14 14l-14 14l-14 -14Z`,
        p.dark,
      )
    start = Math.min(0.85, start + (group ? 0 : len * (0.6 + r() * 0.5)))
  }
  const today = lane.x + lane.w * (0.35 + r() * 0.2)
  return (
    out +
    rect(today, b.y + 56, 3, b.h - 76, '#d64545') +
    circle(today + 1.5, b.y + 56, 8, '#d64545')
  )
}

/** A design tool: layers, a canvas with phone artboards and wireframes, swatches and a cursor. */
export function designCanvas(b: Box, p: Palette, r: Rand): string {
  let out = rect(b.x, b.y, b.w, b.h, '#e5e7eb', 'rx="12"')
  for (let gx = 0; gx < 30; gx++)
    for (let gy = 0; gy < 20; gy++)
      if ((gx + gy) % 2 === 0) out += circle(b.x + 20 + gx * 36, b.y + 20 + gy * 36, 1.5, '#c9ccd2')
  const boards = 3
  const bw = 220
  const bh = 440
  for (let i = 0; i < boards; i++) {
    const x = b.x + 60 + i * (bw + 60)
    const y = b.y + 90 + (i === 1 ? -30 : 0)
    out += bar(x, y - 24, 90, '#9aa3af', 9) + rect(x, y, bw, bh, '#ffffff', 'rx="18"')
    out += rect(x + 16, y + 16, bw - 32, 110, [p.primary, p.accent, p.warm][i], 'rx="10"')
    out += textBars(x + 20, y + 146, bw - 40, 3, r, LABEL, 9, 20)
    for (let k = 0; k < 2; k++)
      out +=
        rect(x + 16 + k * ((bw - 40) / 2 + 8), y + 220, (bw - 40) / 2, 100, '#f1f3f6', 'rx="10"') +
        circle(x + 16 + k * ((bw - 40) / 2 + 8) + 30, y + 252, 14, p.accentSoft)
    out += rect(x + 16, y + bh - 70, bw - 32, 46, p.primary, 'rx="23"')
    if (i === 1)
      out +=
        rect(x - 4, y - 4, bw + 8, bh + 8, 'none', `stroke="${p.accent}" stroke-width="3"`) +
        [
          [-4, -4],
          [bw + 4, -4],
          [-4, bh + 4],
          [bw + 4, bh + 4],
        ]
          .map(([dx, dy]) =>
            rect(
              x + dx - 6,
              y + dy - 6,
              12,
              12,
              '#ffffff',
              `stroke="${p.accent}" stroke-width="3"`,
            ),
          )
          .join('')
  }
  // Connection arrows between artboards (prototype flow) and the cursor.
  out += path(
    `M${n(b.x + 60 + bw)} ${n(b.y + 300)}C${n(b.x + 90 + bw)} ${n(b.y + 300)} ${n(b.x + 90 + bw)} ${n(b.y + 250)} ${n(b.x + 120 + bw)} ${n(b.y + 250)}`,
    'none',
    `stroke="${p.accent}" stroke-width="4"`,
  )
  const cx = b.x + 60 + bw * 1.8 + 60
  const cy = b.y + 400
  out += path(
    `M${n(cx)} ${n(cy)}l0 44l12 -12l10 22l8 -4l-10 -21l17 0Z`,
    '#1c2533',
    'stroke="#ffffff" stroke-width="3"',
  )
  // Inspector panel with swatches and sliders.
  const ins = { x: b.x + b.w - 230, y: b.y + 20, w: 210, h: b.h - 40 }
  out += rect(ins.x, ins.y, ins.w, ins.h, '#ffffff', 'rx="12"')
  ;[p.primary, p.accent, p.warm, p.dark, p.light, '#1c2533'].forEach(
    (c, k) =>
      (out += rect(
        ins.x + 20 + (k % 3) * 60,
        ins.y + 60 + Math.floor(k / 3) * 60,
        48,
        48,
        c,
        `rx="10" stroke="${FAINT}" stroke-width="2"`,
      )),
  )
  for (let k = 0; k < 5; k++) {
    const y = ins.y + 220 + k * 60
    const v = r()
    out +=
      bar(ins.x + 20, y, 70, LABEL, 9) +
      rect(ins.x + 20, y + 24, ins.w - 40, 6, FAINT, 'rx="3"') +
      circle(
        ins.x + 20 + v * (ins.w - 40),
        y + 27,
        10,
        '#ffffff',
        `stroke="${p.primary}" stroke-width="3"`,
      )
  }
  return out + bar(ins.x + 20, ins.y + 26, 90, '#1c2533', 11)
}

/** Three phones with different app screens (mobile development). */
export function phoneApps(b: Box, p: Palette, r: Rand): string {
  let out = ''
  const w = 280
  const h = 560
  for (let i = 0; i < 3; i++) {
    const x = b.x + 90 + i * (w + 60)
    const y = b.y + (i === 1 ? 30 : 110)
    out += phone({ x, y, w, h }, i === 1 ? '#ffffff' : '#f7f8fa')
    const sx = x + 26
    const sw = w - 52
    if (i === 0) {
      out +=
        rect(sx, y + 60, sw, 180, p.accentSoft, 'rx="14"') +
        circle(sx + sw / 2, y + 150, 50, p.accent)
      out +=
        textBars(sx, y + 270, sw, 3, r, LABEL) + rect(sx, y + h - 120, sw, 52, p.primary, 'rx="26"')
    } else if (i === 1) {
      out += bar(sx, y + 64, 120, '#1c2533', 16)
      for (let k = 0; k < 4; k++)
        out +=
          rect(sx, y + 100 + k * 100, sw, 86, '#f1f3f6', 'rx="14"') +
          rect(
            sx + 12,
            y + 112 + k * 100,
            62,
            62,
            pick(r, [p.primary, p.accent, p.warm]),
            'rx="10"',
          ) +
          textBars(sx + 88, y + 124 + k * 100, sw - 110, 2, r, LABEL, 9, 20)
    } else {
      out +=
        rect(sx, y + 60, sw, 250, '#dde8d9', 'rx="14"') +
        polyline(
          plot(wave(r, 6, 0.5, 0.3), { x: sx + 20, y: y + 80, w: sw - 40, h: 200 }),
          p.primary,
          6,
        ) +
        circle(sx + sw - 40, y + 120, 12, p.warm)
      out +=
        textBars(sx, y + 340, sw, 2, r, LABEL) +
        rect(
          sx,
          y + h - 120,
          sw / 2 - 6,
          52,
          '#ffffff',
          `rx="26" stroke="${FAINT}" stroke-width="2"`,
        ) +
        rect(sx + sw / 2 + 6, y + h - 120, sw / 2 - 6, 52, p.primary, 'rx="26"')
    }
    out += rect(x + w / 2 - 50, y + h - 36, 100, 6, '#1c2533', 'rx="3" fill-opacity="0.4"')
  }
  return out
}

/** A translation editor: source and target segments side by side, with match scores. */
export function translationEditor(b: Box, p: Palette, r: Rand): string {
  const ed = { x: b.x, y: b.y, w: b.w * 0.72, h: b.h }
  let out = card(ed)
  // Two language marks (abstract flags), then rows of segments.
  const flag = (x: number, colors: string[]) =>
    colors.map((c, k) => rect(x, ed.y + 26 + k * 10, 46, 10, c)).join('')
  out +=
    flag(ed.x + 30, ['#ffffff', '#00966e', '#d62612']) +
    rect(ed.x + 30, ed.y + 26, 46, 30, 'none', `stroke="${FAINT}" stroke-width="2"`)
  out += path(
    `M${n(ed.x + ed.w / 2 - 20)} ${n(ed.y + 41)}h30l-10 -10m10 10l-10 10`,
    'none',
    `stroke="${p.primary}" stroke-width="4" stroke-linecap="round"`,
  )
  out += flag(ed.x + ed.w / 2 + 30, ['#1c1c1c', '#dd0000', '#ffce00'])
  const rows = 7
  const rh = (ed.h - 100) / rows
  for (let i = 0; i < rows; i++) {
    const y = ed.y + 80 + i * rh
    const active = i === 3
    if (active) out += rect(ed.x + 10, y, ed.w - 20, rh - 8, p.light, 'rx="10"')
    const lines = 1 + Math.floor(r() * 2)
    out += bar(ed.x + 20, y + 14, 22, FAINT, 9)
    out += textBars(ed.x + 56, y + 14, ed.w / 2 - 90, lines, r, LABEL, 10, 20)
    if (i < 5)
      out += textBars(
        ed.x + ed.w / 2 + 30,
        y + 14,
        ed.w / 2 - 130,
        lines,
        r,
        active ? p.primary : '#aeb7c3',
        10,
        20,
      )
    const score = i < 3 ? '#2fa86b' : i < 5 ? '#e3a21a' : FAINT
    out += rect(ed.x + ed.w - 80, y + 10, 56, 24, score, 'rx="12" fill-opacity="0.85"')
    if (active) out += rect(ed.x + ed.w / 2 + 30 + (ed.w / 2 - 130) * 0.6, y + 8, 3, 24, p.primary)
  }
  const side = { x: b.x + ed.w + 20, y: b.y, w: b.w - ed.w - 20, h: b.h }
  out += card({ ...side, h: 240 }) + bar(side.x + 24, side.y + 26, 100, LABEL, 12)
  const circ = 2 * Math.PI * 60
  const share = 0.55 + r() * 0.3
  const cx = side.x + side.w / 2
  out +=
    circle(cx, side.y + 140, 60, 'none', `stroke="${FAINT}" stroke-width="20"`) +
    circle(
      cx,
      side.y + 140,
      60,
      'none',
      `stroke="${p.accent}" stroke-width="20" stroke-dasharray="${n(share * circ)} ${n(circ)}" transform="rotate(-90 ${n(cx)} ${n(side.y + 140)})"`,
    )
  return out + statusList({ x: side.x, y: side.y + 260, w: side.w, h: side.h - 260 }, p, r, 5)
}

/** Speech to text: a recording's waveform with speaker turns above the transcript. */
export function speech(b: Box, p: Palette, r: Rand): string {
  const top = { x: b.x, y: b.y, w: b.w, h: 300 }
  let out =
    card(top) +
    circle(top.x + 60, top.y + 60, 26, '#d64545') +
    rect(top.x + 52, top.y + 52, 16, 16, '#ffffff', 'rx="3"') +
    bar(top.x + 110, top.y + 52, 160, LABEL, 14)
  const count = 110
  const mid = top.y + 190
  const speakers = [p.primary, p.accent]
  let turn = 0
  for (let i = 0; i < count; i++) {
    if (i % 22 === 0) turn = 1 - turn
    const amp = (0.2 + r() * 0.8) * (0.5 + 0.5 * Math.sin(i / 4)) * 80 + 6
    const x = top.x + 40 + i * ((top.w - 80) / count)
    out += rect(
      x,
      mid - amp,
      5,
      amp * 2,
      speakers[turn],
      `rx="2.5" fill-opacity="${i < 64 ? 1 : 0.35}"`,
    )
  }
  out += rect(top.x + 40 + 64 * ((top.w - 80) / count), top.y + 90, 3, 200, '#1c2533')
  const tr = { x: b.x, y: b.y + 320, w: b.w, h: b.h - 320 }
  out += card(tr)
  for (let i = 0; i < 5; i++) {
    const y = tr.y + 30 + i * ((tr.h - 40) / 5)
    const who = i % 2
    out +=
      avatar(tr.x + 50, y + 20, 20, speakers[who]) +
      bar(tr.x + 86, y + 6, 60, FAINT, 8) +
      textBars(tr.x + 86, y + 26, tr.w - 150, 2, r, i === 2 ? '#1c2533' : LABEL, 10, 20)
  }
  return out
}

/** A cluster view: nodes as server cards filled with running workloads, plus a usage chart. */
export function clusterNodes(b: Box, p: Palette, r: Rand): string {
  let out = ''
  const cols = 3
  const rows = 2
  const nw = (b.w - 40) / cols
  const nh = (b.h * 0.62 - 20) / rows
  for (let i = 0; i < cols * rows; i++) {
    const x = b.x + (i % cols) * (nw + 20)
    const y = b.y + Math.floor(i / cols) * (nh + 20)
    out +=
      card({ x, y, w: nw, h: nh }) +
      rect(x + 20, y + 22, 30, 30, p.dark, 'rx="6"') +
      rect(x + 26, y + 30, 18, 4, '#3ddc84') +
      rect(x + 26, y + 40, 18, 4, p.accent) +
      bar(x + 64, y + 30, 90 + r() * 40, LABEL) +
      circle(x + nw - 30, y + 37, 8, i === 4 ? '#e3a21a' : '#2fa86b')
    const pods = 6 + Math.floor(r() * 8)
    for (let k = 0; k < pods; k++) {
      const px = x + 20 + (k % 7) * ((nw - 40) / 7)
      const py = y + 76 + Math.floor(k / 7) * 52
      out += rect(
        px,
        py,
        (nw - 40) / 7 - 8,
        42,
        pick(r, [p.primary, p.accent, p.warm, p.primary]),
        'rx="8" fill-opacity="0.85"',
      )
    }
    out +=
      rect(x + 20, y + nh - 28, nw - 40, 8, FAINT, 'rx="4"') +
      rect(x + 20, y + nh - 28, (nw - 40) * (0.3 + r() * 0.6), 8, p.primary, 'rx="4"')
  }
  const c = { x: b.x, y: b.y + b.h * 0.62 + 20, w: b.w, h: b.h * 0.38 - 20 }
  const area = { x: c.x + 30, y: c.y + 60, w: c.w - 60, h: c.h - 80 }
  const a = plot(wave(r, 30, 0.5, 0.2), area)
  const bsl = plot(wave(r, 30, 0.3, 0.1), area)
  return (
    out +
    card(c) +
    bar(c.x + 30, c.y + 26, 150, LABEL, 12) +
    polyline(a, p.primary, 4) +
    polyline(bsl, p.warm, 4) +
    rect(area.x, area.y + area.h * 0.1, area.w, 2, '#d64545', 'fill-opacity="0.5"')
  )
}

/** An object store: bucket list on the left, a grid of file thumbnails on the right. */
export function storageBrowser(b: Box, p: Palette, r: Rand): string {
  const list = { x: b.x, y: b.y, w: 280, h: b.h }
  let out = card(list) + bar(list.x + 24, list.y + 28, 110, LABEL, 12)
  for (let i = 0; i < 8; i++) {
    const y = list.y + 76 + i * 60
    const on = i === 2
    if (on) out += rect(list.x + 10, y - 16, list.w - 20, 50, p.light, 'rx="10"')
    out +=
      path(`M${n(list.x + 30)} ${n(y - 6)}h28l-4 30h-20Z`, on ? p.primary : '#aeb7c3') +
      rect(list.x + 28, y - 10, 32, 6, on ? p.dark : '#8792a2', 'rx="3"') +
      bar(list.x + 76, y + 2, 100 + r() * 60, on ? '#1c2533' : LABEL)
  }
  out +=
    rect(list.x + 24, list.y + list.h - 70, list.w - 48, 10, FAINT, 'rx="5"') +
    rect(list.x + 24, list.y + list.h - 70, (list.w - 48) * 0.64, 10, p.accent, 'rx="5"')
  const grid = { x: b.x + 300, y: b.y, w: b.w - 300, h: b.h }
  out +=
    card(grid) +
    bar(grid.x + 30, grid.y + 28, 200, '#1c2533', 14) +
    rect(grid.x + grid.w - 180, grid.y + 18, 150, 40, p.primary, 'rx="10"')
  const cols = 5
  const cw = (grid.w - 60 - (cols - 1) * 20) / cols
  for (let i = 0; i < 10; i++) {
    const x = grid.x + 30 + (i % cols) * (cw + 20)
    const y = grid.y + 90 + Math.floor(i / cols) * (cw + 90)
    const kind = Math.floor(r() * 4)
    out += rect(x, y, cw, cw, '#f1f3f6', 'rx="12"')
    if (kind === 0)
      out += polygon3(x, y, cw, p) // a picture
    else if (kind === 1)
      out +=
        path(
          `M${n(x + cw * 0.3)} ${n(y + cw * 0.2)}h${n(cw * 0.3)}l${n(cw * 0.12)} ${n(cw * 0.12)}v${n(cw * 0.48)}h${n(-cw * 0.42)}Z`,
          '#ffffff',
          `stroke="${p.primary}" stroke-width="4"`,
        ) + textBars(x + cw * 0.36, y + cw * 0.42, cw * 0.28, 3, r, p.primary, 5, 12)
    else if (kind === 2)
      out +=
        circle(x + cw / 2, y + cw / 2, cw * 0.24, p.warm) +
        path(
          `M${n(x + cw * 0.45)} ${n(y + cw * 0.38)}l${n(cw * 0.16)} ${n(cw * 0.12)}l${n(-cw * 0.16)} ${n(cw * 0.12)}Z`,
          '#ffffff',
        )
    else
      out +=
        rect(x + cw * 0.3, y + cw * 0.22, cw * 0.4, cw * 0.56, p.dark, 'rx="6"') +
        textBars(x + cw * 0.36, y + cw * 0.32, cw * 0.28, 4, r, '#ffffff', 5, 12)
    out +=
      bar(x, y + cw + 16, cw * (0.5 + r() * 0.4), LABEL, 10) +
      bar(x, y + cw + 36, cw * 0.4, FAINT, 8)
  }
  return out
}

function polygon3(x: number, y: number, s: number, p: Palette): string {
  return (
    rect(x, y, s, s, p.accentSoft, 'rx="12"') +
    path(
      `M${n(x)} ${n(y + s * 0.8)}L${n(x + s * 0.35)} ${n(y + s * 0.45)}L${n(x + s * 0.6)} ${n(y + s * 0.7)}L${n(x + s * 0.75)} ${n(y + s * 0.55)}L${n(x + s)} ${n(y + s * 0.8)}V${n(y + s - 12)}Q${n(x + s)} ${n(y + s)} ${n(x + s - 12)} ${n(y + s)}H${n(x + 12)}Q${n(x)} ${n(y + s)} ${n(x)} ${n(y + s - 12)}Z`,
      p.primary,
    ) +
    circle(x + s * 0.72, y + s * 0.28, s * 0.1, p.warm)
  )
}

/** Security operations: a dark world of dotted continents with attack arcs and an alert queue. */
export function securityOps(b: Box, p: Palette, r: Rand): string {
  let out = rect(b.x, b.y, b.w, b.h, '#0f1722', 'rx="14"')
  const map = { x: b.x + 20, y: b.y + 20, w: b.w * 0.64, h: b.h * 0.62 }
  // Continents as clusters of dots inside rough ellipses.
  const lands: Array<[number, number, number, number]> = [
    [0.22, 0.35, 0.14, 0.2],
    [0.3, 0.72, 0.07, 0.18],
    [0.52, 0.3, 0.08, 0.12],
    [0.55, 0.62, 0.08, 0.2],
    [0.72, 0.35, 0.18, 0.2],
    [0.85, 0.78, 0.06, 0.08],
  ]
  for (let gx = 0; gx < 56; gx++) {
    for (let gy = 0; gy < 26; gy++) {
      const u = gx / 56
      const v = gy / 26
      const inside = lands.some(
        ([cx, cy, rx, ry]) => ((u - cx) / rx) ** 2 + ((v - cy) / ry) ** 2 < 1,
      )
      if (inside) out += circle(map.x + u * map.w, map.y + v * map.h, 3.2, '#2b3a4f')
    }
  }
  const home: [number, number] = [map.x + 0.54 * map.w, map.y + 0.33 * map.h]
  for (let i = 0; i < 6; i++) {
    const [cx, cy] = pick(r, lands)
    const from: [number, number] = [
      map.x + cx * map.w + (r() - 0.5) * 40,
      map.y + cy * map.h + (r() - 0.5) * 40,
    ]
    const bad = i % 3 === 0
    const color = bad ? '#ff5a4f' : '#e3a21a'
    out +=
      path(
        `M${n(from[0])} ${n(from[1])}Q${n((from[0] + home[0]) / 2)} ${n(Math.min(from[1], home[1]) - 80)} ${n(home[0])} ${n(home[1])}`,
        'none',
        `stroke="${color}" stroke-width="3" stroke-opacity="0.8"`,
      ) + circle(from[0], from[1], 6, color)
  }
  out +=
    circle(home[0], home[1], 26, p.accent, 'fill-opacity="0.25"') +
    shield(home[0], home[1], 16, p.accent)
  // Severity counters under the map, alert queue on the right.
  const sev = ['#ff5a4f', '#e3a21a', '#58a6ff', '#2ea043']
  const cw = (map.w - 60) / 4
  sev.forEach((c, i) => {
    const x = map.x + i * (cw + 20)
    const y = map.y + map.h + 20
    out +=
      rect(x, y, cw, b.h - map.h - 60, '#16202e', 'rx="12"') +
      rect(x + 20, y + 22, 40, 8, c, 'rx="4"') +
      rect(x + 20, y + 48, 70 + r() * 40, 34, '#e6edf3', 'rx="6" fill-opacity="0.85"')
    out += polyline(
      plot(wave(r, 10, 0.5, 0.3), { x: x + 20, y: y + 100, w: cw - 40, h: b.h - map.h - 190 }),
      c,
      3,
    )
  })
  const q = { x: b.x + map.w + 40, y: b.y + 20, w: b.w - map.w - 60, h: b.h - 40 }
  out +=
    rect(q.x, q.y, q.w, q.h, '#16202e', 'rx="12"') + bar(q.x + 24, q.y + 26, 110, '#3b4a5f', 12)
  for (let i = 0; i < 9; i++) {
    const y = q.y + 70 + i * ((q.h - 90) / 9)
    out +=
      rect(q.x + 20, y, 6, 44, pick(r, sev), 'rx="3"') +
      bar(q.x + 40, y + 6, 100 + r() * (q.w - 180), '#8b949e', 10) +
      bar(q.x + 40, y + 26, 60 + r() * 60, '#3b4a5f', 8) +
      bar(q.x + q.w - 70, y + 6, 46, '#3b4a5f', 10)
  }
  return out
}

/** A meter map: houses on a street grid, each with a meter state, and a consumption chart. */
export function meterGrid(b: Box, p: Palette, r: Rand): string {
  const map = { x: b.x, y: b.y, w: b.w * 0.62, h: b.h }
  let out = rect(map.x, map.y, map.w, map.h, '#eef0ea', 'rx="14"')
  for (let i = 1; i < 4; i++)
    out +=
      rect(map.x, map.y + (i * map.h) / 4 - 10, map.w, 20, '#ffffff') +
      rect(map.x + (i * map.w) / 4 - 10, map.y, 20, map.h, '#ffffff')
  for (let bx = 0; bx < 4; bx++) {
    for (let by = 0; by < 4; by++) {
      for (let k = 0; k < 4; k++) {
        const x = map.x + (bx * map.w) / 4 + 24 + (k % 2) * ((map.w / 4 - 48) / 2 + 4)
        const y = map.y + (by * map.h) / 4 + 24 + Math.floor(k / 2) * ((map.h / 4 - 48) / 2 + 4)
        const s = (map.w / 4 - 56) / 2
        out += path(
          `M${n(x)} ${n(y + s * 0.4)}L${n(x + s / 2)} ${n(y)}L${n(x + s)} ${n(y + s * 0.4)}V${n(y + s * 0.9)}H${n(x)}Z`,
          '#d8dce3',
        )
        out += circle(
          x + s / 2,
          y + s * 0.55,
          7,
          pick(r, ['#2fa86b', '#2fa86b', '#2fa86b', '#e3a21a', '#d64545']),
        )
      }
    }
  }
  out +=
    line(map.x + 30, map.y + 30, map.x + map.w * 0.5, map.y + map.h * 0.5, p.primary, 5) +
    circle(map.x + 30, map.y + 30, 16, p.primary) +
    path(`M${n(map.x + 32)} ${n(map.y + 18)}l-8 14h8l-4 12l10 -16h-8l4 -10Z`, '#ffffff')
  const side = { x: b.x + map.w + 20, y: b.y, w: b.w - map.w - 20, h: b.h }
  const bars = wave(r, 24, 0.5, 0.3)
  let chart = card({ ...side, h: 340 }) + bar(side.x + 24, side.y + 26, 110, LABEL, 12)
  bars.forEach(
    (v, k) =>
      (chart += rect(
        side.x + 24 + k * ((side.w - 48) / 24),
        side.y + 310 - v * 230,
        (side.w - 48) / 24 - 4,
        v * 230,
        k > 17 ? p.accent : p.primary,
        'rx="2"',
      )),
  )
  return (
    out + chart + statusList({ x: side.x, y: side.y + 360, w: side.w, h: side.h - 360 }, p, r, 5)
  )
}
