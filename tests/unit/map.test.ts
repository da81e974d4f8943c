import { geoContains } from 'd3-geo'
import { describe, expect, it } from 'vitest'

import { mapFilterSearch, mapFilterStateOf, shownCount, visibleIds } from '@site/lib/mapFilter'
import { placeLabels, textWidth } from '@site/lib/mapLabels'
import { groupMarkers, type MapItem } from '@site/lib/mapMarkers'
import { clusterMapView, mapItems, mapWidths } from '@site/lib/mapView'
import { countryMap, countryShape, type LngLat, locatorMap } from '@site/lib/worldMap'
import members from '../../content/members.json'

const sofia: LngLat = [23.3219, 42.6977]
const dresden: LngLat = [13.7373, 51.0504]

/** The seed's members as the loader gives them (sectors populated), and some partners. */
const seedMembers = members.map((m) => ({
  ...m,
  sectors: m.sectors.map((slug, i) => ({ id: i, slug, name: slug }) as never),
}))
const partner = (slug: string, country: string, city: string, point?: LngLat) => ({
  slug,
  name: slug,
  country,
  city,
  location: point && { lng: point[0], lat: point[1] },
})
const partners = [
  partner('elbe', 'DE', 'Dresden', dresden),
  partner('danube', 'AT', 'Vienna', [16.3738, 48.2082]),
  partner('baltic', 'EE', 'Tallinn', [24.7536, 59.437]),
  partner('nervion', 'ES', 'Bilbao', [-2.935, 43.263]),
  partner('nowhere', 'FR', 'Lyon'),
]

