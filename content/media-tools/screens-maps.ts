// Product screens built around a picture of the real world: road and sea maps (logistics, vessel
// tracking), farm fields (agritech), an energy chart, a machine-vision camera view, a robot cell
// layout and an electronics board. Each draws into the content box of the app window.
import type { Palette } from './palette.ts'
import {
  checkDisc,
  ellipse,
  line,
  path,
  pick,
  pin,
  plot,
  polygon,
  polyline,
  wave,
} from './scene-kit.ts'
import { circle, n, rect } from './svg.ts'
import { bar, card } from './widgets.ts'
import type { Box, Rand } from './widgets.ts'

/** A list of rows with a coloured status dot, standing in for shipments, alerts or jobs. */
export function statusList(b: Box, p: Palette, r: Rand, rows: number): string {
  let out = card(b) + bar(b.x + 24, b.y + 26, 120, '#c3cbd6', 12)
  const rowH = (b.h - 64) / rows
  const states = ['#2fa86b', '#2fa86b', '#e3a21a', p.accent, '#d64545']
  for (let i = 0; i < rows; i++) {
    const y = b.y + 60 + i * rowH
    out +=
      rect(b.x + 16, y + rowH - 2, b.w - 32, 1.5, '#eef1f5') +
      circle(b.x + 34, y + rowH / 2, 7, pick(r, states)) +
      bar(b.x + 54, y + rowH / 2 - 12, 70 + r() * (b.w - 170), '#c3cbd6') +
      bar(b.x + 54, y + rowH / 2 + 5, 40 + r() * 70, '#e3e8ef', 8)
  }
  return out
}

function blob(cx: number, cy: number, rad: number, r: Rand, points = 9): Array<[number, number]> {
  return Array.from({ length: points }, (_, i) => {
    const a = (i / points) * Math.PI * 2
    const k = 0.7 + r() * 0.5
    return [cx + Math.cos(a) * rad * k * 1.3, cy + Math.sin(a) * rad * k] as [number, number]
  })
}

/** Road map with a highlighted delivery route and stops (transport management). */
export function routeMap(b: Box, p: Palette, r: Rand): string {
  const map = { x: b.x, y: b.y, w: b.w * 0.68, h: b.h }
  let out = `<clipPath id="map"><rect x="${n(map.x)}" y="${n(map.y)}" width="${n(map.w)}" height="${n(map.h)}" rx="14"/></clipPath>`
  out += `<g clip-path="url(#map)">` + rect(map.x, map.y, map.w, map.h, '#eef0ea')
  for (let i = 0; i < 6; i++)
    out += polygon(
      blob(map.x + r() * map.w, map.y + r() * map.h, 50 + r() * 70, r),
      '#d7e8cf',
      'fill-opacity="0.9"',
    )
  // A river winding across, then a grid of minor and a few major roads.
  const river = plot(wave(r, 12, 0.5, 0.25), { x: map.x - 20, y: map.y, w: map.w + 40, h: map.h })
  out += polyline(river, '#a9cfe8', 26)
  for (let i = 0; i < 9; i++) {
    const x = map.x + r() * map.w
    out += line(x, map.y, x + (r() - 0.5) * 200, map.y + map.h, '#ffffff', 6)
    const y = map.y + r() * map.h
    out += line(map.x, y, map.x + map.w, y + (r() - 0.5) * 160, '#ffffff', 6)
  }
  for (let i = 0; i < 3; i++) {
    const y = map.y + (0.2 + i * 0.3) * map.h
    out += line(map.x, y, map.x + map.w, y + (r() - 0.5) * 240, '#f6d58a', 12)
  }
  const stops: Array<[number, number]> = Array.from({ length: 6 }, (_, i) => [
    map.x + 80 + (i / 5) * (map.w - 160),
    map.y + 90 + r() * (map.h - 180),
  ])
  out += polyline(stops, p.dark, 14, 'stroke-opacity="0.25"') + polyline(stops, p.primary, 8)
  out += stops
    .map(([x, y], i) =>
      i === 0 || i === 5
        ? pin(x, y, 20, i ? p.warm : p.accent)
        : circle(x, y, 11, '#ffffff', `stroke="${p.primary}" stroke-width="5"`),
    )
    .join('')
  // A truck marker halfway along the route.
  const [tx, ty] = stops[2]
  out +=
    circle(tx + 40, ty - 40, 30, p.dark) +
    rect(tx + 22, ty - 50, 24, 18, '#ffffff', 'rx="3"') +
    rect(tx + 47, ty - 44, 12, 12, '#ffffff', 'rx="2"') +
    circle(tx + 30, ty - 28, 4, '#ffffff') +
    circle(tx + 52, ty - 28, 4, '#ffffff')
  out += '</g>'
  return out + statusList({ x: b.x + map.w + 20, y: b.y, w: b.w - map.w - 20, h: b.h }, p, r, 7)
}

