import type { PayloadRequest } from 'payload'

import { requestLanguage } from '../i18n/messages'
import type { Locale } from '@shared/locales'

/** What staff read when a review step is refused or fails, in the admin's language. */
const texts = {
  en: {
    startReceived:
      'A new application starts as "received". Save it first, then move it to "reviewing".',
    final:
      'This application is already "{from}". That decision is final; the status cannot change.',
    transition: 'An application that is "{from}" can only move to {allowed}, not to "{to}".',
    emailTaken:
      'A user with the email {email} already exists. Change the email on the application, or ' +
      'link that user to a member company yourself. Nothing was changed.',
    approvalFailed:
      'The approval was not saved and nothing was created: {reason}. Correct the application and ' +
      'try again.',
    memberNote: 'Created on approval of membership application #{id} (legal ID {legalId}).',
  },
  bg: {
    startReceived:
      'Новото заявление започва със статус "received". Запазете го и след това го преместете в "reviewing".',
    final:
      'Заявлението вече е "{from}". Това решение е окончателно; статусът не може да се промени.',
    transition: 'Заявление със статус "{from}" може да премине само в {allowed}, не в "{to}".',
    emailTaken:
      'Вече има потребител с имейл {email}. Променете имейла в заявлението или свържете този ' +
      'потребител с фирма членка ръчно. Нищо не е променено.',
    approvalFailed:
      'Одобрението не е запазено и нищо не е създадено: {reason}. Коригирайте заявлението и ' +
      'опитайте отново.',
    memberNote: 'Създаден при одобрение на заявление за членство №{id} (ЕИК/ДДС номер {legalId}).',
  },
  de: {
    startReceived:
      'Ein neuer Antrag beginnt als "received". Speichern Sie ihn zuerst und setzen Sie ihn dann auf "reviewing".',
    final:
      'Dieser Antrag ist bereits "{from}". Die Entscheidung ist endgültig; der Status kann sich nicht mehr ändern.',
    transition: 'Ein Antrag mit Status "{from}" kann nur zu {allowed} wechseln, nicht zu "{to}".',
    emailTaken:
      'Es gibt bereits einen Benutzer mit der E-Mail-Adresse {email}. Ändern Sie die Adresse im ' +
      'Antrag oder ordnen Sie diesen Benutzer selbst einem Mitgliedsunternehmen zu. Nichts wurde geändert.',
    approvalFailed:
      'Die Annahme wurde nicht gespeichert und nichts wurde angelegt: {reason}. Korrigieren Sie ' +
      'den Antrag und versuchen Sie es erneut.',
    memberNote: 'Angelegt bei Annahme des Mitgliedsantrags Nr. {id} (Kennung {legalId}).',
  },
} satisfies Record<Locale, Record<string, string>>

type Key = keyof (typeof texts)['en']

/** A review message in the language of the staff member making the request. */
export function reviewMessage(
  req: Partial<PayloadRequest>,
  key: Key,
  vars: Record<string, string | number> = {},
): string {
  return texts[requestLanguage(req)][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  )
}

/** "x" or "y", with the conjunction of the request's language. */
export const quotedChoices = (req: Partial<PayloadRequest>, values: readonly string[]) =>
  new Intl.ListFormat(requestLanguage(req), { type: 'disjunction' }).format(
    values.map((v) => `"${v}"`),
  )