describe('the drawn maps: known cities at their places', () => {
  it('puts Sofia inside Bulgaria at its pixel, west of Plovdiv and Varna, on the home panel', () => {
    const bg = countryMap('BG', { width: mapWidths.home })!
    const xy = bg.project(sofia)!
    // Pinned: a change of projection or frame moves the markers, and shows here first.
    expect(xy).toEqual([113.7, 201.8])
    const back = bg.invert(xy)!
    expect(Math.abs(back[0] - sofia[0])).toBeLessThan(0.01)
    expect(Math.abs(back[1] - sofia[1])).toBeLessThan(0.01)
    expect(geoContains(countryShape('BG')!, back)).toBe(true)
    const plovdiv = bg.project([24.7453, 42.1354])!
    const varna = bg.project([27.9147, 43.2141])!
    const ruse = bg.project([25.9657, 43.8356])!
    expect(sofia[0] < plovdiv[0] && plovdiv[0] < varna[0]).toBe(true)
    expect(xy[0]).toBeLessThan(plovdiv[0])
    expect(plovdiv[0]).toBeLessThan(varna[0])
    // North is up: Ruse, on the Danube, is above Plovdiv.
    expect(ruse[1]).toBeLessThan(plovdiv[1])
  })

  it('puts Dresden in Germany and the members in Bulgaria on the Europe panel', () => {
    const view = clusterMapView('en', mapItems('en', seedMembers, partners))
    const europe = view.europe!.wide
    const elbe = europe.markers.find((m) => m.items.includes('partner-elbe'))!
    expect([elbe.x, elbe.y]).toEqual([362.8, 292.6])
    const home = europe.markers.find((m) => m.id === 'map-europe-home')!
    // Bulgaria is south-east of Dresden, Tallinn north-east, Bilbao west.
    expect(home.x).toBeGreaterThan(elbe.x)
    expect(home.y).toBeGreaterThan(elbe.y)
    const tallinn = europe.markers.find((m) => m.items.includes('partner-baltic'))!
    const bilbao = europe.markers.find((m) => m.items.includes('partner-nervion'))!
    expect(tallinn.y).toBeLessThan(elbe.y)
    expect(bilbao.x).toBeLessThan(elbe.x)
  })

  it('keeps every marker inside its drawing', () => {
    const view = clusterMapView('en', mapItems('en', seedMembers, partners))
    for (const panel of [view.home!, view.europe!])
      for (const layer of [panel.wide, panel.narrow])
        for (const m of layer.markers) {
          expect(m.x - m.r, m.id).toBeGreaterThanOrEqual(0)
          expect(m.y - m.r, m.id).toBeGreaterThanOrEqual(0)
          expect(m.x + m.r, m.id).toBeLessThanOrEqual(panel.map.width)
          expect(m.y + m.r, m.id).toBeLessThanOrEqual(panel.map.height)
        }
  })

  it('keeps markers apart, the home country’s included, at both sizes', () => {
    const view = clusterMapView('en', mapItems('en', seedMembers, partners))
    for (const panel of [view.home!, view.europe!])
      for (const { markers } of [panel.wide, panel.narrow])
        for (const [i, a] of markers.entries())
          for (const b of markers.slice(i + 1))
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} ${b.id}`).toBeGreaterThan(a.r + b.r)
  })

  it('frames a locator map on the mainland: Spain without the Canaries', () => {
    const spain = locatorMap('ES', [-2.935, 43.263])!
    expect(spain.project([-2.935, 43.263])).toBeDefined()
    expect(spain.project([-3.7038, 40.4168])).toBeDefined() // Madrid
    expect(spain.project([-15.4134, 28.1248])).toBeUndefined() // Las Palmas
    expect(spain.height / spain.width).toBeLessThan(1)
  })
})

describe('the cluster map page’s view', () => {
  const view = clusterMapView('en', mapItems('en', seedMembers, partners))

  it('groups members by city, with a count, and links a lone one to its profile', () => {
    const sofiaMarker = view.home!.wide.markers.find((m) => m.id === 'map-bg-sofia')!
    expect(sofiaMarker.items).toHaveLength(4)
    expect(sofiaMarker.href).toBe('#map-bg-sofia')
    expect(sofiaMarker.name).toBeUndefined()
    const ruse = view.home!.wide.markers.find((m) => m.id === 'map-bg-ruse')!
    expect(ruse.href).toBe('/en/members/danube-logistics-systems/')
    expect(ruse.name).toBe('Danube Logistics Systems')
  })

  it('lists every item once: in the section of its marker, or as not on the map', () => {
    const listed = [...view.sections.flatMap((s) => s.items), ...view.unlocated].map((i) => i.id)
    expect(listed.sort()).toEqual(
      mapItems('en', seedMembers, partners)
        .map((i) => i.id)
        .sort(),
    )
    expect(view.unlocated.map((i) => i.id)).toEqual(['partner-nowhere'])
    // A group leads to the list section of its first place.
    for (const panel of [view.home!, view.europe!])
      for (const { markers } of [panel.wide, panel.narrow])
        for (const m of markers)
          if (m.id !== 'map-europe-home' && !m.name)
            expect(view.sections.map((s) => `#${s.id}`)).toContain(m.href)
  })

  it('lists a member without coordinates instead of dropping it', () => {
    const lost = { ...seedMembers[0]!, slug: 'lost', name: 'Lost Ltd', location: {} }
    const v = clusterMapView('de', mapItems('de', [...seedMembers, lost], partners))
    expect(v.unlocated.map((i) => i.id)).toContain('member-lost')
    expect(v.unlocated.find((i) => i.id === 'member-lost')?.href).toBe('/de/members/lost/')
  })

  it('shows the home country on the Europe panel as one marker for all its members', () => {
    const home = view.europe!.wide.markers.find((m) => m.id === 'map-europe-home')!
    expect(home.items).toHaveLength(seedMembers.length)
    expect(home.href).toBe('#map-home')
    expect(home.label).toBe('Bulgaria')
  })
})

