/** Plain-text tables for the benchmark's output: columns padded, numbers right-aligned. */

const numeric = /^[\d.,]+( ?[%×a-zA-Z/]+)?$|^[\d.]+ s/

/**
 * A table with a header row and a rule under it; cells that start with a figure are aligned
 * right, text left.
 *
 * @example table(['step', 'seconds'], [['astro', '12.0 s']])
 */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    widths
      .map((width, i) => {
        const cell = row[i] ?? ''
        return numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width)
      })
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`
export const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`
