/**
 * The registry's graph of computed connections, laid out when the site is built: one box per
 * connected product, one arrow per connection from the consumer to the provider. Each provider
 * takes its arrows in at ports on its left, one per set of protocols, labelled once with them.
 * The result is plain coordinates and SVG path data for an inline <svg>
 * (ConnectionGraph.astro): no script, no request.
 *
 * Layout by ELK's layered algorithm (elkjs, ELK compiled to JavaScript, run in-process without
 * a worker) rather than a force simulation: connections have a direction, and layers put
 * consumers left of their providers so that arrows read one way; boxes and labels never overlap
 * and edges are routed between them, where d3-force needs a collision force and a tick budget
 * and still lays labels over each other. ELK is deterministic for a fixed random seed and input
 * order, so the same products and connections give the same SVG byte for byte (the build
 * stays reproducible). Measured: 48 products, 76 connections laid out in about 1 s.
 */
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js'

import type { Product } from '@cms/payload-types'

import type { Connection } from './connections'
import { textWidth, wrapText } from './textWidth'

/** A product as the graph needs it. */
export type GraphProduct = { slug: string; name: string; maker: { slug: string; name: string } }

export type GraphNode = {
  slug: string
  name: string
  /** The name broken into at most two lines that fit the box. */
  lines: string[]
  /** The maker's name as it fits on the box's last line. */
  makerLine: string
  maker: string
  colour: string
  x: number
  y: number
  width: number
  height: number
}

export type GraphEdge = {
  consumer: string
  provider: string
  /** The protocols' display names, in the connection's order. */
  protocols: string[]
  /** SVG path data from the consumer's box to the provider's. */
  path: string
}

/** The protocols written where a provider's arrows arrive (top-left corner, size). */
export type GraphLabel = { text: string; x: number; y: number; width: number; height: number }

export type GraphMaker = { slug: string; name: string; colour: string; products: number }

export type ConnectionGraph = {
  width: number
  height: number
  nodes: GraphNode[]
  edges: GraphEdge[]
  labels: GraphLabel[]
  /** The makers of the drawn products, for the legend, by name. */
  makers: GraphMaker[]
}

/** Type sizes in px, matched by the component's CSS. */
export const graphType = { name: 15, maker: 12, label: 12, line: 18 }
/** A box's padding and the width of its maker stripe, in px. */
export const graphPad = { x: 12, y: 9, stripe: 6 }
const pad = graphPad
const maxText = 184
const labelMax = 220

/**
 * Maker colours: CARTO "Bold" and Okabe–Ito hues, mid-tone so that a stripe stands out on the
 * light and the dark background alike. Colour is never the only cue: each box names its maker.
 * Past sixteen makers the hues repeat.
 */
export const makerColours = [
  '#3969ac',
  '#e68310',
  '#11a579',
  '#cf1c90',
  '#7f3c8d',
  '#80ba5a',
  '#e73f74',
  '#008695',
  '#f2b701',
  '#4b4b8f',
  '#d55e00',
  '#56b4e9',
  '#a5aa99',
  '#009e73',
  '#f97b72',
  '#0072b2',
]

const round = (n: number) => Math.round(n * 10) / 10

/** Connections whose two products are both known, so that every drawn arrow has two ends. */
export function drawable(products: GraphProduct[], connections: Connection[]): Connection[] {
  const known = new Set(products.map((p) => p.slug))
  return connections.filter((c) => known.has(c.consumer) && known.has(c.provider))
}

/**
 * Lays out the products that take part in `connections` (a product without any is left out:
 * the registry lists it). `protocolName` turns a protocol's slug into its display name.
 *
 * @example
 * const graph = await connectionGraph(products, computeConnections(products), (s) => names.get(s) ?? s)
 */