describe('grouping markers', () => {
  const item = (id: string, placeKey: string, point: LngLat): MapItem => ({
    id,
    kind: 'member',
    name: id,
    href: `/${id}`,
    placeKey,
    place: placeKey,
    country: 'XX',
    sectors: [],
    point,
  })
  // A flat projection: a degree is ten pixels.
  const project = ([x, y]: [number, number]): [number, number] => [x * 10, y * 10]

  it('merges places whose markers would overlap, and only those', () => {
    const markers = groupMarkers(
      [
        item('a', 'a', [10, 10]),
        item('b', 'a', [10.2, 10]),
        item('c', 'c', [11, 10]),
        item('d', 'd', [30, 30]),
      ],
      { project, radius: 5, gap: 2 },
    )
    expect(markers.map((m) => [m.id, m.items, m.places, m.placeKeys])).toEqual([
      ['map-a', ['a', 'b', 'c'], ['a', 'c'], ['a', 'c']],
      ['map-d', ['d'], ['d'], ['d']],
    ])
    // At the weighted centre of the points it stands for.
    expect(markers[0]!.x).toBeCloseTo(104, 0)
    expect(markers[0]!.r).toBeGreaterThan(5)
  })

  it('is deterministic and skips items the map cannot place', () => {
    const items = [item('a', 'a', [1, 1]), item('b', 'b', [5, 5]), item('c', 'c', [9, 9])]
    const options = { project, radius: 3, gap: 1 }
    expect(groupMarkers(items, options)).toEqual(groupMarkers(items, options))
    const offMap = { ...item('x', 'x', [0, 0]), point: undefined }
    expect(groupMarkers([offMap], options)).toEqual([])
  })
})

describe('placing names beside markers', () => {
  const frame = { width: 200, height: 100, size: 10 }

  it('puts a name right of its marker, or left when the right side is taken or too narrow', () => {
    const [right, left] = placeLabels(
      [
        { x: 20, y: 50, r: 5, label: 'Ruse' },
        { x: 190, y: 50, r: 5, label: 'Varna' },
      ],
      frame,
    )
    expect(right).toEqual({ x: 28, y: 50, anchor: 'start' })
    expect(left?.anchor).toBe('end')
  })

  it('never lets a name cover another marker, and leaves it out when nothing is free', () => {
    const crowded = [
      { x: 100, y: 50, r: 20, label: 'Sofia' },
      ...[
        [130, 50],
        [70, 50],
        [100, 20],
        [100, 80],
      ].map(([x, y]) => ({ x: x!, y: y!, r: 8, label: 'Pernik' })),
    ]
    const placed = placeLabels(crowded, frame)
    expect(placed[0]).toBeUndefined()
    for (const [i, at] of placed.entries()) {
      if (!at) continue
      const w = textWidth(crowded[i]!.label, frame.size)
      const x0 = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2
      for (const [j, m] of crowded.entries())
        if (j !== i)
          expect(m.x + m.r <= x0 || m.x - m.r >= x0 + w || Math.abs(m.y - at.y) >= m.r + 5).toBe(
            true,
          )
    }
  })
})

describe('the map filter', () => {
  const items = [
    { id: 'member-a', kind: 'member' as const, sectors: ['fintech'] },
    { id: 'member-b', kind: 'member' as const, sectors: ['devops'] },
    { id: 'partner-c', kind: 'partner' as const, sectors: [] },
  ]

  it('shows members of a sector only, and one kind', () => {
    expect([...visibleIds(items, { sector: 'fintech', kind: '' })]).toEqual(['member-a'])
    expect([...visibleIds(items, { sector: '', kind: 'partner' })]).toEqual(['partner-c'])
    expect(visibleIds(items, { sector: '', kind: '' }).size).toBe(3)
    expect(
      shownCount(['member-a', 'member-b'], visibleIds(items, { sector: 'devops', kind: '' })),
    ).toBe(1)
  })

  it('keeps its state in the URL, ignoring what it does not know', () => {
    const state = { sector: 'fintech', kind: 'member' as const }
    expect(mapFilterSearch(state)).toBe('?sector=fintech&kind=member')
    expect(mapFilterStateOf(mapFilterSearch(state))).toEqual(state)
    expect(mapFilterStateOf('?kind=robots')).toEqual({ sector: '', kind: '' })
    expect(mapFilterSearch({ sector: '', kind: '' })).toBe('')
  })
})
