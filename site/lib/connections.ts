import type { Product, Protocol } from '@cms/payload-types'

/** What connections are computed from: a product with its interfaces and maker. */
export type ConnectableProduct = Pick<Product, 'id' | 'member' | 'interfaces'> & { slug: string }

/** One protocol over which a consumer can reach a provider. */
export type ConnectionReason = {
  /** The protocol's slug. */
  protocol: string
  /** The version each side declares, as written (null when a side names none). */
  consumerVersion: string | null
  providerVersion: string | null
}

/**
 * Product `consumer` can connect to product `provider`: it consumes at least one protocol that
 * the provider provides, in the same major version wherever both name one. One connection per
 * ordered pair, with every protocol that makes it (sorted by protocol slug).
 */
export type Connection = {
  consumer: string
  provider: string
  reasons: ConnectionReason[]
}

/**
 * The major version of a version label, or null when it names none: "3.1" → "3", "v2" → "2",
 * "BIS 3.0" → "3", "2015" → "2015", "R4" → "4". The first run of digits is the major version;
 * standards write versions too many ways for semver parsing to help.
 *
 * @example majorVersion('v2.1') // '2'
 */
export function majorVersion(version: string | null | undefined): string | null {
  const digits = version?.match(/\d+/)
  return digits ? String(Number(digits[0])) : null
}

const idOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value

const protocolSlug = (value: number | Protocol): string | undefined =>
  typeof value === 'object' ? (value.slug ?? undefined) : undefined

/**
 * Every connection among `products`, computed from their interfaces: A → B when A consumes a
 * protocol that B provides (compatible versions). Products of the same maker are not
 * connected: the registry shows how members' products work together, and a maker's own suite
 * says so in its description. Protocols must be populated (slug), as the site's loader does.
 *
 * @example
 * // erp provides peppol-bis "3", invoicing (another maker) consumes peppol-bis "3.0":
 * computeConnections([erp, invoicing])
 * // [{ consumer: 'invoicing', provider: 'erp', reasons: [{ protocol: 'peppol-bis', … }] }]
 */
export function computeConnections(products: ConnectableProduct[]): Connection[] {
  return connectionIndex(products).first(Infinity)
}

/** What the registry counts of the computed connections (registryOf). */
export type ConnectionTally = {
  /** Distinct ordered pairs (consumer, provider). */
  total: number
  /** Connections over each protocol, by its slug: one over two protocols counts for both. */
  overProtocol: Map<string, number>
}

/** The tally of a list of connections (small lists: tests, a product's own). */
export function tallyOf(connections: Connection[]): ConnectionTally {
  const overProtocol = new Map<string, number>()
  for (const c of connections)
    for (const r of c.reasons) overProtocol.set(r.protocol, (overProtocol.get(r.protocol) ?? 0) + 1)
  return { total: connections.length, overProtocol }
}

/**
 * The computed connections of a catalogue, found when asked rather than listed: their number
 * grows with the square of the products that speak a protocol (a thousand products cloned from
 * the seed's 47 make 64,000; ten thousand, six million), so a page asks only for the product it
 * shows, the graph and the open data only for as many as they can hold.
 */
export type ConnectionIndex = ConnectionTally & {
  /** One product's connections: what it can use (by provider) and what can use it (by consumer). */
  of(slug: string): { uses: Connection[]; usedBy: Connection[] }
  /**
   * What a product's page lists: its first `limit` connections each way in `rank`'s order of
   * the other product (a product `rank` does not hold is left out), and how many there are.
   * As of(slug) sorted and cut, without making the thousands of connections it leaves out.
   */
  shown(
    slug: string,
    rank: Map<string, number>,
    limit: number,
  ): { uses: Connection[]; usedBy: Connection[]; count: { uses: number; usedBy: number } }
  /** The first `limit` connections by consumer, then provider: all of them when there are fewer. */
  first(limit: number): Connection[]
}

/**
 * The connection index of `products` (the rules of computeConnections). Each product's
 * connections cost as much as the products that speak its protocols; the tally, once, as much
 * as all the connections (counted, not kept).
 */
