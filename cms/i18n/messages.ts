import type { PayloadRequest } from 'payload'

import type { FormErrorCode } from '@shared/formSchema'
import { defaultLocale, isLocale, type Locale } from '@shared/locales'

/**
 * Messages the CMS itself writes (validation, errors), in every locale of cms/shared/locales.ts.
 * Payload's own UI strings come from @payloadcms/translations.
 */
const messages = {
  en: {
    slugFormat: 'Use lower-case letters, digits and single hyphens only, e.g. "cloud-platform".',
    slugTaken: 'The slug "{slug}" is already used by another document here. Choose another.',
    slugReserved:
      'The slug "{slug}" is the address of one of the portal\'s own pages, so this page would never be shown. Choose another, e.g. "{slug}-info".',
    url: 'Enter a full web address starting with https:// or http://, e.g. https://example.com.',
    email: 'Enter an email address such as name@example.com.',
    countryCode: 'Use a two-letter ISO 3166-1 country code in capitals, e.g. BG, DE, AT.',
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
    uploadUnreadable:
      'The upload could not be read ({reason}). Send it as multipart/form-data with one file.',
    bodyType:
      'A body of type {type} cannot be read here. Send application/json or multipart/form-data.',
    badQueryValue:
      'A value in the request does not fit its field, e.g. a word where an id, number or date belongs. Check where, limit, depth and the ids.',
    currentPasswordRequired:
      'Enter your current password to change your email address or password.',
    currentPasswordWrong: 'The current password is not correct.',
    loginRateLimited: 'Too many login attempts from your network. Try again in {minutes} min.',
    forgotRateLimited:
      'Too many password reset requests from your network. Try again in {minutes} min.',
    restoreAsDraft:
      'A member company can restore a version only as a draft; staff publish it. Restore it as a draft.',
    lockNotYours: 'You can only lock, change or unlock documents you may edit, in your own name.',
  },
  bg: {
    slugFormat:
      'Използвайте само малки латински букви, цифри и единични тирета, напр. "cloud-platform".',
    slugTaken: 'Адресът (slug) "{slug}" вече се използва от друг документ тук. Изберете друг.',
    slugReserved:
      'Адресът (slug) "{slug}" е зает от собствена страница на портала и тази страница никога няма да се покаже. Изберете друг, напр. "{slug}-info".',
    url: 'Въведете пълен уеб адрес, започващ с https:// или http://, напр. https://example.com.',
    email: 'Въведете имейл адрес, напр. name@example.com.',
    countryCode:
      'Използвайте двубуквен код на държава по ISO 3166-1 с главни букви, напр. BG, DE, AT.',
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
    uploadUnreadable:
      'Каченото не може да бъде прочетено ({reason}). Изпратете го като multipart/form-data с един файл.',
    bodyType:
      'Тяло от тип {type} не може да бъде прочетено тук. Изпратете application/json или multipart/form-data.',
    badQueryValue:
      'Стойност в заявката не отговаря на полето си, напр. дума на мястото на id, число или дата. Проверете where, limit, depth и id.',
    currentPasswordRequired:
      'Въведете текущата си парола, за да смените имейл адреса или паролата си.',
    currentPasswordWrong: 'Текущата парола не е вярна.',
    loginRateLimited:
      'Твърде много опити за вход от вашата мрежа. Опитайте отново след {minutes} мин.',
    forgotRateLimited:
      'Твърде много заявки за нова парола от вашата мрежа. Опитайте отново след {minutes} мин.',
    restoreAsDraft:
      'Фирма членка може да възстанови версия само като чернова; екипът на клъстера я публикува. Възстановете я като чернова.',
    lockNotYours:
      'Можете да заключвате, променяте и отключвате само документи, които можете да редактирате, и само от свое име.',
  },
  de: {
    slugFormat:
      'Verwenden Sie nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. "cloud-platform".',
    slugTaken:
      'Der Slug "{slug}" wird hier bereits von einem anderen Dokument verwendet. Wählen Sie einen anderen.',
    slugReserved:
      'Der Slug "{slug}" ist die Adresse einer eigenen Seite des Portals, diese Seite würde also nie angezeigt. Wählen Sie einen anderen, z. B. "{slug}-info".',
    url: 'Geben Sie eine vollständige Webadresse mit https:// oder http:// ein, z. B. https://example.com.',
    email: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    countryCode:
      'Verwenden Sie einen zweibuchstabigen Ländercode nach ISO 3166-1 in Großbuchstaben, z. B. BG, DE, AT.',
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
    uploadUnreadable:
      'Der Upload ist nicht lesbar ({reason}). Senden Sie ihn als multipart/form-data mit einer Datei.',
    bodyType:
      'Ein Inhalt vom Typ {type} kann hier nicht gelesen werden. Senden Sie application/json oder multipart/form-data.',
    badQueryValue:
      'Ein Wert in der Anfrage passt nicht zu seinem Feld, z. B. ein Wort statt einer ID, Zahl oder eines Datums. Prüfen Sie where, limit, depth und die IDs.',
    currentPasswordRequired:
      'Geben Sie Ihr aktuelles Passwort ein, um Ihre E-Mail-Adresse oder Ihr Passwort zu ändern.',
    currentPasswordWrong: 'Das aktuelle Passwort ist nicht korrekt.',
    loginRateLimited:
      'Zu viele Anmeldeversuche aus Ihrem Netzwerk. Versuchen Sie es in {minutes} Min. erneut.',
    forgotRateLimited:
      'Zu viele Anfragen zum Zurücksetzen des Passworts aus Ihrem Netzwerk. Versuchen Sie es in {minutes} Min. erneut.',
    restoreAsDraft:
      'Ein Mitgliedsunternehmen kann eine Version nur als Entwurf wiederherstellen; das Cluster-Team veröffentlicht sie. Stellen Sie sie als Entwurf wieder her.',
    lockNotYours:
      'Sie können nur Dokumente sperren, ändern oder entsperren, die Sie bearbeiten dürfen, und nur in Ihrem eigenen Namen.',
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

/**
 * What the public forms' endpoints answer, per error code of cms/shared/formSchema.ts and per
 * request problem, in every locale. The portal has its own copy in site/i18n/ui (`form.*`).
 */
const formMessages = {
  en: {
    required: 'This field is required.',
    tooShort: 'This is too short: please write a little more.',
    tooLong: 'This is too long: please shorten it.',
    email: 'Enter an email address such as name@example.com.',
    url: 'Enter a full web address starting with https:// or http://, e.g. https://example.com.',
    country: 'Choose a country from the list.',
    legalId:
      'Enter a Bulgarian UIC/EIK (9 or 13 digits) or an EU VAT number with its country prefix, e.g. DE123456789.',
    consent: 'Please agree to the privacy notice to send this form.',
    choice: 'Choose one of the options offered.',
    unknownTarget:
      'What this refers to was not found or is no longer published. Reload the page and try again.',
    unknownField: 'This field is not part of the form. Reload the page and try again.',
    invalid: 'This value is not accepted: check it and remove special characters such as < >.',
    unreadable: 'The form could not be read. Reload the page and try again.',
    tooFast: 'The form was sent too quickly. Wait a few seconds and send it again.',
    spam: 'This looks like an automated submission and was not accepted.',
    tooLarge: 'The form is larger than {max} KB. Shorten the text and send it again.',
    contentType: 'Send the form as JSON (Content-Type: application/json).',
    rateLimited: 'Too many forms were sent from your network. Try again in {minutes} min.',
    origin: 'This form can only be sent from the portal at {origin}.',
    unavailable: 'The form could not be saved just now. Try again in a few minutes.',
    inquirySent: 'Thank you. Your inquiry was sent; the company will reply by email.',
    applicationSent:
      'Thank you. Your application was received; the cluster team will contact you by email.',
  },
  bg: {
    required: 'Това поле е задължително.',
    tooShort: 'Текстът е твърде кратък: моля, напишете малко повече.',
    tooLong: 'Текстът е твърде дълъг: моля, съкратете го.',
    email: 'Въведете имейл адрес, напр. name@example.com.',
    url: 'Въведете пълен уеб адрес, започващ с https:// или http://, напр. https://example.com.',
    country: 'Изберете държава от списъка.',
    legalId:
      'Въведете ЕИК по БУЛСТАТ (9 или 13 цифри) или ДДС номер от ЕС с префикса на държавата, напр. DE123456789.',
    consent: 'Моля, приемете уведомлението за поверителност, за да изпратите формуляра.',
    choice: 'Изберете една от предложените възможности.',
    unknownTarget:
      'Това, за което се отнася формулярът, не е намерено или вече не е публикувано. Презаредете страницата и опитайте отново.',
    unknownField: 'Това поле не е част от формуляра. Презаредете страницата и опитайте отново.',
    invalid: 'Стойността не се приема: проверете я и премахнете специални знаци като < >.',
    unreadable: 'Формулярът не може да бъде прочетен. Презаредете страницата и опитайте отново.',
    tooFast: 'Формулярът е изпратен твърде бързо. Изчакайте няколко секунди и го изпратете отново.',
    spam: 'Изпращането изглежда автоматично и не е прието.',
    tooLarge: 'Формулярът е по-голям от {max} KB. Съкратете текста и го изпратете отново.',
    contentType: 'Изпратете формуляра като JSON (Content-Type: application/json).',
    rateLimited:
      'От вашата мрежа са изпратени твърде много формуляри. Опитайте отново след {minutes} мин.',
    origin: 'Този формуляр може да се изпраща само от портала на адрес {origin}.',
    unavailable:
      'Формулярът не може да бъде записан в момента. Опитайте отново след няколко минути.',
    inquirySent: 'Благодарим ви! Запитването е изпратено; фирмата ще ви отговори по имейл.',
    applicationSent:
      'Благодарим ви! Заявлението е получено; екипът на клъстера ще се свърже с вас по имейл.',
  },
  de: {
    required: 'Dieses Feld ist erforderlich.',
    tooShort: 'Das ist zu kurz: Bitte schreiben Sie etwas mehr.',
    tooLong: 'Das ist zu lang: Bitte kürzen Sie den Text.',
    email: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
    url: 'Geben Sie eine vollständige Webadresse mit https:// oder http:// ein, z. B. https://example.com.',
    country: 'Wählen Sie ein Land aus der Liste.',
    legalId:
      'Geben Sie eine bulgarische UIC/EIK (9 oder 13 Ziffern) oder eine EU-USt-IdNr. mit Länderpräfix ein, z. B. DE123456789.',
    consent: 'Bitte stimmen Sie der Datenschutzerklärung zu, um das Formular zu senden.',
    choice: 'Wählen Sie eine der angebotenen Möglichkeiten.',
    unknownTarget:
      'Worauf sich das Formular bezieht, wurde nicht gefunden oder ist nicht mehr veröffentlicht. Laden Sie die Seite neu und versuchen Sie es erneut.',
    unknownField:
      'Dieses Feld gehört nicht zum Formular. Laden Sie die Seite neu und versuchen Sie es erneut.',
    invalid:
      'Dieser Wert wird nicht angenommen: Prüfen Sie ihn und entfernen Sie Sonderzeichen wie < >.',
    unreadable:
      'Das Formular konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
    tooFast:
      'Das Formular wurde zu schnell gesendet. Warten Sie einige Sekunden und senden Sie es erneut.',
    spam: 'Diese Einsendung wirkt automatisiert und wurde nicht angenommen.',
    tooLarge: 'Das Formular ist größer als {max} KB. Kürzen Sie den Text und senden Sie es erneut.',
    contentType: 'Senden Sie das Formular als JSON (Content-Type: application/json).',
    rateLimited:
      'Aus Ihrem Netzwerk wurden zu viele Formulare gesendet. Versuchen Sie es in {minutes} Min. erneut.',
    origin: 'Dieses Formular kann nur über das Portal unter {origin} gesendet werden.',
    unavailable:
      'Das Formular konnte gerade nicht gespeichert werden. Versuchen Sie es in einigen Minuten erneut.',
    inquirySent: 'Vielen Dank. Ihre Anfrage wurde gesendet; das Unternehmen antwortet per E-Mail.',
    applicationSent:
      'Vielen Dank. Ihr Antrag ist eingegangen; das Cluster-Team meldet sich per E-Mail bei Ihnen.',
  },
} satisfies Record<Locale, Record<FormErrorCode | FormRequestMessage, string>>

/** Answers of the form endpoints that are not about one field. */
export type FormRequestMessage =
  | 'unreadable'
  | 'tooLarge'
  | 'contentType'
  | 'rateLimited'
  | 'origin'
  | 'unavailable'
  | 'inquirySent'
  | 'applicationSent'

export type FormMessageKey = keyof (typeof formMessages)['en']

/**
 * A form endpoint's message in the visitor's locale, with {placeholders} filled.
 *
 * @example formMessage('bg', 'required') // 'Това поле е задължително.'
 */
export function formMessage(
  locale: Locale,
  key: FormMessageKey,
  vars: Record<string, string | number> = {},
): string {
  const text: string = formMessages[locale][key] ?? formMessages.en[key]
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))
}

export const formMessagesFor = (locale: Locale) => formMessages[locale]
