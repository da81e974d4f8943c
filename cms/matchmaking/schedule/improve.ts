import type { Open, Prepared } from './prepare'

/**
 * Local repair of a schedule by Kempe chains, the move of edge-colouring algorithms (Vizing):
 * a meeting a–b with no slot free for both, while a is free in slot s and b in slot t, fits
 * after the chain of meetings from b alternating s, t, s, … swaps its two slots, if no meeting
 * on it is fixed, every one can take its new slot, the chain does not reach a, and the tables
 * suffice. When only a table is missing, a meeting of that slot moves to a slot with a free
 * table where its parties are free. Each success places one more meeting and moves none out, so it never makes a
 * schedule worse; it repeats until a pass places nothing.
 */
export function kempeImprove(
  { capacity, busy }: Pick<Prepared, 'capacity' | 'busy'>,
  all: Open[],
  placed: { m: Open; slot: number }[],
  deadline: number,
): { m: Open; slot: number }[] {
  const slotOf = new Map<Open, number>()
  const at = new Map<string, Open>() // seat → meeting there
  const used = capacity.map(() => 0)
  const inSlot = capacity.map(() => new Set<Open>())
  const options = new Map([...all, ...placed.map((p) => p.m)].map((m) => [m, new Set(m.options)]))
  const key = (p: string, s: number) => `${p}@${s}`
  const put = (m: Open, s: number) => {
    slotOf.set(m, s)
    at.set(key(m.a, s), m)
    at.set(key(m.b, s), m)
    used[s]!++
    inSlot[s]!.add(m)
  }
  const lift = (m: Open) => {
    const s = slotOf.get(m)!
    slotOf.delete(m)
    at.delete(key(m.a, s))
    at.delete(key(m.b, s))
    used[s]!--
    inSlot[s]!.delete(m)
  }
  for (const { m, slot } of placed) put(m, slot)
  const free = (p: string, s: number) => !busy.has(key(p, s)) && !at.has(key(p, s))

  /** The chain from `start` over meetings in slots s, t, s, …, or null if it cannot move. */
  const chain = (start: string, s: number, t: number, avoid: string): Open[] | null => {
    const path: Open[] = []
    let p = start
    let color = s
    for (;;) {
      if (busy.has(key(p, color))) return null // a fixed meeting is in the way
      const m = at.get(key(p, color))
      if (!m) return path
      const other = color === s ? t : s
      if (!options.get(m)!.has(other)) return null
      path.push(m)
      p = m.a === p ? m.b : m.a
      if (p === avoid) return null
      color = other
    }
  }

  const tryPlace = (m: Open): boolean => {
    const fa = m.options.filter((s) => free(m.a, s))
    const fb = m.options.filter((s) => free(m.b, s))
    const direct = fa.find((s) => fb.includes(s) && used[s]! < capacity[s]!)
    if (direct !== undefined) {
      put(m, direct)
      return true
    }
    // Both free in a slot whose tables are all taken: move a meeting from there to a slot with
    // a table left where its own parties are free.
    for (const s of fa) {
      if (!fb.includes(s)) continue
      for (const e of inSlot[s]!) {
        const t = e.options.find((t) => used[t]! < capacity[t]! && free(e.a, t) && free(e.b, t))
        if (t === undefined) continue
        lift(e)
        put(e, t)
        put(m, s)
        return true
      }
    }
    // Free b at a slot s where a is free, by swapping s and t along b's chain (and vice versa).
    for (const [x, y, xs, ys] of [
      [m.a, m.b, fa, fb],
      [m.b, m.a, fb, fa],
    ] as const) {
      for (const s of xs) {
        for (const t of ys) {
          if (t === s) continue
          const path = chain(y, s, t, x)
          if (!path) continue
          const toT = path.filter((e) => slotOf.get(e) === s).length
          const toS = path.length - toT
          if (used[s]! - toT + toS + 1 > capacity[s]!) continue
          if (used[t]! - toS + toT > capacity[t]!) continue
          const moves = path.map((e) => [e, slotOf.get(e) === s ? t : s] as const)
          for (const [e] of moves) lift(e)
          for (const [e, to] of moves) put(e, to)
          put(m, s)
          return true
        }
      }
    }
    return false
  }

  for (let changed = true; changed && performance.now() < deadline;) {
    changed = false
    for (const m of all) {
      if (slotOf.has(m) || !m.options.length) continue
      if (tryPlace(m)) changed = true
      if (performance.now() >= deadline) break
    }
  }
  return [...slotOf].map(([m, slot]) => ({ m, slot }))
}