export async function connectionGraph(
  products: GraphProduct[],
  connections: Connection[],
  protocolName: (slug: string) => string = (slug) => slug,
): Promise<ConnectionGraph> {
  const edges = drawable(products, connections).sort(
    (a, b) => a.consumer.localeCompare(b.consumer) || a.provider.localeCompare(b.provider),
  )
  const connected = new Set(edges.flatMap((c) => [c.consumer, c.provider]))
  // Sorted input: ELK's result depends on the order it is given things in.
  const drawn = products
    .filter((p) => connected.has(p.slug))
    .sort((a, b) => a.slug.localeCompare(b.slug))
  const makers = legend(drawn)
  const colourOf = new Map(makers.map((m) => [m.slug, m.colour]))
  const boxes = new Map(drawn.map((p) => [p.slug, box(p)]))

  // Each provider takes a connection in at a port on its left, one port per set of protocols,
  // labelled once with them: a provider that five products reach over PEPPOL BIS shows
  // "PEPPOL BIS" once where the five arrows meet, not on each arrow.
  const portOf = (c: Connection) =>
    `${c.provider}\u0000${c.reasons.map((r) => r.protocol).join(',')}`
  const ports = new Map<string, { node: string; text: string }>()
  for (const c of edges)
    ports.set(portOf(c), {
      node: c.provider,
      text: fit(c.reasons.map((r) => protocolName(r.protocol)).join(', ')),
    })
  const consumers = new Set(edges.map((c) => c.consumer))
  const outPort = (slug: string) => `${slug}\u0000out`
  const portsOf = (slug: string) =>
    [...ports].filter(([, p]) => p.node === slug).map(([id, p]) => ({ id, ...p }))

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.randomSeed': '1',
      'elk.edgeRouting': 'SPLINES',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.nodeNode': '20',
      'elk.spacing.edgeNode': '12',
      'elk.spacing.edgeEdge': '8',
      'elk.spacing.portPort': '24',
      'elk.spacing.componentComponent': '40',
      'elk.padding': '[top=16,left=16,bottom=16,right=24]',
    },
    children: drawn.map((p) => ({
      id: p.slug,
      ...boxes.get(p.slug)!.size,
      layoutOptions: {
        'elk.portConstraints': 'FIXED_SIDE',
        'elk.portLabels.placement': '[OUTSIDE]',
        'elk.nodeSize.constraints': '[PORTS, MINIMUM_SIZE]',
        'elk.nodeSize.minimum': `(${boxes.get(p.slug)!.size.width},${boxes.get(p.slug)!.size.height})`,
      },
      ports: [
        ...portsOf(p.slug).map((port) => ({
          id: port.id,
          width: 1,
          height: 1,
          layoutOptions: { 'elk.port.side': 'WEST' },
          labels: [{ text: port.text, width: labelWidth(port.text), height: graphType.label + 6 }],
        })),
        // A consumer's arrows all leave from one point on its right.
        ...(consumers.has(p.slug)
          ? [
              {
                id: outPort(p.slug),
                width: 1,
                height: 1,
                layoutOptions: { 'elk.port.side': 'EAST' },
              },
            ]
          : []),
      ],
    })),
    edges: edges.map((c, i): ElkExtendedEdge => ({
      id: `e${i}`,
      sources: [outPort(c.consumer)],
      targets: [portOf(c)],
    })),
  }
  const laid = await new ELK().layout(graph)

  const labels: GraphLabel[] = []
  const nodes = (laid.children ?? []).map((n): GraphNode => {
    const p = drawn.find((d) => d.slug === n.id)!
    const { lines, makerLine } = boxes.get(p.slug)!
    for (const port of n.ports ?? [])
      for (const l of port.labels ?? [])
        labels.push({
          text: l.text ?? '',
          x: round((n.x ?? 0) + (port.x ?? 0) + (l.x ?? 0)),
          y: round((n.y ?? 0) + (port.y ?? 0) + (l.y ?? 0)),
          width: round(l.width ?? 0),
          height: round(l.height ?? 0),
        })
    return {
      slug: p.slug,
      name: p.name,
      lines,
      makerLine,
      maker: p.maker.slug,
      colour: colourOf.get(p.maker.slug)!,
      x: round(n.x ?? 0),
      y: round(n.y ?? 0),
      width: round(n.width ?? 0),
      height: round(n.height ?? 0),
    }
  })
  const drawnEdges = (laid.edges ?? []).map((e, i): GraphEdge => {
    const c = edges[i]!
    return {
      consumer: c.consumer,
      provider: c.provider,
      protocols: c.reasons.map((r) => protocolName(r.protocol)),
      path: pathOf(e as ElkExtendedEdge),
    }
  })
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes,
    edges: drawnEdges,
    labels,
    makers,
  }
}

