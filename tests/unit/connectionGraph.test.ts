import { describe, expect, it } from 'vitest'

import {
  type ConnectionGraph,
  connectionGraph,
  graphProducts,
  makerColours,
  protocolNames,
} from '@site/lib/connectionGraph'
import { computeConnections } from '@site/lib/connections'
import { textWidth, wrapText } from '@site/lib/textWidth'
import { fixtureProducts } from '../fixtures/graph/products'

const products = fixtureProducts()
const connections = computeConnections(products)
const names = protocolNames(products)

type Box = { x: number; y: number; width: number; height: number }
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

/** The first and last point of an SVG path made of M, C and L commands. */
const ends = (path: string) => {
  const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number)
  return { start: numbers.slice(0, 2), end: numbers.slice(-2) }
}
/** Whether a point lies on the outline of a box (to within a pixel). */
const onOutline = ([x, y]: number[], b: Box) => {
  const inX = x! >= b.x - 1 && x! <= b.x + b.width + 1
  const inY = y! >= b.y - 1 && y! <= b.y + b.height + 1
  const nearX = Math.abs(x! - b.x) <= 1 || Math.abs(x! - b.x - b.width) <= 1
  const nearY = Math.abs(y! - b.y) <= 1 || Math.abs(y! - b.y - b.height) <= 1
  return inX && inY && (nearX || nearY)
}

describe('the connection graph', () => {
  let graph: ConnectionGraph

  it('has a realistic fixture: dozens of connections among most products', async () => {
    graph = await connectionGraph(products, connections, names)
    expect(connections.length).toBeGreaterThan(30)
    expect(graph.nodes.length).toBeGreaterThan(20)
  })

  it('is laid out the same way every time, whatever order its input comes in', async () => {
    const again = await connectionGraph([...products].reverse(), [...connections].reverse(), names)
    expect(again).toEqual(graph)
  })

  it('draws every connection as an arrow from the consumer to the provider', () => {
    expect(graph.edges.map((e) => [e.consumer, e.provider])).toEqual(
      connections.map((c) => [c.consumer, c.provider]),
    )
    const box = new Map(graph.nodes.map((n) => [n.slug, n]))
    for (const edge of graph.edges) {
      const { start, end } = ends(edge.path)
      expect(onOutline(start, box.get(edge.consumer)!), `${edge.consumer} → …`).toBe(true)
      expect(onOutline(end, box.get(edge.provider)!), `… → ${edge.provider}`).toBe(true)
    }
  })

  it('names each connection’s protocols once where its arrows reach the provider', () => {
    const several = connections.filter((c) => c.reasons.length > 1)
    expect(several.length).toBeGreaterThan(0)
    for (const edge of graph.edges) {
      const text = edge.protocols.join(', ')
      const [x, y] = ends(edge.path).end
      // The label sits just left of the arrowhead, above or below the line.
      const label = graph.labels.find(
        (l) => l.text === text && Math.abs(l.x + l.width - x!) < 16 && Math.abs(l.y - y!) < 24,
      )
      expect(label, `${edge.consumer} → ${edge.provider}: ${text}`).toBeDefined()
    }
    const providers = new Set(graph.edges.map((e) => `${e.provider} ${e.protocols.join()}`))
    expect(graph.labels).toHaveLength(providers.size)
    expect(graph.labels.length).toBeLessThan(graph.edges.length)
  })

  it('keeps boxes and labels inside the drawing and apart from each other', () => {
    const inside = (b: Box) =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= graph.width && b.y + b.height <= graph.height
    const boxes: Box[] = [...graph.nodes, ...graph.labels]
    for (const b of boxes) expect(inside(b), JSON.stringify(b)).toBe(true)
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), JSON.stringify([a, b])).toBe(false)
  })

  it('draws only connected products, each named with its maker in the maker’s colour', () => {
    const connected = new Set(connections.flatMap((c) => [c.consumer, c.provider]))
    expect(graph.nodes.map((n) => n.slug).sort()).toEqual([...connected].sort())
    const makers = new Map(graph.makers.map((m) => [m.slug, m]))
    for (const node of graph.nodes) {
      const maker = makers.get(node.maker)!
      expect(node.colour).toBe(maker.colour)
      expect(node.makerLine).toBe(maker.name)
    }
    expect(new Set(graph.makers.map((m) => m.colour)).size).toBe(
      Math.min(graph.makers.length, makerColours.length),
    )
  })

  it('leaves out a connection to a product it was not given', async () => {
    const [first] = connections
    const without = products.filter((p) => p.slug !== first!.provider)
    const partial = await connectionGraph(without, connections, names)
    expect(partial.edges.some((e) => e.provider === first!.provider)).toBe(false)
  })

  it('reads products as the site loader populates them', () => {
    const [product] = products
    expect(graphProducts([product!, { ...product!, member: 7 }])).toEqual([
      { slug: product!.slug, name: product!.name, maker: product!.maker },
    ])
    expect(names('no-such-protocol')).toBe('no-such-protocol')
  })
})

describe('estimated text widths', () => {
  it('fit long product names on two lines, cutting at a word with an ellipsis beyond', () => {
    expect(wrapText('Precision Farming Starter Programme', 184, 15, 650)).toEqual([
      'Precision Farming',
      'Starter Programme',
    ])
    const three = wrapText('One two three four five six seven eight nine ten', 100, 15, 650)
    expect(three).toHaveLength(2)
    expect(three[1]).toMatch(/…$/)
    for (const line of three) expect(textWidth(line, 15, 650)).toBeLessThanOrEqual(100)
  })

  it('err wide: wide letters count more than narrow ones', () => {
    expect(textWidth('MWMW', 10)).toBeGreaterThan(textWidth('ilil', 10) * 3)
    expect(textWidth('Интеграция', 10)).toBeGreaterThan(0)
  })
})