/** Sea chart with a coastline, shipping lanes and vessels; `port` zooms into quays and berths. */
export function seaMap(b: Box, p: Palette, r: Rand, port: boolean): string {
  const map = { x: b.x, y: b.y, w: port ? b.w : b.w * 0.7, h: port ? b.h * 0.7 : b.h }
  let out = `<clipPath id="sea"><rect x="${n(map.x)}" y="${n(map.y)}" width="${n(map.w)}" height="${n(map.h)}" rx="14"/></clipPath>`
  out += `<g clip-path="url(#sea)">` + rect(map.x, map.y, map.w, map.h, '#cfe6f3')
  // Depth contours, then land on the left.
  for (let i = 1; i < 5; i++) {
    const coast = plot(wave(r, 10, 0.2 + i * 0.12, 0.06), {
      x: map.y,
      y: map.x,
      w: map.h,
      h: map.w,
    })
    out += polyline(
      coast.map(([y, x]) => [map.x + map.w - (x - map.x), y - map.y + map.y] as [number, number]),
      '#b8d9ec',
      3,
    )
  }
  const shore = plot(wave(r, 10, port ? 0.35 : 0.3, 0.08), { x: map.y, y: 0, w: map.h, h: map.w })
  const land = [
    [map.x, map.y] as [number, number],
    ...shore.map(([y, x]) => [map.x + (map.w - x), y] as [number, number]),
    [map.x, map.y + map.h] as [number, number],
  ]
  out += polygon(land, '#efeadf') + polyline(land.slice(1, -1), '#d8cfbd', 4)
  if (port) {
    // Quays reaching into the water with container stacks and ships at berth.
    for (let q = 0; q < 3; q++) {
      const y = map.y + 70 + q * (map.h / 3.2)
      const x0 = map.x + map.w * 0.32
      out += rect(x0, y, map.w * 0.42, 40, '#c9c3b6')
      for (let c = 0; c < 9; c++)
        out += rect(
          x0 + 14 + c * 34,
          y + 8,
          28,
          24,
          pick(r, [p.primary, p.accent, p.warm, '#8893a3']),
          'rx="2"',
        )
      out += ship(x0 + map.w * 0.44 + 90, y + 60, 1.3, p, r)
    }
  }
  // Shipping lanes and vessels with their wakes.
  for (let i = 0; i < (port ? 2 : 4); i++) {
    const lane = plot(wave(r, 8, 0.2 + i * 0.2, 0.08), {
      x: map.x + map.w * 0.35,
      y: map.y,
      w: map.w * 0.65,
      h: map.h,
    })
    out += polyline(lane, p.primary, 3, 'stroke-dasharray="12 10" stroke-opacity="0.6"')
    const [sx, sy] = lane[2 + Math.floor(r() * 4)]
    out += ship(sx, sy, 1, p, r)
  }
  out += pin(map.x + map.w * 0.3, map.y + map.h * 0.55, 20, p.warm) + '</g>'
  if (port) {
    const y = b.y + map.h + 20
    const h = b.h - map.h - 20
    const w = (b.w - 40) / 3
    return (
      out +
      [0, 1, 2]
        .map((i) => {
          const c = { x: b.x + i * (w + 20), y, w, h }
          const fill = [p.primary, p.accent, p.warm][i]
          return (
            card(c) +
            bar(c.x + 24, c.y + 26, 100, '#c3cbd6', 12) +
            rect(c.x + 24, c.y + 60, (c.w - 48) * (0.4 + r() * 0.55), 18, fill, 'rx="9"') +
            rect(
              c.x + 24,
              c.y + 60,
              c.w - 48,
              18,
              'none',
              'rx="9" stroke="#e3e8ef" stroke-width="2"',
            )
          )
        })
        .join('')
    )
  }
  return out + statusList({ x: b.x + map.w + 20, y: b.y, w: b.w - map.w - 20, h: b.h }, p, r, 7)
}

function ship(x: number, y: number, s: number, p: Palette, r: Rand): string {
  const a = (r() - 0.5) * 50
  return (
    `<g transform="rotate(${n(a)} ${n(x)} ${n(y)})">` +
    path(
      `M${n(x - 70 * s)} ${n(y)}l${n(-60 * s)} ${n(-8 * s)}l0 ${n(16 * s)}Z`,
      '#ffffff',
      'fill-opacity="0.7"',
    ) +
    path(
      `M${n(x - 34 * s)} ${n(y - 11 * s)}h${n(52 * s)}l${n(18 * s)} ${n(11 * s)}l${n(-18 * s)} ${n(11 * s)}h${n(-52 * s)}Z`,
      p.dark,
    ) +
    rect(x - 26 * s, y - 6 * s, 20 * s, 12 * s, p.warm, 'rx="2"') +
    rect(x - 2 * s, y - 6 * s, 14 * s, 12 * s, '#ffffff', 'rx="2"') +
    '</g>'
  )
}

