// Alt texts for media.json and titles for documents.json, written as natural sentences in each
// locale rather than generated from one English template.
import type { Locale, Localized } from './data.ts'
import type { CoverScene } from './cover-art.ts'
import { LANGUAGE_NAMES } from './i18n.ts'
import type { SceneName } from './product-scenes.ts'
import { COVER_SCENE_ALT, EVENT_SCENE_ALT, PRODUCT_SCENE_ALT } from './scene-alt.ts'

const quoteEn = (s: string) => `“${s}”`
const quoteBgDe = (s: string) => `„${s}“`

export function logoAlt(name: string): Localized {
  return { en: `Logo of ${name}`, bg: `Лого на ${name}`, de: `Logo von ${name}` }
}

/**
 * "Illustration of <product> by <maker>: <what the picture shows>". "OrbitSoft ERP Flow" already
 * names its maker, so it gets no "by".
 */
export function productAlt(name: string, maker: string, scene: SceneName, view: number): Localized {
  const named = name.toLowerCase().includes(maker.toLowerCase())
  const shows = PRODUCT_SCENE_ALT[scene]
  const suffix: Localized =
    view > 1
      ? { en: ` (view ${view})`, bg: ` (изглед ${view})`, de: ` (Ansicht ${view})` }
      : { en: '', bg: '', de: '' }
  return {
    en: `Illustration of ${name}${named ? '' : ` by ${maker}`}${suffix.en}: ${shows.en}`,
    bg: `Илюстрация на ${name}${named ? '' : ` от ${maker}`}${suffix.bg}: ${shows.bg}`,
    de: `Illustration zu ${name}${named ? '' : ` (${maker})`}${suffix.de}: ${shows.de}`,
  }
}

/** The banner shows a scene of the event's kind; the title, date and status are the page's. */
export function eventAlt(title: Localized, kind: string | undefined): Localized {
  const shows = EVENT_SCENE_ALT[kind ?? ''] ?? EVENT_SCENE_ALT.conference
  return {
    en: `Illustration for the event ${quoteEn(title.en)}: ${shows.en}`,
    bg: `Илюстрация към събитието ${quoteBgDe(title.bg)}: ${shows.bg}`,
    de: `Illustration zur Veranstaltung ${quoteBgDe(title.de)}: ${shows.de}`,
  }
}

export function coverAlt(title: Localized, scene: CoverScene): Localized {
  const shows = COVER_SCENE_ALT[scene]
  return {
    en: `Cover of the publication ${quoteEn(title.en)}: ${shows.en}`,
    bg: `Корица на публикацията ${quoteBgDe(title.bg)}: ${shows.bg}`,
    de: `Titelseite der Publikation ${quoteBgDe(title.de)}: ${shows.de}`,
  }
}

export function shareAlt(clusterName: string): Localized {
  return {
    en: `Map of Bulgaria with the members of ${clusterName} as linked points`,
    bg: `Карта на България с членовете на ${clusterName} като свързани точки`,
    de: `Karte Bulgariens mit den Mitgliedern von ${clusterName} als verbundene Punkte`,
  }
}

/** Title of a publication PDF in `fileLocale`, e.g. "… (PDF, Bulgarian)" / "(PDF, на български)". */
export function publicationDocTitle(title: Localized, fileLocale: Locale): Localized {
  const lang = LANGUAGE_NAMES[fileLocale]
  return {
    en: `${title.en} (PDF, ${lang.en})`,
    bg: `${title.bg} (PDF, ${lang.bg})`,
    de: `${title.de} (PDF, ${lang.de})`,
  }
}

export function brochureDocTitle(name: string): Localized {
  const lang = LANGUAGE_NAMES.en
  return {
    en: `${name}: product brochure (PDF, ${lang.en})`,
    bg: `${name}: брошура на продукта (PDF, ${lang.bg})`,
    de: `${name}: Produktbroschüre (PDF, ${lang.de})`,
  }
}
