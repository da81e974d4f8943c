// Deterministic colours and pseudo-random numbers derived from slugs, so every member, product or
// event gets its own recognisable colours and the same input always draws the same picture.

/** FNV-1a 32-bit hash. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: a small seeded PRNG (Math.random would make output differ between runs). */
export function seededRandom(seed: string): () => number {
  let a = hash(seed)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function hsl(h: number, s: number, l: number): string {
  const sat = s / 100
  const lig = l / 100
  const k = (n: number) => (n + h / 30) % 12
  const a = sat * Math.min(lig, 1 - lig)
  const f = (n: number) => lig - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  const hex = (x: number) =>
    Math.round(x * 255)
      .toString(16)
      .padStart(2, '0')
  return `#${hex(f(0))}${hex(f(8))}${hex(f(4))}`
}

export type Palette = {
  primary: string
  dark: string
  light: string
  accent: string
  accentSoft: string
  warm: string
}

// Brand hues to pick from. Yellow and lime are left out (muddy or garish as a brand colour) and
// greens get only two slots: spread evenly over the wheel they would dominate the set.
const BRAND_HUES = [
  0, 10, 20, 30, 142, 158, 174, 186, 197, 207, 217, 227, 238, 250, 262, 274, 287, 300, 314, 328,
  340, 350,
]

export function paletteFor(slug: string): Palette {
  const h = hash(slug)
  const hue = (BRAND_HUES[h % BRAND_HUES.length] + ((h >>> 8) % 7) - 3 + 360) % 360
  // Accent is either complementary-ish or analogous, chosen by another part of the hash.
  const rawAccent =
    (hue + ((h >>> 9) % 2 === 0 ? 150 + ((h >>> 11) % 60) : 35 + ((h >>> 11) % 25))) % 360
  // Olive and lime accents look dirty next to the brand colour; they are pushed to green-teal.
  const accentHue = rawAccent >= 45 && rawAccent < 105 ? rawAccent + 70 : rawAccent
  // Saturated yellow-greens and greens look neon; such warm hues become amber instead.
  const rawWarm = (hue + 160 + ((h >>> 17) % 40)) % 360
  const warmHue = rawWarm >= 45 && rawWarm < 150 ? 28 + (rawWarm % 14) : rawWarm
  return {
    primary: hsl(hue, 62 + ((h >>> 3) % 12), 40 + ((h >>> 6) % 6)),
    dark: hsl(hue, 48, 17),
    light: hsl(hue, 55, 96),
    accent: hsl(accentHue, 58, 46),
    accentSoft: hsl(accentHue, 60, 88),
    warm: hsl(warmHue, 78, 57),
  }
}

/** The cluster's own colours (share image, publications, event banners' brand line). */
export const CLUSTER_PALETTE: Palette = {
  primary: '#1f5fae',
  dark: '#0e2440',
  light: '#eef4fb',
  accent: '#14a89a',
  accentSoft: '#c9efe9',
  warm: '#f2a93b',
}

/** "#rrggbb" to [r, g, b] in 0..1, for pdf-lib. */
export function rgb01(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}