export function connectionIndex(products: ConnectableProduct[]): ConnectionIndex {
  /** One interface row, with what every comparison reads worked out once. */
  type Side = {
    product: ConnectableProduct
    version: string | null
    major: string | null
    maker: unknown
  }
  const side = (product: ConnectableProduct, version: string | null | undefined): Side => ({
    product,
    version: version ?? null,
    major: majorVersion(version),
    maker: idOf(product.member),
  })
  /**
   * A consumer's row (its maker, the row's major version) meets a provider's row: another
   * product of another maker, and two versions are compatible unless both name a major version
   * and they differ.
   */
  const meets = (consumer: ConnectableProduct, maker: unknown, major: string | null, p: Side) =>
    p.product.id !== consumer.id &&
    p.maker !== maker &&
    (major === null || p.major === null || major === p.major)
  const sides = (role: 'provides' | 'consumes') => {
    const byProtocol = new Map<string, Side[]>()
    for (const product of products)
      for (const row of product.interfaces ?? []) {
        const slug = protocolSlug(row.protocol)
        if (!slug || row.role !== role) continue
        const list = byProtocol.get(slug) ?? []
        list.push(side(product, row.version))
        byProtocol.set(slug, list)
      }
    return byProtocol
  }
  const providers = sides('provides')
  const consumers = sides('consumes')
  const bySlug = new Map(products.map((p) => [p.slug, p]))
  // Each slug's place in localeCompare order, worked out once: sorting a product's thousand
  // connections by comparing numbers rather than strings is what keeps a page at 10,000 cheap.
  let slugRank: Map<string, number> | undefined
  const rankOf = (slug: string) => {
    slugRank ??= new Map(
      products
        .map((p) => p.slug)
        .sort((a, b) => a.localeCompare(b))
        .map((slug, i) => [slug, i]),
    )
    return slugRank.get(slug) ?? -1
  }
  const bySlugOrder = (a: string, b: string) => rankOf(a) - rankOf(b)

  /**
   * The consumer's connections to the providers `among` offers (all of them, or one's rows),
   * sorted by provider unless only counted.
   */
  const usesOf = (
    consumer: ConnectableProduct,
    among: (protocol: string) => Side[],
    sorted = true,
  ) => {
    const found = new Map<string, Connection>()
    const maker = idOf(consumer.member)
    for (const row of consumer.interfaces ?? []) {
      const slug = protocolSlug(row.protocol)
      if (!slug || row.role !== 'consumes') continue
      const major = majorVersion(row.version)
      for (const provider of among(slug)) {
        if (!meets(consumer, maker, major, provider)) continue
        let connection = found.get(provider.product.slug)
        if (!connection) {
          connection = { consumer: consumer.slug, provider: provider.product.slug, reasons: [] }
          found.set(provider.product.slug, connection)
        }
        if (!connection.reasons.some((r) => r.protocol === slug))
          connection.reasons.push({
            protocol: slug,
            consumerVersion: row.version ?? null,
            providerVersion: provider.version,
          })
      }
    }
    const list = [...found.values()]
    if (!sorted) return list
    for (const c of list)
      if (c.reasons.length > 1) c.reasons.sort((a, b) => a.protocol.localeCompare(b.protocol))
    return list.sort((a, b) => bySlugOrder(a.provider, b.provider))
  }
  const uses = (consumer: ConnectableProduct, sorted = true) =>
    usesOf(consumer, (p) => providers.get(p) ?? [], sorted)

  /** A product's own provider rows, per protocol, in the order computeConnections meets them. */
  const providedBy = (product: ConnectableProduct) => {
    const own = new Map<string, Side[]>()
    for (const row of product.interfaces ?? []) {
      const protocol = protocolSlug(row.protocol)
      if (!protocol || row.role !== 'provides') continue
      own.set(protocol, [...(own.get(protocol) ?? []), side(product, row.version)])
    }
    return own
  }

  /** One product's connections each way, in slug order (of()). */
  const connections = (product: ConnectableProduct) => {
    const own = providedBy(product)
    const candidates = new Set<ConnectableProduct>()
    for (const protocol of own.keys())
      for (const side of consumers.get(protocol) ?? []) candidates.add(side.product)
    const usedBy = [...candidates]
      .flatMap((consumer) => usesOf(consumer, (protocol) => own.get(protocol) ?? []))
      .sort((a, b) => bySlugOrder(a.consumer, b.consumer))
    return { uses: uses(product), usedBy }
  }

  /** Each product's provider rows by protocol, in their order in `providers` (made once). */
  let rowsOfProviders: Map<string, Map<string, Side[]>> | undefined
  const providerRows = () => {
    if (rowsOfProviders) return rowsOfProviders
    rowsOfProviders = new Map()
    for (const [protocol, list] of providers)
      for (const provider of list) {
        const own = rowsOfProviders.get(provider.product.slug) ?? new Map<string, Side[]>()
        rowsOfProviders.set(provider.product.slug, own)
        own.set(protocol, [...(own.get(protocol) ?? []), provider])
      }
    return rowsOfProviders
  }

  /** shown(), for an order that holds only some of the products: each connection counted. */
  const shownCounting = (product: ConnectableProduct, rank: Map<string, number>, limit: number) => {
    const own = connections(product)
    const byRank = (a: string, b: string) => rank.get(a)! - rank.get(b)!
    const uses = own.uses.filter((c) => rank.has(c.provider))
    const usedBy = own.usedBy.filter((c) => rank.has(c.consumer))
    return {
      uses: uses.sort((a, b) => byRank(a.provider, b.provider)).slice(0, Math.max(0, limit)),
      usedBy: usedBy.sort((a, b) => byRank(a.consumer, b.consumer)).slice(0, Math.max(0, limit)),
      count: { uses: uses.length, usedBy: usedBy.length },
    }
  }

  /** The tally, with each product's number of connections each way (by slug). */
  let tally:
    (ConnectionTally & { uses: Map<string, number>; usedBy: Map<string, number> }) | undefined
  /**
   * Counted with a set of bits per protocol and major version, not by listing the connections:
   * their number grows with the square of the catalogue (at 50,000 products, listing them took
   * 186 of the 362 s before the first page). One side's rows that meet a protocol's other side
   * are the union of its version sets (all of them for a row without a version; the row's and the
   * versionless ones otherwise), less the products of the same maker (the product among them).
   */
  const counted = () => {
    if (tally) return tally
    const at = new Map(products.map((p, i) => [p, i]))
    const words = (products.length + 31) >>> 5
    const byMaker = new Map<unknown, number[]>()
    products.forEach((p, i) => {
      const maker = idOf(p.member)
      byMaker.set(maker, [...(byMaker.get(maker) ?? []), i])
    })
    /** Each protocol's products on one side, as bits, by the major version of their row. */
    const bitsOf = (byProtocol: Map<string, Side[]>) => {
      const bits = new Map<string, Map<string | null, Uint32Array>>()
      for (const [protocol, list] of byProtocol) {
        const byMajor = new Map<string | null, Uint32Array>()
        for (const side of list) {
          let set = byMajor.get(side.major)
          if (!set) byMajor.set(side.major, (set = new Uint32Array(words)))
          const i = at.get(side.product)!
          set[i >>> 5]! |= 1 << (i & 31)
        }
        bits.set(protocol, byMajor)
      }
      return bits
    }
    const count = (set: Uint32Array) => {
      let n = 0
      for (let w of set) {
        // Bits set in a 32-bit word (Hamming weight).
        w -= (w >>> 1) & 0x55555555
        w = (w & 0x33333333) + ((w >>> 2) & 0x33333333)
        n += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
      }
      return n
    }
    const all = new Uint32Array(words)
    const over = new Uint32Array(words)
    /** Per product, how many of the other side its rows of `role` meet, and per protocol. */
    const meetCounts = (role: 'provides' | 'consumes', others: Map<string, Side[]>) => {
      const otherBits = bitsOf(others)
      const counts = new Map<string, number>()
      const byProtocol = new Map<string, number>()
      for (const product of products) {
        const majors = new Map<string, (string | null)[]>()
        for (const row of product.interfaces ?? []) {
          const protocol = protocolSlug(row.protocol)
          if (!protocol || row.role !== role || !otherBits.has(protocol)) continue
          majors.set(protocol, [...(majors.get(protocol) ?? []), majorVersion(row.version)])
        }
        if (majors.size === 0) continue
        all.fill(0)
        const own = byMaker.get(idOf(product.member))!
        for (const [protocol, rowMajors] of majors) {
          over.fill(0)
          const byMajor = otherBits.get(protocol)!
          for (const major of rowMajors)
            for (const [otherMajor, set] of byMajor)
              if (major === null || otherMajor === null || otherMajor === major)
                for (let w = 0; w < words; w++) over[w]! |= set[w]!
          for (const i of own) over[i >>> 5]! &= ~(1 << (i & 31))
          const n = count(over)
          if (n > 0) byProtocol.set(protocol, (byProtocol.get(protocol) ?? 0) + n)
          for (let w = 0; w < words; w++) all[w]! |= over[w]!
        }
        const n = count(all)
        if (n > 0) counts.set(product.slug, n)
      }
      return { counts, byProtocol }
    }
    const uses = meetCounts('consumes', providers)
    const usedBy = meetCounts('provides', consumers)
    let total = 0
    for (const n of uses.counts.values()) total += n
    tally = { total, overProtocol: uses.byProtocol, uses: uses.counts, usedBy: usedBy.counts }
    return tally
  }

  /**
   * Each protocol's providers and consumers in the order of `rank` (a locale's names), sorted
   * once per order: a page's first twelve are then the first twelve that meet its rows, found
   * without looking at the thousands after them.
   */
  const ranked = new WeakMap<
    Map<string, number>,
    { providers: Map<string, Side[]>; consumers: Map<string, Side[]>; complete: boolean }
  >()
  const rankedSides = (rank: Map<string, number>) => {
    let made = ranked.get(rank)
    if (!made) {
      const order = (a: Side, b: Side) => rank.get(a.product.slug)! - rank.get(b.product.slug)!
      const sortAll = (byProtocol: Map<string, Side[]>) =>
        new Map([...byProtocol].map(([protocol, list]) => [protocol, [...list].sort(order)]))
      const complete = products.every((p) => rank.has(p.slug))
      made = complete
        ? { providers: sortAll(providers), consumers: sortAll(consumers), complete }
        : { providers: new Map(), consumers: new Map(), complete }
      ranked.set(rank, made)
    }
    return made
  }

  return {
    get total() {
      return counted().total
    },
    get overProtocol() {
      return counted().overProtocol
    },
    of(slug) {
      const product = bySlug.get(slug)
      return product ? connections(product) : { uses: [], usedBy: [] }
    },
    shown(slug, rank, limit) {
      const product = bySlug.get(slug)
      if (!product) return { uses: [], usedBy: [], count: { uses: 0, usedBy: 0 } }
      const sides = rankedSides(rank)
      // An order that leaves products out (not public in its locale) counts them one by one.
      if (!sides.complete) return shownCounting(product, rank, limit)
      const byRank = (a: string, b: string) => rank.get(a)! - rank.get(b)!
      /** The first `limit` others of each list that meet, as slugs; then the first of them all. */
      const firstOf = (lists: Iterable<[Side[], (other: Side) => boolean]>) => {
        const found = new Set<string>()
        for (const [list, meetsOther] of lists) {
          let taken = 0
          const seen = new Set<string>()
          for (const other of list) {
            if (taken >= limit) break
            const otherSlug = other.product.slug
            if (seen.has(otherSlug) || !meetsOther(other)) continue
            seen.add(otherSlug)
            found.add(otherSlug)
            taken++
          }
        }
        return new Set([...found].sort(byRank).slice(0, Math.max(0, limit)))
      }
      const maker = idOf(product.member)
      const uses = firstOf(
        (product.interfaces ?? []).flatMap((row): [Side[], (other: Side) => boolean][] => {
          const protocol = protocolSlug(row.protocol)
          if (!protocol || row.role !== 'consumes') return []
          const major = majorVersion(row.version)
          return [[sides.providers.get(protocol) ?? [], (p) => meets(product, maker, major, p)]]
        }),
      )
      const own = providedBy(product)
      const usedBy = firstOf(
        [...own].map(([protocol, rows]): [Side[], (other: Side) => boolean] => [
          sides.consumers.get(protocol) ?? [],
          (c) => rows.some((p) => meets(c.product, c.maker, c.major, p)),
        ]),
      )
      const { uses: usesCount, usedBy: usedByCount } = counted()
      // The chosen providers' own rows, not the protocol's thousands filtered down to them.
      const chosen = [...uses].map((provider) => providerRows().get(provider))
      return {
        uses: usesOf(product, (protocol) =>
          chosen.flatMap((rows) => rows?.get(protocol) ?? []),
        ).sort((a, b) => byRank(a.provider, b.provider)),
        usedBy: [...usedBy]
          .sort(byRank)
          .flatMap((consumer) =>
            usesOf(bySlug.get(consumer)!, (protocol) => own.get(protocol) ?? []),
          ),
        count: { uses: usesCount.get(slug) ?? 0, usedBy: usedByCount.get(slug) ?? 0 },
      }
    },
    first(limit) {
      const list: Connection[] = []
      const ordered = [...products].sort((a, b) => bySlugOrder(a.slug, b.slug))
      for (const consumer of ordered) {
        if (list.length >= limit) break
        list.push(...uses(consumer).slice(0, limit - list.length))
      }
      return list
    },
  }
}