/** Farm parcels seen from above with a vegetation-index overlay, machine tracks and sensors. */
export function fieldMap(b: Box, p: Palette, r: Rand, zones: boolean): string {
  const map = { x: b.x, y: b.y, w: b.w * 0.7, h: b.h }
  const greens = ['#5f8f3a', '#7aa84a', '#9cbc5a', '#c9c46a', '#d9a94f', '#4f7d33']
  let out = `<clipPath id="farm"><rect x="${n(map.x)}" y="${n(map.y)}" width="${n(map.w)}" height="${n(map.h)}" rx="14"/></clipPath>`
  out += `<g clip-path="url(#farm)">` + rect(map.x, map.y, map.w, map.h, '#6d7f4b')
  // Parcels: a skewed grid of quadrilaterals, each striped by the tractor's passes.
  const cols = 4
  const rows = 3
  const jitter = () => (r() - 0.5) * 40
  const grid: Array<Array<[number, number]>> = []
  for (let j = 0; j <= rows; j++) {
    grid.push([])
    for (let i = 0; i <= cols; i++) {
      const edge = i === 0 || j === 0 || i === cols || j === rows
      grid[j].push([
        map.x - 20 + (i / cols) * (map.w + 40) + (edge ? 0 : jitter()),
        map.y - 20 + (j / rows) * (map.h + 40) + (edge ? 0 : jitter()),
      ])
    }
  }
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const quad = [grid[j][i], grid[j][i + 1], grid[j + 1][i + 1], grid[j + 1][i]]
      out += polygon(quad, pick(r, greens), 'stroke="#4b5a33" stroke-width="6"')
      const [x0, y0] = quad[0]
      const [x1] = quad[1]
      const [, y3] = quad[3]
      for (let s = 1; s < 8; s++) {
        const x = x0 + ((x1 - x0) * s) / 8
        out += line(x, y0 + 8, x + (r() - 0.5) * 10, y3 - 8, '#4b5a33', 3)
      }
    }
  }
  if (zones) {
    // A prescription map: a grid of rate cells over the parcels and the sprayer's passes.
    const ramp = ['#4f7d33', '#9cbc5a', '#f2c14e', '#e0663e']
    const fx = r() * 6
    const fy = r() * 6
    for (let gx = 0; gx < map.w; gx += 44)
      for (let gy = 0; gy < map.h; gy += 44) {
        const v = (Math.sin(gx / 120 + fx) + Math.cos(gy / 90 + fy) + 2) / 4
        out += rect(
          map.x + gx,
          map.y + gy,
          43,
          43,
          ramp[Math.min(3, Math.floor(v * 4))],
          'fill-opacity="0.5"',
        )
      }
    const passes: Array<[number, number]> = []
    for (let k = 0; k < 7; k++) {
      const x = map.x + 60 + k * ((map.w - 120) / 6)
      passes.push(
        k % 2 ? [x, map.y + map.h - 40] : [x, map.y + 40],
        k % 2 ? [x, map.y + 40] : [x, map.y + map.h - 40],
      )
    }
    out += polyline(passes.slice(0, 9), '#ffffff', 5, 'stroke-dasharray="14 10"')
    const [tx, ty] = passes[8]
    out +=
      rect(tx - 24, ty - 18, 48, 36, p.warm, 'rx="6"') +
      rect(tx - 60, ty - 6, 36, 12, '#3a404a') +
      circle(tx + 10, ty, 10, '#3a404a')
  } else {
    // Zones where the crop is weaker, as soft red-to-yellow patches, and the field's sensors.
    for (let i = 0; i < 4; i++)
      out += polygon(
        blob(map.x + r() * map.w, map.y + r() * map.h, 40 + r() * 50, r),
        pick(r, ['#e0663e', '#f2c14e']),
        'fill-opacity="0.45"',
      )
    for (let i = 0; i < 6; i++)
      out += pin(map.x + 60 + r() * (map.w - 120), map.y + 80 + r() * (map.h - 120), 16, p.primary)
  }
  out += '</g>'
  // Legend: colour ramp and bars; then a soil-moisture chart.
  const side = { x: b.x + map.w + 20, y: b.y, w: b.w - map.w - 20, h: b.h }
  let legend = card({ ...side, h: 230 }) + bar(side.x + 24, side.y + 26, 110, '#c3cbd6', 12)
  ;['#e0663e', '#f2c14e', '#c9c46a', '#7aa84a', '#4f7d33'].forEach((c, i) => {
    legend +=
      rect(side.x + 24, side.y + 62 + i * 32, 26, 22, c, 'rx="4"') +
      bar(side.x + 64, side.y + 68 + i * 32, 60 + r() * 80)
  })
  const chart = { x: side.x, y: side.y + 250, w: side.w, h: side.h - 250 }
  const pts = plot(wave(r, 14, 0.5, 0.25), {
    x: chart.x + 20,
    y: chart.y + 70,
    w: chart.w - 40,
    h: chart.h - 100,
  })
  const bars = pts
    .map(([x, y]) => rect(x - 6, y, 12, chart.y + chart.h - 30 - y, '#7bb6e0', 'rx="4"'))
    .join('')
  return out + legend + card(chart) + bar(chart.x + 24, chart.y + 26, 120, '#c3cbd6', 12) + bars
}

