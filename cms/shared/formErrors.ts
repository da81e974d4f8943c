/**
 * The words for each error code of the public forms' rules (cms/shared/formSchema.ts), in every
 * locale: the one source that both the CMS endpoints' answers (cms/i18n, `form.error.<code>`)
 * and the portal's check in the browser (site/islands/forms/labels.ts) read, so an error reads
 * the same before and after sending. Pure data, so the portal may import it; no placeholders.
 *
 * Only a type comes from formSchema.ts: importing its values would pull zod into the island's
 * first load, which the form loads lazily.
 */
import type { FormErrorCode } from './formSchema'
import type { Locale } from './locales'

export const formErrorTexts = {
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
    tooFast: 'The form was sent too quickly. Wait a few seconds and send it again.',
    spam: 'This looks like an automated submission and was not accepted.',
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
    tooFast: 'Формулярът е изпратен твърде бързо. Изчакайте няколко секунди и го изпратете отново.',
    spam: 'Изпращането изглежда автоматично и не е прието.',
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
    tooFast:
      'Das Formular wurde zu schnell gesendet. Warten Sie einige Sekunden und senden Sie es erneut.',
    spam: 'Diese Einsendung wirkt automatisiert und wurde nicht angenommen.',
  },
} satisfies Record<Locale, Record<FormErrorCode, string>>

/** The error texts as catalogue entries, `form.error.<code>`, for one locale. */
export const formErrorEntries = (locale: Locale) =>
  Object.fromEntries(
    Object.entries(formErrorTexts[locale]).map(([code, text]) => [`form.error.${code}`, text]),
  ) as { [C in FormErrorCode as `form.error.${C}`]: string }
