import type { InquiryFacts, Templates } from './en'

const sender = (f: InquiryFacts) =>
  [f.buyerName, f.buyerCompany && `(${f.buyerCompany})`, f.buyerCountry && `aus ${f.buyerCountry}`]
    .filter(Boolean)
    .join(' ')

const about = (f: InquiryFacts) =>
  f.concerns?.kind === 'product'
    ? `zum Produkt „${f.concerns.title}“`
    : f.concerns?.kind === 'cooperation'
      ? `als Antwort auf die Kooperationsanzeige „${f.concerns.title}“`
      : `an ${f.memberName}`

const quoted = (message: string) => `----\n${message}\n----`

export const de: Templates = {
  inquiryForMember: (f) => ({
    subject: `Neue Anfrage von ${f.buyerName}${f.concerns ? `: ${f.concerns.title}` : ''}`,
    text: `Guten Tag ${f.memberName},

${sender(f)} hat über das Portal von ${f.clusterName} eine Anfrage ${about(f)} gesendet:

${quoted(f.message)}

Antworten Sie auf diese E-Mail, um ${f.buyerName} direkt zu schreiben (${f.buyerEmail}).
Die Anfrage finden Sie auch im CMS: ${f.adminLink}

${f.clusterName}`,
  }),
  inquiryForStaff: (f) => ({
    subject: `Anfrage an ${f.memberName} von ${f.buyerName}`,
    text: `${sender(f)} hat eine Anfrage ${about(f)} gesendet (${f.memberName}):

${quoted(f.message)}

${
  f.memberNotified
    ? `${f.memberName} wurde über die öffentliche Kontaktadresse benachrichtigt.`
    : `${f.memberName} hat keine öffentliche Kontaktadresse und wurde NICHT benachrichtigt: Bitte leiten Sie die Anfrage weiter.`
}
Im CMS öffnen, um den Status zu setzen: ${f.adminLink}
Antworten Sie auf diese E-Mail, um dem Käufer zu schreiben (${f.buyerEmail}).`,
  }),
  rejection: (f) => ({
    subject: `Ihr Mitgliedsantrag bei ${f.clusterName}`,
    text: `Guten Tag ${f.contactName},

vielen Dank für das Interesse von ${f.companyName} an einer Mitgliedschaft in ${f.clusterName} und für die Zeit, die Sie sich für den Antrag genommen haben.

Nach sorgfältiger Prüfung können wir den Antrag derzeit leider nicht annehmen. Dies ist keine Bewertung der Arbeit Ihres Unternehmens; die Mitgliedschaft richtet sich nach den aktuellen Schwerpunkten und Kriterien des Clusters.

Sie sind herzlich eingeladen, sich künftig erneut zu bewerben und bis dahin unsere Veranstaltungen und Publikationen zu verfolgen. Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
${f.clusterName}`,
  }),
  welcome: (f) => ({
    subject: `Willkommen bei ${f.clusterName}: Passwort festlegen`,
    text: `Guten Tag ${f.contactName},

wir freuen uns, Ihnen mitzuteilen, dass der Mitgliedsantrag von ${f.companyName} angenommen wurde.

Für Sie wurde ein Konto im CMS von ${f.clusterName} angelegt, in dem Sie Profil, Produkte und Kooperationsangebote Ihres Unternehmens aktuell halten. Um Ihr Passwort festzulegen, öffnen Sie diesen Link innerhalb von ${f.validDays} Tagen:

${f.link}

Das Profil Ihres Unternehmens ist vorerst ein Entwurf; unser Team veröffentlicht es nach einer letzten Prüfung.

Herzlich willkommen
${f.clusterName}`,
  }),
  passwordReset: (f) => ({
    subject: `Passwort für ${f.clusterName} zurücksetzen`,
    text: `Jemand, vermutlich Sie, hat das Zurücksetzen des Passworts Ihres Kontos im CMS von ${f.clusterName} angefordert.

Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb einer Stunde:

${f.link}

Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

${f.clusterName}`,
  }),
}