function sun(cx: number, cy: number, s: number, fill: string): string {
  let rays = ''
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2
    rays += line(
      cx + Math.cos(a) * s * 1.4,
      cy + Math.sin(a) * s * 1.4,
      cx + Math.cos(a) * s * 1.9,
      cy + Math.sin(a) * s * 1.9,
      fill,
      s * 0.25,
    )
  }
  return circle(cx, cy, s, fill) + rays
}

function turbine(cx: number, cy: number, s: number, fill: string, angle: number): string {
  let blades = ''
  for (let i = 0; i < 3; i++)
    blades += `<g transform="rotate(${n(angle + i * 120)} ${n(cx)} ${n(cy)})">${path(`M${n(cx)} ${n(cy)}c${n(s * 0.2)} ${n(-s * 0.4)} ${n(s * 0.15)} ${n(-s * 1.2)} 0 ${n(-s * 1.6)}c${n(-s * 0.15)} ${n(s * 0.4)} ${n(-s * 0.2)} ${n(s * 1.2)} 0 ${n(s * 1.6)}Z`, fill)}</g>`
  return (
    path(
      `M${n(cx - s * 0.08)} ${n(cy)}L${n(cx - s * 0.18)} ${n(cy + s * 2.2)}H${n(cx + s * 0.18)}L${n(cx + s * 0.08)} ${n(cy)}Z`,
      fill,
    ) +
    blades +
    circle(cx, cy, s * 0.14, '#ffffff')
  )
}

function battery(x: number, y: number, s: number, fill: string, level: number): string {
  return (
    rect(
      x,
      y,
      s * 1.1,
      s * 2,
      'none',
      `rx="${n(s * 0.15)}" stroke="${fill}" stroke-width="${n(s * 0.14)}"`,
    ) +
    rect(x + s * 0.35, y - s * 0.2, s * 0.4, s * 0.2, fill) +
    rect(
      x + s * 0.18,
      y + s * 0.18 + (1 - level) * s * 1.64,
      s * 0.74,
      level * s * 1.64,
      fill,
      `rx="${n(s * 0.06)}"`,
    )
  )
}

/** Load and generation over a day: stacked solar/wind areas under a demand line, with source tiles. */
export function energyChart(b: Box, p: Palette, r: Rand): string {
  const tileW = (b.w - 40) / 3
  const tiles = [
    (x: number, y: number) => sun(x, y, 26, '#f2a93b'),
    (x: number, y: number) => turbine(x, y - 18, 26, p.primary, r() * 120),
    (x: number, y: number) => battery(x - 16, y - 30, 30, '#2fa86b', 0.4 + r() * 0.5),
  ]
  let out = ''
  tiles.forEach((icon, i) => {
    const t = { x: b.x + i * (tileW + 20), y: b.y, w: tileW, h: 150 }
    out +=
      card(t) +
      icon(t.x + 70, t.y + 78) +
      bar(t.x + 140, t.y + 46, 90, '#c3cbd6', 12) +
      rect(t.x + 140, t.y + 72, 110 + r() * 60, 30, '#1c2533', 'rx="8" fill-opacity="0.85"')
  })
  const c = { x: b.x, y: b.y + 170, w: b.w, h: b.h - 170 }
  const plotBox = { x: c.x + 40, y: c.y + 70, w: c.w - 80, h: c.h - 110 }
  // Solar is a bell around midday, wind a wandering band, demand the classic two-hump day.
  const count = 25
  const solar = Array.from(
    { length: count },
    (_, i) => Math.max(0, Math.sin(((i - 6) / 13) * Math.PI)) * (0.35 + r() * 0.05),
  )
  const wind = wave(r, count, 0.18, 0.08)
  const demand = Array.from(
    { length: count },
    (_, i) =>
      0.35 +
      0.2 * Math.exp(-((i - 9) ** 2) / 8) +
      0.28 * Math.exp(-((i - 19) ** 2) / 6) +
      (r() - 0.5) * 0.03,
  )
  const stackA = plot(wind, plotBox)
  const stackB = plot(
    wind.map((w, i) => w + solar[i]),
    plotBox,
  )
  const base = `${n(plotBox.x + plotBox.w)},${n(plotBox.y + plotBox.h)} ${n(plotBox.x)},${n(plotBox.y + plotBox.h)}`
  const pts = (a: Array<[number, number]>) => a.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')
  let grid = ''
  for (let i = 0; i <= 4; i++)
    grid += rect(plotBox.x, plotBox.y + (i * plotBox.h) / 4, plotBox.w, 1.5, '#e3e8ef')
  for (let i = 0; i <= 6; i++)
    grid += bar(plotBox.x + (i * plotBox.w) / 6 - 14, plotBox.y + plotBox.h + 14, 28, '#e3e8ef', 8)
  return (
    out +
    card(c) +
    bar(c.x + 40, c.y + 30, 180, '#c3cbd6', 12) +
    [p.primary, '#f2a93b', '#1c2533']
      .map(
        (col, i) =>
          rect(c.x + c.w - 320 + i * 100, c.y + 28, 16, 16, col, 'rx="4"') +
          bar(c.x + c.w - 296 + i * 100, c.y + 31, 50),
      )
      .join('') +
    grid +
    `<polygon points="${pts(stackB)} ${pts([...stackA].reverse())}" fill="#f2a93b" fill-opacity="0.55"/>` +
    `<polygon points="${pts(stackA)} ${base}" fill="${p.primary}" fill-opacity="0.5"/>` +
    polyline(plot(demand, plotBox), '#1c2533', 4) +
    rect(plotBox.x + plotBox.w * 0.58, plotBox.y, 2, plotBox.h, p.accent) +
    circle(
      plot(demand, plotBox)[14][0],
      plot(demand, plotBox)[14][1],
      8,
      '#ffffff',
      `stroke="${p.accent}" stroke-width="4"`,
    )
  )
}

