import loadHighs, { type Highs } from 'highs'

let runtime: Promise<Highs> | undefined
/** One WebAssembly instance per process: loading it compiles ~3 MB of wasm. */
export const highs = () => (runtime ??= loadHighs())

/**
 * A 0/1 maximisation of the number of chosen columns, every column worth 1, under rows
 * `Σ x[j] for j in row ≤ upper`: the shape of both scheduling models. Returns the chosen columns
 * (or null if HiGHS found no solution in time), HiGHS's proven bound (rounded down: the
 * objective is a count) and whether it proved optimality.
 */
export function maximiseCount(
  solver: Highs,
  columns: number,
  rows: { cols: number[]; upper: number }[],
  { start, seconds }: { start?: Float64Array; seconds: number },
): { chosen: number[] | null; bound: number; optimal: boolean } {
  const starts = new Int32Array(rows.length + 1)
  rows.forEach((r, i) => (starts[i + 1] = starts[i]! + r.cols.length))
  const indices = Int32Array.from(rows.flatMap((r) => r.cols))
  return solver.withModel(
    {
      numCols: columns,
      numRows: rows.length,
      sense: solver.constants.objectiveSense.maximize,
      colCost: new Float64Array(columns).fill(1),
      colLower: new Float64Array(columns),
      colUpper: new Float64Array(columns).fill(1),
      rowLower: new Float64Array(rows.length).fill(-solver.infinity),
      rowUpper: Float64Array.from(rows.map((r) => r.upper)),
      matrix: {
        format: 'csr',
        numRows: rows.length,
        numCols: columns,
        starts,
        indices,
        values: new Float64Array(indices.length).fill(1),
      },
      integrality: new Int32Array(columns).fill(solver.constants.variableType.integer),
    },
    (model) => {
      model.options.set({
        output_flag: false,
        time_limit: Math.max(0.2, seconds),
        mip_rel_gap: 0,
        random_seed: 1,
        // Presolve finds nothing to remove in these models and took a third of the time.
        presolve: 'off',
      })
      if (start) model.setSolution({ colValue: start })
      const { modelStatus } = model.run()
      const reported = Number(model.info.get('mip_dual_bound'))
      // A maximum of a 0/1 count: the bound rounds down (with a hair for float noise).
      const bound = Number.isFinite(reported) ? Math.floor(reported + 1e-6) : columns
      let chosen: number[] | null = null
      if (Number(model.info.get('primal_solution_status')) > 0) {
        const { colValue } = model.getSolution()
        chosen = []
        for (let j = 0; j < columns; j++) if (colValue[j]! > 0.5) chosen.push(j)
      }
      return { chosen, bound, optimal: modelStatus === solver.constants.modelStatus.optimal }
    },
  )
}
