// Text measurement with the same DejaVu metrics the renderers use, so that the one text still
// drawn into SVGs (the letters of a logo mark) can be sized before it is rendered.
import fontkit from '@pdf-lib/fontkit'
import { fontBytes } from './fonts.ts'
import type { FontWeight } from './fonts.ts'

type FontkitFont = { unitsPerEm: number; layout: (text: string) => { advanceWidth: number } }

const fonts = new Map<FontWeight, FontkitFont>()

function font(weight: FontWeight): FontkitFont {
  let f = fonts.get(weight)
  if (!f) {
    f = fontkit.create(fontBytes(weight)) as unknown as FontkitFont
    fonts.set(weight, f)
  }
  return f
}

export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  const f = font(weight)
  return (f.layout(text).advanceWidth / f.unitsPerEm) * size
}