/** A robot arm (side view) standing on the floor at (x, y). */
export function robotArm(x: number, y: number, s: number, color: string, r: Rand): string {
  const a1 = -70 - r() * 30
  const a2 = 60 + r() * 50
  const rad = (d: number) => (d * Math.PI) / 180
  const j1: [number, number] = [x, y - s * 0.9]
  const j2: [number, number] = [
    j1[0] + Math.cos(rad(a1)) * s * 1.6,
    j1[1] + Math.sin(rad(a1)) * s * 1.6,
  ]
  const j3: [number, number] = [
    j2[0] + Math.cos(rad(a1 + a2)) * s * 1.3,
    j2[1] + Math.sin(rad(a1 + a2)) * s * 1.3,
  ]
  return (
    rect(x - s * 0.7, y - s * 0.3, s * 1.4, s * 0.3, '#4b5260', `rx="${n(s * 0.06)}"`) +
    rect(x - s * 0.35, y - s * 0.9, s * 0.7, s * 0.62, color, `rx="${n(s * 0.12)}"`) +
    polyline([j1, j2], color, s * 0.34) +
    polyline([j2, j3], color, s * 0.26) +
    circle(j1[0], j1[1], s * 0.26, '#3a404a') +
    circle(j2[0], j2[1], s * 0.21, '#3a404a') +
    circle(j3[0], j3[1], s * 0.16, '#3a404a') +
    polyline(
      [
        [j3[0] - s * 0.2, j3[1] + s * 0.32],
        [j3[0] - s * 0.2, j3[1] + s * 0.12],
        [j3[0] + s * 0.2, j3[1] + s * 0.12],
        [j3[0] + s * 0.2, j3[1] + s * 0.32],
      ],
      '#3a404a',
      s * 0.08,
    )
  )
}

