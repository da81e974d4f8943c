// Fonts for both renderers. SVGs are rasterised by sharp (librsvg + fontconfig), PDFs embed the
// TTFs through pdf-lib. Both use the DejaVu files from the `dejavu-fonts-ttf` package, so the output
// does not depend on which fonts the machine happens to have installed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

export const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')

/** Font family written into every SVG; browsers without DejaVu fall back to Arial. */
export const SVG_FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif'

export type FontWeight = 'regular' | 'bold' | 'italic'

const FILES: Record<FontWeight, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
}

export function fontBytes(weight: FontWeight): Buffer {
  return readFileSync(join(FONT_DIR, FILES[weight]))
}

/**
 * Points fontconfig (used by librsvg inside sharp) at the bundled DejaVu directory only. Must run
 * before sharp renders its first text, which is why make-media.ts imports this module first.
 */
function isolateFontconfig(): void {
  const dir = join(tmpdir(), 'hits-content-media-fontconfig')
  mkdirSync(join(dir, 'cache'), { recursive: true })
  const conf = join(dir, 'fonts.conf')
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${FONT_DIR}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <alias><family>Arial</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
</fontconfig>
`,
  )
  process.env.FONTCONFIG_FILE = conf
}

isolateFontconfig()
