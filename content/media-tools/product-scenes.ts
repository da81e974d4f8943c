// Which picture a product gets: a screen that shows what the product does, chosen from words in
// its slug (vessel, port, speech, …) and then from its categories, so a vessel tracker shows a
// sea chart, an energy platform a load curve, a DevOps service a terminal and a pipeline.
import * as apps from './screens-apps.ts'
import * as maps from './screens-maps.ts'
import type { Palette } from './palette.ts'
import type { Box, Rand } from './widgets.ts'

/**
 * How the screen is framed: `app` = browser window with the maker's sidebar, `wide` = browser
 * window without sidebar, `dark` = dark window (terminals, security), `bare` = no window (a board
 * or phones lying on the backdrop).
 */
export type Frame = 'app' | 'wide' | 'dark' | 'bare'
type Draw = (b: Box, p: Palette, r: Rand) => string
export type Scene = { frame: Frame; draw: Draw }

export const SCENES = {
  'route-map': { frame: 'app', draw: maps.routeMap },
  'sea-map': { frame: 'app', draw: (b, p, r) => maps.seaMap(b, p, r, false) },
  port: { frame: 'wide', draw: (b, p, r) => maps.seaMap(b, p, r, true) },
  'field-map': { frame: 'app', draw: (b, p, r) => maps.fieldMap(b, p, r, false) },
  'field-zones': { frame: 'wide', draw: (b, p, r) => maps.fieldMap(b, p, r, true) },
  energy: { frame: 'app', draw: maps.energyChart },
  meters: { frame: 'wide', draw: apps.meterGrid },
  camera: { frame: 'wide', draw: maps.cameraView },
  'cell-layout': { frame: 'app', draw: maps.cellLayout },
  robot: { frame: 'bare', draw: maps.robotCell },
  board: { frame: 'bare', draw: maps.circuitBoard },
  'board-cad': { frame: 'wide', draw: maps.circuitBoard },
  'e-form': { frame: 'wide', draw: apps.eForm },
  identity: { frame: 'wide', draw: apps.identity },
  patient: { frame: 'app', draw: apps.patientRecord },
  telecare: { frame: 'wide', draw: apps.telecare },
  exchange: { frame: 'app', draw: (b, p, r) => apps.exchangeHub(b, p, r, 'cross') },
  'api-hub': { frame: 'wide', draw: (b, p, r) => apps.exchangeHub(b, p, r, 'arrows') },
  course: { frame: 'wide', draw: apps.coursePage },
  skills: { frame: 'app', draw: apps.skillsMatrix },
  payment: { frame: 'wide', draw: apps.payment },
  terminal: { frame: 'dark', draw: apps.terminal },
  kanban: { frame: 'app', draw: apps.kanban },
  plan: { frame: 'app', draw: apps.projectPlan },
  design: { frame: 'wide', draw: apps.designCanvas },
  phones: { frame: 'bare', draw: apps.phoneApps },
  translation: { frame: 'app', draw: apps.translationEditor },
  speech: { frame: 'app', draw: apps.speech },
  cluster: { frame: 'app', draw: apps.clusterNodes },
  storage: { frame: 'app', draw: apps.storageBrowser },
  security: { frame: 'dark', draw: apps.securityOps },
  // The three dashboard layouts are drawn by product-art.ts (they share its content grid).
  dashboard: { frame: 'app', draw: () => '' },
  analytics: { frame: 'app', draw: () => '' },
  operations: { frame: 'app', draw: () => '' },
} satisfies Record<string, Scene>

export type SceneName = keyof typeof SCENES

/** Words in a product's slug that name what its screen should show; checked before categories. */
const KEYWORDS: Array<[RegExp, SceneName]> = [
  [/vessel/, 'sea-map'],
  [/erp-flow|flexhub/, 'analytics'],
  [/predict/, 'operations'],
  [/port/, 'port'],
  [/route/, 'route-map'],
  [/tms|crm|sprint|-translation/, 'kanban'],
  [/speech/, 'speech'],
  [/vision/, 'camera'],
  [/turnkey/, 'robot'],
  [/telecare/, 'telecare'],
  [/interop/, 'exchange'],
  [/openbank/, 'api-hub'],
  [/eid/, 'identity'],
  [/single-window|eservices/, 'e-form'],
  [/storage/, 'storage'],
  [/kubernetes/, 'cluster'],
  [/devops|firmware|pentest|mlops/, 'terminal'],
  [/meter/, 'meters'],
  [/energyhub/, 'energy'],
  [/soc$|fraud/, 'security'],
  [/nis2|registry|rollout|starter/, 'plan'],
  [/skill/, 'skills'],
  [/varirate/, 'field-zones'],
  [/lora/, 'board'],
  [/pcb/, 'board-cad'],
  [/forgekit|course-studio/, 'design'],
  [/app-dev/, 'phones'],
  [/paygate/, 'payment'],
]

/** Scenes per category, in order of preference. */
const BY_CATEGORY: Record<string, SceneName[]> = {
  'enterprise-software': ['kanban', 'dashboard'],
  'custom-software': ['terminal'],
  'mobile-web-apps': ['phones'],
  'data-analytics': ['dashboard'],
  'artificial-intelligence': ['dashboard'],
  'language-technology': ['translation', 'speech'],
  'cloud-hosting': ['cluster', 'storage'],
  devops: ['terminal'],
  cybersecurity: ['security'],
  'industrial-automation': ['cell-layout', 'camera'],
  'embedded-systems': ['board', 'terminal'],
  'iot-platforms': ['meters'],
  'it-consulting': ['plan'],
  'ux-design': ['design'],
  'e-learning': ['course', 'skills'],
  fintech: ['payment', 'security'],
  healthtech: ['patient', 'telecare'],
  govtech: ['e-form', 'identity'],
  'logistics-tech': ['route-map', 'sea-map'],
  'energy-tech': ['energy', 'meters'],
  agritech: ['field-map'],
}

/**
 * The scenes a product's pictures show, best first: `view` 1 takes the first, further views the
 * next ones, so a product with several pictures shows several screens.
 */
export function scenesFor(slug: string, categories: readonly string[] = []): SceneName[] {
  const out: SceneName[] = []
  const add = (s: SceneName) => {
    if (!out.includes(s)) out.push(s)
  }
  for (const [re, scene] of KEYWORDS) if (re.test(slug)) add(scene)
  for (const c of categories) for (const s of BY_CATEGORY[c] ?? []) add(s)
  add('dashboard')
  return out
}