/** A camera view down onto a conveyor with parts boxed as passed (green) or rejected (red). */
export function cameraView(b: Box, p: Palette, r: Rand): string {
  const cam = { x: b.x, y: b.y, w: b.w * 0.7, h: b.h }
  let out = `<clipPath id="cam"><rect x="${n(cam.x)}" y="${n(cam.y)}" width="${n(cam.w)}" height="${n(cam.h)}" rx="14"/></clipPath>`
  out += `<g clip-path="url(#cam)">` + rect(cam.x, cam.y, cam.w, cam.h, '#2b3038')
  // Belt in perspective: a trapezoid with rollers, parts on it.
  const top = cam.y + cam.h * 0.12
  const bottom = cam.y + cam.h
  out += polygon(
    [
      [cam.x + cam.w * 0.3, top],
      [cam.x + cam.w * 0.7, top],
      [cam.x + cam.w * 0.95, bottom],
      [cam.x + cam.w * 0.05, bottom],
    ],
    '#1c2026',
  )
  for (let i = 0; i < 9; i++) {
    const t = i / 8
    const y = top + t * t * (bottom - top)
    const half = cam.w * (0.2 + t * 0.25)
    out += line(cam.x + cam.w / 2 - half, y, cam.x + cam.w / 2 + half, y, '#3b414b', 2 + t * 3)
  }
  const parts = [0.3, 0.55, 0.82]
  parts.forEach((t, i) => {
    const y = top + t * t * (bottom - top)
    const size = 40 + t * 90
    const cx = cam.x + cam.w / 2 + (r() - 0.5) * cam.w * 0.2 * t
    const bad = i === 1
    out +=
      rect(cx - size / 2, y - size * 0.4, size, size * 0.8, '#b9c0c9', `rx="${n(size * 0.12)}"`) +
      circle(cx, y, size * 0.22, '#8a929d') +
      circle(cx, y, size * 0.1, '#2b3038') +
      (bad
        ? path(
            `M${n(cx + size * 0.1)} ${n(y - size * 0.35)}l${n(size * 0.12)} ${n(size * 0.2)}l${n(-size * 0.05)} ${n(size * 0.15)}`,
            'none',
            `stroke="#2b3038" stroke-width="3"`,
          )
        : '') +
      rect(
        cx - size * 0.65,
        y - size * 0.55,
        size * 1.3,
        size * 1.1,
        'none',
        `stroke="${bad ? '#ff5a4f' : '#3ddc84'}" stroke-width="4" rx="4"`,
      ) +
      rect(cx - size * 0.65, y - size * 0.55 - 20, 64, 20, bad ? '#ff5a4f' : '#3ddc84')
  })
  // Robot arm at the side, lighting vignette and a crosshair.
  out += robotArm(cam.x + cam.w * 0.9, cam.y + cam.h * 0.6, 90, p.warm, r)
  out += `<rect x="${n(cam.x)}" y="${n(cam.y)}" width="${n(cam.w)}" height="${n(cam.h)}" fill="url(#vignette)"/>`
  out += line(
    cam.x + cam.w / 2 - 24,
    cam.y + cam.h / 2,
    cam.x + cam.w / 2 + 24,
    cam.y + cam.h / 2,
    '#ffffff',
    2,
  )
  out += line(
    cam.x + cam.w / 2,
    cam.y + cam.h / 2 - 24,
    cam.x + cam.w / 2,
    cam.y + cam.h / 2 + 24,
    '#ffffff',
    2,
  )
  out +=
    circle(cam.x + 34, cam.y + 34, 9, '#ff5a4f') +
    bar(cam.x + 54, cam.y + 29, 90, '#ffffff', 10) +
    '</g>'
  // Pass/fail ring and a list of recent inspections.
  const side = { x: b.x + cam.w + 20, y: b.y, w: b.w - cam.w - 20, h: b.h }
  const cx = side.x + side.w / 2
  const cy = side.y + 130
  const share = 0.9 + r() * 0.08
  const circ = 2 * Math.PI * 70
  return (
    out +
    card({ ...side, h: 250 }) +
    circle(cx, cy, 70, 'none', 'stroke="#fde4e4" stroke-width="24"') +
    circle(
      cx,
      cy,
      70,
      'none',
      `stroke="#2fa86b" stroke-width="24" stroke-dasharray="${n(share * circ)} ${n(circ)}" transform="rotate(-90 ${n(cx)} ${n(cy)})"`,
    ) +
    checkDisc(cx, cy, 30, '#2fa86b') +
    statusList({ x: side.x, y: side.y + 270, w: side.w, h: side.h - 270 }, p, r, 5)
  )
}

/** Top-down layout of a production line: robot cells along a conveyor with their state lights. */
export function cellLayout(b: Box, p: Palette, r: Rand): string {
  const floor = { x: b.x, y: b.y, w: b.w, h: b.h * 0.66 }
  let out = rect(floor.x, floor.y, floor.w, floor.h, '#e9ecf0', 'rx="14"')
  for (let gx = 1; gx < 14; gx++)
    out += rect(floor.x + (gx * floor.w) / 14, floor.y, 1, floor.h, '#dde1e7')
  for (let gy = 1; gy < 8; gy++)
    out += rect(floor.x, floor.y + (gy * floor.h) / 8, floor.w, 1, '#dde1e7')
  const beltY = floor.y + floor.h / 2
  out += rect(floor.x + 30, beltY - 26, floor.w - 60, 52, '#4b5260', 'rx="8"')
  for (let i = 0; i < 30; i++)
    out += rect(floor.x + 40 + i * ((floor.w - 80) / 30), beltY - 22, 3, 44, '#5d6573')
  for (let i = 0; i < 7; i++)
    out += rect(floor.x + 70 + r() * (floor.w - 160), beltY - 14, 34, 28, '#c9ced6', 'rx="4"')
  for (let c = 0; c < 4; c++) {
    const cx = floor.x + 150 + c * ((floor.w - 300) / 3)
    const cy = c % 2 ? beltY + 120 : beltY - 120
    const state = pick(r, ['#2fa86b', '#2fa86b', '#e3a21a'])
    const reach = 60 + r() * 30
    const a = r() * Math.PI * 2
    out +=
      rect(
        cx - 110,
        cy - 80,
        220,
        160,
        'none',
        `rx="10" stroke="${p.primary}" stroke-width="3" stroke-dasharray="10 8"`,
      ) +
      circle(cx, cy, 95, p.primary, 'fill-opacity="0.08"') +
      circle(cx, cy, 30, p.dark) +
      polyline(
        [
          [cx, cy],
          [cx + Math.cos(a) * reach, cy + Math.sin(a) * reach],
          [cx + Math.cos(a + 0.9) * reach * 1.4, cy + Math.sin(a + 0.9) * reach * 1.4],
        ],
        p.warm,
        18,
      ) +
      circle(cx + Math.cos(a) * reach, cy + Math.sin(a) * reach, 10, p.dark) +
      circle(cx + 95, cy - 65, 10, state)
  }
  const w = (b.w - 40) / 3
  const y = floor.y + floor.h + 20
  const h = b.h - floor.h - 20
  let stats = ''
  for (let i = 0; i < 3; i++) {
    const c = { x: b.x + i * (w + 20), y, w, h }
    const vals = wave(r, 20, 0.6, 0.2)
    stats +=
      card(c) +
      bar(c.x + 24, c.y + 26, 110, '#c3cbd6', 12) +
      vals
        .map((v, k) =>
          rect(
            c.x + 24 + k * ((c.w - 48) / 20),
            c.y + c.h - 24 - v * (c.h - 80),
            (c.w - 48) / 20 - 4,
            v * (c.h - 80),
            [p.primary, p.accent, p.warm][i],
            'rx="2"',
          ),
        )
        .join('')
  }
  return out + stats
}

