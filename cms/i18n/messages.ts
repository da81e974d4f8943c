import type { PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '../locales'

/**
 * Messages the CMS itself writes (validation, errors), in every locale of cms/locales.ts.
 * Payload's own UI strings come from @payloadcms/translations.
 */
const messages = {
  en: {
    slugFormat: 'Use lower-case letters, digits and single hyphens only, e.g. "cloud-platform".',
    slugTaken: 'The slug "{slug}" is already used by another document here. Choose another.',
    url: 'Enter a full web address starting with https:// or http://, e.g. https://example.com.',
    email: 'Enter an email address such as name@example.com.',
    endBeforeStart: 'The end must not be before the start.',
    deadlineAfterStart: 'The registration deadline must not be after the start of the event.',
    timeZone: 'Choose a time zone such as Europe/Sofia.',
    memberNeedsCompany: 'A member user must belong to exactly one member company.',
    year: 'Enter a year between 1900 and the current year.',
    latitude: 'Latitude is a number from -90 to 90.',
    longitude: 'Longitude is a number from -180 to 180.',
    altRequired:
      'Alt text is required in English: describe the image for people who cannot see it.',
    fileTooLarge: 'The file is {size} MB; at most {max} MB are accepted.',
    fileType: 'Files of type {type} are not accepted here. Accepted: {accepted}.',
    ownProductsOnly: 'A product can only work with products of other member companies.',
    categoryOwnParent: 'A category cannot be its own parent.',
    categoryParentMissing: 'The parent category does not exist.',
    categoryTwoLevels: 'Categories have two levels: choose a top-level category as parent.',
  },
  bg: {
    slugFormat:
      'Използвайте само малки латински букви, цифри и единични тирета, напр. "cloud-platform".',
    slugTaken: 'Адресът (slug) "{slug}" вече се използва от друг документ тук. Изберете друг.',
    url: 'Въведете пълен уеб адрес, започващ с https:// или http://, напр. https://example.com.',
    email: 'Въведете имейл адрес, напр. name@example.com.',
    endBeforeStart: 'Краят не може да бъде преди началото.',
    deadlineAfterStart: 'Крайният срок за регистрация не може да бъде след началото на събитието.',
    timeZone: 'Изберете часова зона, напр. Europe/Sofia.',
    memberNeedsCompany: 'Потребител с роля „член“ трябва да принадлежи на точно една фирма членка.',
    year: 'Въведете година между 1900 и текущата година.',
    latitude: 'Географската ширина е число от -90 до 90.',
    longitude: 'Географската дължина е число от -180 до 180.',
    altRequired:
      'Алтернативният текст на английски е задължителен: опишете изображението за хора, които не го виждат.',
    fileTooLarge: 'Файлът е {size} MB; приемат се най-много {max} MB.',
    fileType: 'Файлове от тип {type} не се приемат тук. Приемат се: {accepted}.',
    ownProductsOnly: 'Продуктът може да работи само с продукти на други фирми членки.',
    categoryOwnParent: 'Категорията не може да бъде родител на себе си.',
    categoryParentMissing: 'Родителската категория не съществува.',
    categoryTwoLevels: 'Категориите са на две нива: изберете категория от първо ниво за родител.',
  },
  de: {
    slugFormat:
      'Verwenden Sie nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. "cloud-platform".',
    slugTaken:
      'Der Slug "{slug}" wird hier bereits von einem anderen Dokument verwendet. Wählen Sie einen anderen.',
    url: 'Geben Sie eine vollständige Webadresse mit https:// oder http:// ein, z. B. https://example.com.',
    email: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    endBeforeStart: 'Das Ende darf nicht vor dem Beginn liegen.',
    deadlineAfterStart: 'Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen.',
    timeZone: 'Wählen Sie eine Zeitzone wie Europe/Sofia.',
    memberNeedsCompany: 'Ein Mitgliedsbenutzer muss genau einem Mitgliedsunternehmen angehören.',
    year: 'Geben Sie ein Jahr zwischen 1900 und dem laufenden Jahr ein.',
    latitude: 'Der Breitengrad ist eine Zahl von -90 bis 90.',
    longitude: 'Der Längengrad ist eine Zahl von -180 bis 180.',
    altRequired:
      'Ein Alternativtext auf Englisch ist erforderlich: Beschreiben Sie das Bild für Menschen, die es nicht sehen.',
    fileTooLarge: 'Die Datei ist {size} MB groß; höchstens {max} MB werden angenommen.',
    fileType: 'Dateien vom Typ {type} werden hier nicht angenommen. Erlaubt: {accepted}.',
    ownProductsOnly:
      'Ein Produkt kann nur mit Produkten anderer Mitgliedsunternehmen zusammenarbeiten.',
    categoryOwnParent: 'Eine Kategorie kann nicht ihre eigene Oberkategorie sein.',
    categoryParentMissing: 'Die Oberkategorie existiert nicht.',
    categoryTwoLevels:
      'Kategorien haben zwei Ebenen: Wählen Sie eine Kategorie der obersten Ebene als Oberkategorie.',
  },
} satisfies Record<Locale, Record<string, string>>

export type MessageKey = keyof (typeof messages)['en']

/** The language of the person making the request: admin UI language, else content locale. */
export const requestLanguage = (req?: Partial<PayloadRequest>): Locale => {
  const candidates = [req?.i18n?.language, req?.locale]
  return (candidates.find(isLocale) as Locale | undefined) ?? defaultLocale
}

/**
 * A message in the requester's language with {placeholders} filled.
 *
 * @example message(req, 'fileTooLarge', { size: 12.4, max: 10 })
 */
export function message(
  req: Partial<PayloadRequest> | undefined,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const text: string = messages[requestLanguage(req)][key] ?? messages.en[key]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}

export const messagesFor = (locale: Locale) => messages[locale]
