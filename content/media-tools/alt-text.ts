// Alt texts for media.json and titles for documents.json, written as natural sentences in each
// locale rather than generated from one English template.
import type { Locale, Localized } from './data.ts'
import { LANGUAGE_NAMES } from './i18n.ts'

const quoteEn = (s: string) => `“${s}”`
const quoteBgDe = (s: string) => `„${s}“`

export function logoAlt(name: string): Localized {
  return { en: `Logo of ${name}`, bg: `Лого на ${name}`, de: `Logo von ${name}` }
}

/** "OrbitSoft ERP Flow" already names its maker; other product names get "by <maker>". */
export function productAlt(
  name: string,
  maker: string,
  kind: string | undefined,
  view: number,
): Localized {
  const named = name.toLowerCase().includes(maker.toLowerCase())
  const suffix: Localized =
    view > 1
      ? { en: `, view ${view}`, bg: `, изглед ${view}`, de: `, Ansicht ${view}` }
      : { en: '', bg: '', de: '' }
  if (kind === 'service') {
    return {
      en: `Illustration of the client portal of the ${name} service${named ? '' : ` by ${maker}`}${suffix.en}`,
      bg: `Илюстрация на клиентския портал на услугата ${name}${named ? '' : ` на ${maker}`}${suffix.bg}`,
      de: `Illustration des Kundenportals der Dienstleistung ${name}${named ? '' : ` von ${maker}`}${suffix.de}`,
    }
  }
  return {
    en: `Illustration of the ${name} interface${named ? '' : ` by ${maker}`}${suffix.en}`,
    bg: `Илюстрация на интерфейса на ${name}${named ? '' : ` от ${maker}`}${suffix.bg}`,
    de: `Illustration der Benutzeroberfläche von ${name}${named ? '' : ` (${maker})`}${suffix.de}`,
  }
}

export function eventAlt(title: Localized, date: Localized): Localized {
  return {
    en: `Banner of the event ${quoteEn(title.en)}, ${date.en}`,
    bg: `Банер на събитието ${quoteBgDe(title.bg)}, ${date.bg}`,
    de: `Banner der Veranstaltung ${quoteBgDe(title.de)}, ${date.de}`,
  }
}

export function coverAlt(title: Localized): Localized {
  return {
    en: `Cover of the publication ${quoteEn(title.en)}`,
    bg: `Корица на публикацията ${quoteBgDe(title.bg)}`,
    de: `Titelseite der Publikation ${quoteBgDe(title.de)}`,
  }
}

export function shareAlt(clusterName: string, tagline: Localized): Localized {
  return {
    en: `Preview image of ${clusterName} with the tagline ${quoteEn(tagline.en)}`,
    bg: `Изображение за споделяне на ${clusterName} с мотото ${quoteBgDe(tagline.bg)}`,
    de: `Vorschaubild von ${clusterName} mit dem Leitspruch ${quoteBgDe(tagline.de)}`,
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