/** An electronics board seen from above: chips, traces, a radio module with antenna, headers. */
export function circuitBoard(b: Box, p: Palette, r: Rand): string {
  const board = { x: b.x + 40, y: b.y + 30, w: b.w - 80, h: b.h - 60 }
  let out =
    rect(
      board.x + 12,
      board.y + 16,
      board.w,
      board.h,
      '#000000',
      'rx="28" fill-opacity="0.25" filter="url(#shadow)"',
    ) +
    rect(board.x, board.y, board.w, board.h, '#1f6b4a', 'rx="28"') +
    rect(
      board.x + 10,
      board.y + 10,
      board.w - 20,
      board.h - 20,
      'none',
      'rx="22" stroke="#2d8a5f" stroke-width="3"',
    )
  for (const [hx, hy] of [
    [30, 30],
    [board.w - 30, 30],
    [30, board.h - 30],
    [board.w - 30, board.h - 30],
  ])
    out +=
      circle(board.x + hx, board.y + hy, 14, '#d9b45a') +
      circle(board.x + hx, board.y + hy, 7, '#0f3a28')
  // Traces: orthogonal polylines between random pads.
  for (let i = 0; i < 26; i++) {
    const x1 = board.x + 60 + r() * (board.w - 120)
    const y1 = board.y + 60 + r() * (board.h - 120)
    const x2 = board.x + 60 + r() * (board.w - 120)
    const y2 = board.y + 60 + r() * (board.h - 120)
    const mid = x1 + (x2 - x1) * (0.3 + r() * 0.4)
    out += polyline(
      [
        [x1, y1],
        [mid, y1],
        [mid, y2],
        [x2, y2],
      ],
      '#4fb584',
      4,
      'stroke-opacity="0.8"',
    )
    out += circle(x1, y1, 6, '#d9b45a') + circle(x2, y2, 6, '#d9b45a')
  }
  const chip = (x: number, y: number, w: number, h: number) => {
    let pins = ''
    for (let k = 0; k < Math.floor(w / 18); k++)
      pins +=
        rect(x + 10 + k * 18, y - 10, 8, 10, '#c9ced6') +
        rect(x + 10 + k * 18, y + h, 8, 10, '#c9ced6')
    for (let k = 0; k < Math.floor(h / 18); k++)
      pins +=
        rect(x - 10, y + 10 + k * 18, 10, 8, '#c9ced6') +
        rect(x + w, y + 10 + k * 18, 10, 8, '#c9ced6')
    return pins + rect(x, y, w, h, '#1d1f24', 'rx="6"') + circle(x + 16, y + 16, 5, '#3a3d44')
  }
  out += chip(board.x + board.w * 0.38, board.y + board.h * 0.32, 200, 200)
  out += chip(board.x + board.w * 0.12, board.y + board.h * 0.18, 110, 80)
  out += chip(board.x + board.w * 0.14, board.y + board.h * 0.62, 90, 90)
  // Radio module with a metal can and an antenna trace; USB connector; LEDs.
  const mx = board.x + board.w * 0.72
  const my = board.y + board.h * 0.2
  out +=
    rect(mx, my, 170, 130, '#b9c0c9', 'rx="8"') +
    rect(mx + 12, my + 12, 146, 106, '#d5dae1', 'rx="6"') +
    polyline(
      [
        [mx + 170, my + 30],
        [mx + 210, my + 30],
        [mx + 210, my + 60],
        [mx + 190, my + 60],
        [mx + 190, my + 90],
        [mx + 210, my + 90],
      ],
      '#d9b45a',
      6,
    ) +
    rect(board.x + board.w - 40, board.y + board.h * 0.6, 70, 90, '#c9ced6', 'rx="8"') +
    rect(board.x + board.w - 30, board.y + board.h * 0.6 + 20, 50, 50, '#8c939d', 'rx="4"')
  for (let k = 0; k < 10; k++)
    out +=
      rect(board.x + board.w * 0.4 + k * 26, board.y + board.h - 60, 18, 18, '#1d1f24', 'rx="3"') +
      circle(board.x + board.w * 0.4 + k * 26 + 9, board.y + board.h - 51, 4, '#d9b45a')
  out += [p.accent, '#3ddc84', p.warm]
    .map(
      (c, k) =>
        circle(board.x + board.w * 0.74 + k * 40, board.y + board.h * 0.6, 10, c) +
        circle(
          board.x + board.w * 0.74 + k * 40,
          board.y + board.h * 0.6,
          22,
          c,
          'fill-opacity="0.25"',
        ),
    )
    .join('')
  return (
    out + ellipse(board.x + board.w * 0.3, board.y + 40, 200, 30, '#ffffff', 'fill-opacity="0.05"')
  )
}