/** The makers of `products`, by name, each with its colour and how many of them it makes. */
function legend(products: GraphProduct[]): GraphMaker[] {
  const bySlug = new Map<string, GraphMaker>()
  for (const p of products) {
    const seen = bySlug.get(p.maker.slug)
    if (seen) seen.products += 1
    else
      bySlug.set(p.maker.slug, { slug: p.maker.slug, name: p.maker.name, colour: '', products: 1 })
  }
  const makers = [...bySlug.values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug),
  )
  makers.forEach((m, i) => (m.colour = makerColours[i % makerColours.length]!))
  return makers
}

/** A product's box: the name on up to two lines, the maker below, sized to fit both. */
function box(p: GraphProduct) {
  const lines = wrapText(p.name, maxText, graphType.name, 650, 2)
  const makerLine = wrapText(p.maker.name, maxText, graphType.maker, 400, 1)[0] ?? ''
  const widest = Math.max(
    ...lines.map((l) => textWidth(l, graphType.name, 650)),
    textWidth(makerLine, graphType.maker),
  )
  const width = Math.ceil(Math.max(widest, 96) + 2 * pad.x + pad.stripe)
  const height = Math.ceil(2 * pad.y + (lines.length + 1) * graphType.line)
  return { lines, makerLine, size: { width, height } }
}

const labelWidth = (text: string) => Math.ceil(textWidth(text, graphType.label) + 8)

/** A label cut to the widest an edge label may be; the edge's title keeps the whole list. */
const fit = (text: string) => wrapText(text, labelMax, graphType.label, 400, 1)[0] ?? text

/**
 * SVG path data for a laid-out edge. With spline routing ELK gives, after the start point,
 * groups of three points (two control points and an end) of cubic Bézier pieces; anything else
 * is drawn as straight segments.
 */
export function pathOf(edge: ElkExtendedEdge): string {
  const pt = (p: { x: number; y: number }) => `${round(p.x)} ${round(p.y)}`
  return (edge.sections ?? [])
    .map((s) => {
      const rest = [...(s.bendPoints ?? []), s.endPoint]
      if (rest.length % 3 === 0) {
        const curves = []
        for (let i = 0; i < rest.length; i += 3)
          curves.push(
            `C${rest
              .slice(i, i + 3)
              .map(pt)
              .join(' ')}`,
          )
        return `M${pt(s.startPoint)}${curves.join('')}`
      }
      return `M${pt(s.startPoint)}${rest.map((p) => `L${pt(p)}`).join('')}`
    })
    .join('')
}

type SiteProduct = Pick<Product, 'slug' | 'name' | 'member' | 'interfaces'>

/**
 * The site's products as the graph needs them: each with its maker's slug and name (the loader
 * populates `member`; a product whose maker is not public is left out).
 */
export const graphProducts = (products: SiteProduct[]): GraphProduct[] =>
  products.flatMap((p) => {
    const maker = typeof p.member === 'object' ? p.member : undefined
    return maker && p.slug
      ? [
          {
            slug: p.slug,
            name: p.name,
            maker: { slug: maker.slug ?? String(maker.id), name: maker.name },
          },
        ]
      : []
  })

/** Protocol slug → display name, from the products' populated interfaces. */
export function protocolNames(products: SiteProduct[]): (slug: string) => string {
  const names = new Map<string, string>()
  for (const p of products)
    for (const row of p.interfaces ?? [])
      if (typeof row.protocol === 'object' && row.protocol.slug)
        names.set(row.protocol.slug, row.protocol.name)
  return (slug) => names.get(slug) ?? slug
}