/** A robot cell on the shop floor (no window): fenced arm, conveyor with parts, control cabinet. */
export function robotCell(b: Box, p: Palette, r: Rand): string {
  const floorTop = b.y + b.h * 0.55
  let out =
    polygon(
      [
        [b.x - 200, b.y + b.h + 80],
        [b.x + b.w + 200, b.y + b.h + 80],
        [b.x + b.w - 120, floorTop],
        [b.x + 120, floorTop],
      ],
      '#dfe3e8',
    ) +
    rect(b.x - 200, b.y - 100, b.w + 400, floorTop - b.y + 100, '#ffffff', 'fill-opacity="0.08"')
  // Floor markings: yellow-black safety stripe around the cell.
  out += polygon(
    [
      [b.x + 170, floorTop + 40],
      [b.x + b.w - 170, floorTop + 40],
      [b.x + b.w - 60, b.y + b.h + 40],
      [b.x + 60, b.y + b.h + 40],
    ],
    'none',
    'stroke="#f2c14e" stroke-width="14" stroke-dasharray="30 20"',
  )
  // Fence posts and mesh behind the arm.
  for (let i = 0; i <= 8; i++) {
    const x = b.x + 200 + i * ((b.w - 400) / 8)
    out += rect(x - 5, floorTop - 260, 10, 290, '#f2c14e')
  }
  for (let k = 0; k < 12; k++)
    out += line(
      b.x + 200,
      floorTop - 250 + k * 22,
      b.x + b.w - 200,
      floorTop - 250 + k * 22,
      '#ffffff',
      1.5,
    )
  out += rect(b.x + 200, floorTop - 260, b.w - 400, 10, '#f2c14e')
  // Conveyor in front with parts.
  const cy = b.y + b.h * 0.8
  out += polygon(
    [
      [b.x + 80, cy],
      [b.x + b.w - 80, cy],
      [b.x + b.w - 60, cy + 60],
      [b.x + 60, cy + 60],
    ],
    '#4b5260',
  )
  out += rect(b.x + 60, cy + 60, b.w - 120, 24, '#353a44')
  for (let i = 0; i < 5; i++) {
    const x = b.x + 160 + i * 220 + r() * 40
    out +=
      polygon(
        [
          [x, cy + 10],
          [x + 90, cy + 10],
          [x + 100, cy + 46],
          [x - 10, cy + 46],
        ],
        '#c9ced6',
      ) + rect(x + 20, cy + 18, 50, 12, '#9aa3af', 'rx="6"')
  }
  // The arm itself, large, with a soft floor shadow; a cabinet with state lights to the right.
  out += ellipse(b.x + b.w * 0.45, floorTop + 150, 200, 30, '#000000', 'fill-opacity="0.18"')
  out += robotArm(b.x + b.w * 0.45, floorTop + 150, 230, p.warm, r)
  const kx = b.x + b.w - 250
  out +=
    rect(kx, floorTop - 210, 170, 330, '#e9ecf0', 'rx="10"') +
    rect(kx + 20, floorTop - 180, 130, 100, p.dark, 'rx="6"') +
    polyline(
      plot(wave(r, 8, 0.5, 0.3), { x: kx + 32, y: floorTop - 168, w: 106, h: 76 }),
      p.accent,
      4,
    )
  out += ['#2fa86b', '#f2c14e', '#d64545']
    .map((c, i) =>
      circle(kx + 50 + i * 36, floorTop - 40, 12, c, `fill-opacity="${i === 0 ? 1 : 0.35}"`),
    )
    .join('')
  out += rect(kx + 10, floorTop + 90, 150, 30, '#c9ced6', 'rx="4"')
  // Light from above.
  return (
    out +
    `<rect x="${n(b.x - 200)}" y="${n(b.y - 100)}" width="${n(b.w + 400)}" height="${n(b.h + 200)}" fill="url(#vignette)" opacity="0.6"/>`
  )
}
