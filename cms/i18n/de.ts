/** The CMS's words in German; en.ts is the type and explains the format. */
import { formErrorEntries } from '@shared/formErrors'
import type { Catalogue } from './en'

export const de: Catalogue = {
  'admin.group.directory': 'Verzeichnis',
  'admin.group.catalogue': 'Katalog',
  'admin.group.inbox': 'Posteingang',
  'admin.group.cluster': 'Cluster',
  'admin.group.files': 'Dateien',
  'admin.group.administration': 'Verwaltung',
  'admin.group.matchmaking': 'Matchmaking',
  'admin.members.singular': 'Mitglied',
  'admin.members.plural': 'Mitglieder',
  'admin.categories.singular': 'Kategorie',
  'admin.categories.plural': 'Kategorien',
  'admin.products.singular': 'Produkt oder Dienstleistung',
  'admin.products.plural': 'Produkte und Dienstleistungen',
  'admin.applications.singular': 'Mitgliedsantrag',
  'admin.applications.plural': 'Mitgliedsanträge',
  'admin.pages.singular': 'Seite',
  'admin.pages.plural': 'Seiten',
  'admin.inquiries.singular': 'Anfrage',
  'admin.inquiries.plural': 'Anfragen',
  'admin.cooperation.singular': 'Kooperationsanzeige',
  'admin.cooperation.plural': 'Kooperationsbörse',
  'admin.documents.singular': 'Dokument (PDF)',
  'admin.documents.plural': 'Dokumente (PDF)',
  'admin.protocols.singular': 'Protokoll oder Standard',
  'admin.protocols.plural': 'Protokolle und Standards',
  'admin.apiDescriptions.singular': 'API-Beschreibung',
  'admin.apiDescriptions.plural': 'API-Beschreibungen (OpenAPI, AsyncAPI)',
  'admin.media.singular': 'Bild',
  'admin.media.plural': 'Bilder',
  'admin.partners.singular': 'Partner',
  'admin.partners.plural': 'Partner',
  'admin.users.singular': 'Benutzer',
  'admin.users.plural': 'Benutzer',
  'admin.publications.singular': 'Publikation',
  'admin.publications.plural': 'Publikationen',
  'admin.events.singular': 'Veranstaltung',
  'admin.events.plural': 'Veranstaltungen',
  'admin.matchmaking.onlineUrl.description':
    'Für eine Online-Session: die Adresse der Gesprächsräume; der Raum jedes Tisches ist diese Adresse mit angehängter Tischnummer (…/hits-b2b-3).',
  'admin.matchmaking.description':
    'B2B-Matchmaking bei dieser Veranstaltung: Teilnehmende melden sich auf der Veranstaltungsseite an, fragen Einzelgespräche miteinander an und treffen sich zu festen Zeiten an Tischen.',
  'admin.meetings.singular': 'Gespräch',
  'admin.meetings.plural': 'Gespräche',
  'admin.participants.singular': 'Teilnehmer',
  'admin.participants.plural': 'Teilnehmende',
  'admin.settings.label': 'Einstellungen',
  'admin.settings.membership.description':
    'Erscheint auf der Mitgliedschaftsseite des Portals, je Sprache: die Beiträge nach Unternehmensgröße, was nach einer Bewerbung geschieht, Stimmen von Mitgliedern und häufige Fragen.',
  'admin.buildStatus.label': 'Website-Build',
  'admin.currentPassword.label': 'Aktuelles Passwort',
  'admin.currentPassword.description':
    'Nur nötig, um Ihre E-Mail-Adresse oder Ihr Passwort zu ändern.',
  'admin.label.about': 'Produkt oder Mitglied',
  'admin.label.address': 'Adresse',
  'admin.label.alt': 'Alternativtext',
  'admin.label.amount': 'Betrag',
  'admin.label.answer': 'Antwort',
  'admin.label.audience': 'Zielgruppe',
  'admin.label.authors': 'Autoren',
  'admin.label.body': 'Text',
  'admin.label.brochure': 'Broschüre',
  'admin.label.categories': 'Kategorien',
  'admin.label.certifications': 'Zertifizierungen',
  'admin.label.city': 'Ort',
  'admin.label.clusterName': 'Name des Clusters',
  'admin.label.company': 'Unternehmen',
  'admin.label.companyName': 'Firmenname',
  'admin.label.consent': 'Einwilligung',
  'admin.label.contact': 'Kontakt',
  'admin.label.contactName': 'Ansprechperson',
  'admin.label.cooperatingSince': 'Partner seit',
  'admin.label.cooperation': 'Kooperationsanzeige',
  'admin.label.country': 'Land',
  'admin.label.countryName': 'Name des Landes',
  'admin.label.cover': 'Titelbild',
  'admin.label.createdMember': 'Angelegtes Mitgliedsprofil',
  'admin.label.createdUser': 'Angelegter Benutzer',
  'admin.label.currency': 'Währung',
  'admin.label.date': 'Datum',
  'admin.label.defaultShareImage': 'Standardbild zum Teilen',
  'admin.label.deployment': 'Bereitstellung',
  'admin.label.description': 'Beschreibung',
  'admin.label.email': 'E-Mail',
  'admin.label.employees': 'Anzahl der Beschäftigten',
  'admin.label.end': 'Ende',
  'admin.label.exportMarkets': 'Exportmärkte',
  'admin.label.faq': 'Häufige Fragen',
  'admin.label.featured': 'Hervorgehoben',
  'admin.label.fees': 'Mitgliedsbeiträge',
  'admin.label.file': 'Datei',
  'admin.label.format': 'Format',
  'admin.label.founded': 'Gründungsjahr',
  'admin.label.image': 'Bild',
  'admin.label.images': 'Bilder',
  'admin.label.industries': 'Branchen',
  'admin.label.integrations': 'Integrationen',
  'admin.label.internalNotes': 'Interne Notizen',
  'admin.label.kind': 'Art',
  'admin.label.languages': 'Sprachen',
  'admin.label.lat': 'Breitengrad',
  'admin.label.legalId': 'UIC/EIK oder USt-IdNr.',
  'admin.label.lng': 'Längengrad',
  'admin.label.locale': 'Sprache',
  'admin.label.location': 'Standort auf der Karte',
  'admin.label.logo': 'Logo',
  'admin.label.member': 'Mitgliedsunternehmen',
  'admin.label.membership': 'Mitgliedschaft',
  'admin.label.memberSince': 'Mitglied seit',
  'admin.label.message': 'Nachricht',
  'admin.label.motivation': 'Motivation',
  'admin.label.name': 'Name',
  'admin.label.note': 'Hinweis',
  'admin.label.notes': 'Notizen',
  'admin.label.onlineUrl': 'Online-Adresse',
  'admin.label.onRequest': 'Preis auf Anfrage',
  'admin.label.organisers': 'Veranstalter',
  'admin.label.outcome': 'Ergebnis',
  'admin.label.owner': 'Eigentümer',
  'admin.label.parent': 'Übergeordnete Kategorie',
  'admin.label.partners': 'Partner',
  'admin.label.phone': 'Telefon',
  'admin.label.platform': 'Plattform',
  'admin.label.price': 'Preisangabe',
  'admin.label.pricingModel': 'Preismodell',
  'admin.label.product': 'Produkt',
  'admin.label.public': 'Öffentlich',
  'admin.label.question': 'Frage',
  'admin.label.quote': 'Zitat',
  'admin.label.references': 'Referenzen',
  'admin.label.received': 'Eingegangen',
  'admin.label.recommendedBy': 'Empfohlen von',
  'admin.label.registrationDeadline': 'Anmeldeschluss',
  'admin.label.registrationUrl': 'Anmeldelink',
  'admin.label.role': 'Rolle',
  'admin.label.sector': 'Branche des Kunden',
  'admin.label.sectors': 'Sektoren',
  'admin.label.sizeClass': 'Unternehmensgröße',
  'admin.label.slug': 'Kurzadresse (Slug)',
  'admin.label.social': 'Soziale Medien',
  'admin.label.staffNotes': 'Notizen des Teams',
  'admin.label.start': 'Beginn',
  'admin.label.status': 'Status',
  'admin.label.steps': 'Schritte nach der Bewerbung',
  'admin.label.summary': 'Zusammenfassung',
  'admin.label.supportedLanguages': 'Unterstützte Sprachen',
  'admin.label.tagline': 'Slogan',
  'admin.label.technologies': 'Technologien',
  'admin.label.testimonials': 'Stimmen von Mitgliedern',
  'admin.label.text': 'Text',
  'admin.label.timeZone': 'Zeitzone',
  'admin.label.timing': 'Wann',
  'admin.label.title': 'Titel',
  'admin.label.type': 'Art',
  'admin.label.unit': 'Pro',
  'admin.label.url': 'Adresse (URL)',
  'admin.label.usedByPublished': 'Von einer veröffentlichten Seite verwendet',
  'admin.label.validUntil': 'Gültig bis',
  'admin.label.venue': 'Veranstaltungsort',
  'admin.label.website': 'Website',
  'admin.label.family': 'Familie',
  'admin.label.specification': 'Spezifikation (URL)',
  'admin.label.specVersion': 'Version der Spezifikation',
  'admin.label.protocol': 'Protokoll oder Standard',
  'admin.label.version': 'Version',
  'admin.label.documentation': 'Öffentliche Dokumentation (URL)',
  'admin.label.apiDescription': 'API-Beschreibung (OpenAPI 3.x oder AsyncAPI)',
  'admin.label.interfaces': 'Schnittstellen',
  'admin.label.matchmaking': 'Matchmaking',
  'admin.label.enabled': 'Matchmaking bei dieser Veranstaltung',
  'admin.label.registrationOpens': 'Anmeldung ab',
  'admin.label.registrationCloses': 'Anmeldung bis',
  'admin.label.bookingOpens': 'Gesprächsanfragen ab',
  'admin.label.bookingCloses': 'Gesprächsanfragen bis',
  'admin.label.scheduling': 'Terminplanung',
  'admin.label.requireValidation': 'Das Team prüft alle Teilnehmenden',
  'admin.label.matchmakingSessions': 'Sessions',
  'admin.label.meetingMinutes': 'Gesprächsdauer (Minuten)',
  'admin.label.breakMinutes': 'Pause zwischen Gesprächen (Minuten)',
  'admin.label.tables': 'Tische',
  'admin.label.stats': 'Zahlen auf dem Portal',
  'admin.label.participants': 'Teilnehmende',
  'admin.label.countries': 'Länder',
  'admin.label.meetings': 'Geführte Gespräche',
  'admin.label.countriesMet': 'Beteiligte Länder',
  'admin.label.event': 'Veranstaltung',
  'admin.label.organisation': 'Organisation',
  'admin.label.organisationKind': 'Art der Organisation',
  'admin.label.profile': 'Profil',
  'admin.label.offers': 'Angebote',
  'admin.label.requests': 'Gesuche',
  'admin.label.products': 'Produkte',
  'admin.label.partner': 'Partnercluster',
  'admin.label.attends': 'Besuchte Sessions (IDs; leer: alle)',
  'admin.label.emailConfirmedAt': 'E-Mail bestätigt',
  'admin.label.requester': 'Angefragt von',
  'admin.label.recipient': 'Angefragt bei',
  'admin.label.session': 'Session',
  'admin.label.table': 'Tisch',
  'admin.field.slug.description':
    'Die Adresse dieser Seite im Portal. Wird aus dem Namen gebildet, wenn Sie das Feld leer lassen.',
  'admin.field.country.description': 'Zweibuchstabiger Code nach ISO 3166-1 (Alpha-2), z. B. BG',
  'admin.field.price.description':
    'Was ein Käufer mindestens zahlt, angezeigt als „ab 49 € pro Nutzer und Monat“. Leer lassen, um keinen Preis zu zeigen, oder „Preis auf Anfrage“ ankreuzen.',
  'admin.field.onRequest.description': 'Zeigt „Preis auf Anfrage“ statt eines Betrags.',
  'admin.field.references.description':
    'Praxisbeispiele: Branche und Land des Kunden und was erreicht wurde (ohne Kundennamen).',
  'admin.field.location.description':
    'Wo das Unternehmen seinen Sitz hat, für die Karte: Dezimalgrad (WGS 84).',
  'admin.field.owner.description':
    'Wird gesetzt, wenn ein Benutzer eines Mitgliedsunternehmens die Datei hochlädt.',
  'admin.field.public.description':
    'Öffentlich, auch wenn keine veröffentlichte Seite die Datei verwendet. Nur für das Cluster-Team.',
  'admin.field.usedByPublished.description':
    'Wird automatisch gesetzt, solange eine veröffentlichte Seite diese Datei verwendet.',
  'admin.members.contact.description':
    'Wird im öffentlichen Profil angezeigt; Anfragen von Käufern gehen an diese Adresse.',
  'admin.members.featured.description': 'Wird auf der Startseite angezeigt.',
  'admin.members.internalNotes.description':
    'Nur für das Cluster-Team: wird weder dem Unternehmen noch der Öffentlichkeit angezeigt.',
  'admin.categories.parent.description': 'Leer lassen für eine Kategorie der obersten Ebene.',
  'admin.products.member.description': 'Das Mitgliedsunternehmen, das es anbietet.',
  'admin.products.integrations.description':
    'Produkte und Dienstleistungen anderer Mitglieder, mit denen dieses zusammenarbeitet.',
  'admin.products.interfaces.description':
    'Die Protokolle und Standards, die dieses Produkt anbietet (bereitstellt) oder von anderen Produkten nutzt (konsumiert). Das Portal verbindet Produkte über sie.',
  'admin.apiDescriptions.title.description':
    'Leer gelassen, wird der Titel des Dokuments (info.title) verwendet.',
  'admin.interfaces.singular': 'Schnittstelle',
  'admin.interfaces.rowLabel':
    '{role, select, consumes {Nutzt {name}} other {Stellt {name} bereit}}',
  'admin.interfaces.rowLabelEmpty': 'Schnittstelle {n}',
  'admin.applications.legalId.description':
    'Bulgarische UIC/EIK oder EU-Umsatzsteuer-Identifikationsnummer.',
  'admin.applications.locale.description':
    'Die Sprache des Formulars; Antworten werden in dieser Sprache verfasst.',
  'admin.applications.notes.description': 'Notizen des Cluster-Teams zur Prüfung.',
  'admin.applications.recommendedBy.description':
    'Das bestehende Mitglied, das das Unternehmen empfiehlt, wie es die Aufnahmeregeln verlangen.',
  'admin.applications.createdMember.description':
    'Profilentwurf, der bei der Annahme angelegt wurde.',
  'admin.applications.createdUser.description':
    'Zugang des Mitglieds, der bei der Annahme angelegt wurde.',
  'admin.inquiries.cooperation.description':
    'Die Kooperationsanzeige, auf die diese Interessenbekundung antwortet.',
  'admin.cooperation.audience.description':
    'Für wen: der Partner, den diese Anzeige sucht oder an den sie sich richtet.',
  'admin.media.alt.description': 'Was das Bild zeigt, für Menschen, die es nicht sehen können.',
  'admin.publications.file.description':
    'Das PDF in dieser Sprache; fehlt es, wird das englische verwendet.',
  'admin.events.timeZone.description': 'IANA-Zeitzone, in der die obigen Zeiten angegeben sind.',
  'admin.buildStatus.pages.description': 'HTML-Seiten des letzten erfolgreichen Builds.',
  'admin.buildStatus.error.description': 'Warum der letzte Build fehlgeschlagen ist.',
  'admin.buildStatus.deployHook.description':
    'Was DEPLOY_HOOK_URL nach dem letzten erfolgreichen Build geantwortet hat.',
  'admin.buildStatus.triggeredBy.description': 'Die Dokumente, die ihn ausgelöst haben.',

  'option.employeeRanges.1-9': '1-9',
  'option.employeeRanges.10-49': '10-49',
  'option.employeeRanges.50-249': '50-249',
  'option.employeeRanges.250-999': '250-999',
  'option.employeeRanges.1000+': '1000+',
  'option.productKinds.product': 'Produkt',
  'option.productKinds.service': 'Dienstleistung',
  'option.productKinds.solution': 'Lösung',
  'option.industries.manufacturing': 'Fertigung',
  'option.industries.automotive': 'Automobilindustrie',
  'option.industries.healthcare': 'Gesundheitswesen',
  'option.industries.finance': 'Finanzwesen',
  'option.industries.insurance': 'Versicherungen',
  'option.industries.public-sector': 'Öffentlicher Sektor',
  'option.industries.logistics': 'Logistik',
  'option.industries.energy': 'Energie',
  'option.industries.retail': 'Einzelhandel',
  'option.industries.agriculture': 'Landwirtschaft',
  'option.industries.education': 'Bildung',
  'option.industries.telecom': 'Telekommunikation',
  'option.industries.tourism': 'Tourismus',
  'option.industries.media': 'Medien',
  'option.deployments.cloud': 'Cloud',
  'option.deployments.on-premise': 'On-Premises',
  'option.deployments.hybrid': 'Hybrid',
  'option.deployments.saas': 'SaaS',
  'option.pricingModels.subscription': 'Abonnement',
  'option.pricingModels.license': 'Lizenz',
  'option.pricingModels.per-project': 'Pro Projekt',
  'option.pricingModels.freemium': 'Freemium',
  'option.pricingModels.free': 'Kostenlos',
  'option.pricingModels.custom': 'Auf Anfrage',
  'option.priceUnits.per-user-month': 'Pro Nutzer und Monat',
  'option.priceUnits.per-month': 'Pro Monat',
  'option.priceUnits.per-year': 'Pro Jahr',
  'option.priceUnits.per-device': 'Pro Gerät',
  'option.priceUnits.per-day': 'Pro Tag',
  'option.priceUnits.per-project': 'Pro Projekt',
  'option.priceUnits.one-off': 'Einmalig',
  'option.currencies.EUR': 'Euro (EUR)',
  'option.currencies.USD': 'US-Dollar (USD)',
  'option.currencies.GBP': 'Pfund Sterling (GBP)',
  'option.currencies.CHF': 'Schweizer Franken (CHF)',
  'option.eventKinds.conference': 'Konferenz',
  'option.eventKinds.b2b-matchmaking': 'B2B-Matchmaking',
  'option.eventKinds.trade-mission': 'Delegationsreise',
  'option.eventKinds.webinar': 'Webinar',
  'option.eventKinds.workshop': 'Workshop',
  'option.eventKinds.cluster-meeting': 'Clustertreffen',
  'option.eventFormats.in-person': 'Vor Ort',
  'option.eventFormats.online': 'Online',
  'option.eventFormats.hybrid': 'Hybrid',
  'option.eventStatuses.scheduled': 'Geplant',
  'option.eventStatuses.postponed': 'Verschoben',
  'option.eventStatuses.cancelled': 'Abgesagt',
  'option.publicationKinds.strategy': 'Strategie',
  'option.publicationKinds.market-study': 'Marktstudie',
  'option.publicationKinds.report': 'Bericht',
  'option.publicationKinds.policy-brief': 'Policy Brief',
  'option.publicationKinds.newsletter': 'Newsletter',
  'option.partnerKinds.cluster': 'Cluster',
  'option.partnerKinds.association': 'Verband',
  'option.partnerKinds.chamber': 'Kammer',
  'option.partnerKinds.university': 'Hochschule',
  'option.partnerKinds.agency': 'Agentur',
  'option.cooperationTypes.offer': 'Angebot',
  'option.cooperationTypes.request': 'Gesuch',
  'option.protocolFamilies.api': 'APIs',
  'option.protocolFamilies.messaging': 'Messaging und Ereignisse',
  'option.protocolFamilies.business-documents': 'Geschäftsdokumente und E-Rechnung',
  'option.protocolFamilies.identity': 'Identität und Anmeldung',
  'option.protocolFamilies.file-transfer': 'Dateiübertragung',
  'option.protocolFamilies.industrial': 'Industrieautomation',
  'option.protocolFamilies.healthcare': 'Gesundheitswesen',
  'option.protocolFamilies.finance': 'Finanzen und Zahlungen',
  'option.interfaceRoles.provides': 'Stellt bereit',
  'option.interfaceRoles.consumes': 'Nutzt',
  'option.apiFormats.openapi': 'OpenAPI',
  'option.apiFormats.asyncapi': 'AsyncAPI',
  'option.languages.bg': 'Bulgarisch',
  'option.languages.en': 'Englisch',
  'option.languages.de': 'Deutsch',
  'option.languages.fr': 'Französisch',
  'option.languages.es': 'Spanisch',
  'option.languages.it': 'Italienisch',
  'option.languages.ro': 'Rumänisch',
  'option.languages.el': 'Griechisch',
  'option.languages.tr': 'Türkisch',
  'option.languages.mk': 'Mazedonisch',
  'option.languages.sr': 'Serbisch',
  'option.languages.ru': 'Russisch',
  'option.languages.uk': 'Ukrainisch',
  'option.languages.pl': 'Polnisch',
  'option.languages.cs': 'Tschechisch',
  'option.languages.nl': 'Niederländisch',
  'option.languages.et': 'Estnisch',
  'option.languages.hu': 'Ungarisch',
  'option.organisationKinds.member': 'Clustermitglied',
  'option.organisationKinds.partner-cluster': 'Partnercluster',
  'option.organisationKinds.company': 'Unternehmen',
  'option.organisationKinds.research': 'Hochschule oder Forschung',
  'option.organisationKinds.public-body': 'Öffentliche Einrichtung',
  'option.organisationKinds.other': 'Sonstige',
  'option.participantStatuses.unconfirmed': 'E-Mail nicht bestätigt',
  'option.participantStatuses.pending': 'Wartet auf Prüfung',
  'option.participantStatuses.validated': 'Geprüft',
  'option.participantStatuses.rejected': 'Abgelehnt',
  'option.meetingStatuses.requested': 'Angefragt',
  'option.meetingStatuses.accepted': 'Angenommen',
  'option.meetingStatuses.declined': 'Abgelehnt',
  'option.meetingStatuses.cancelled': 'Abgesagt',
  'option.schedulingModes.self': 'Die annehmende Person wählt einen freien Termin',
  'option.schedulingModes.staff': 'Das Team plant alle angenommenen Gespräche auf einmal',
  'option.inquiryStatuses.new': 'Neu',
  'option.inquiryStatuses.forwarded': 'Weitergeleitet',
  'option.inquiryStatuses.answered': 'Beantwortet',
  'option.inquiryStatuses.spam': 'Spam',
  'option.applicationStatuses.received': 'Eingegangen',
  'option.applicationStatuses.reviewing': 'In Prüfung',
  'option.applicationStatuses.approved': 'Angenommen',
  'option.applicationStatuses.rejected': 'Abgelehnt',
  'option.buildResults.never': 'noch nicht erstellt',
  'option.buildResults.queued': 'Build eingereiht',
  'option.buildResults.running': 'wird erstellt …',
  'option.buildResults.succeeded': 'aktuell',
  'option.buildResults.failed':
    'der letzte Build ist fehlgeschlagen; die vorige Website bleibt online',

  'error.slugFormat':
    'Verwenden Sie nur Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. "cloud-platform".',
  'error.slugTaken':
    'Der Slug "{slug}" wird hier bereits von einem anderen Dokument verwendet. Wählen Sie einen anderen.',
  'error.slugReserved':
    'Der Slug "{slug}" ist die Adresse einer eigenen Seite des Portals, diese Seite würde also nie angezeigt. Wählen Sie einen anderen, z. B. "{slug}-info".',
  'error.url':
    'Geben Sie eine vollständige Webadresse mit https:// oder http:// ein, z. B. https://example.com.',
  'error.email': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'error.countryCode':
    'Verwenden Sie einen zweibuchstabigen Ländercode nach ISO 3166-1 in Großbuchstaben, z. B. BG, DE, AT.',
  'error.endBeforeStart': 'Das Ende darf nicht vor dem Beginn liegen.',
  'error.deadlineAfterStart':
    'Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen.',
  'error.timeZone': 'Wählen Sie eine Zeitzone wie Europe/Sofia.',
  'error.memberNeedsCompany':
    'Ein Mitgliedsbenutzer muss genau einem Mitgliedsunternehmen angehören.',
  'error.year': 'Geben Sie ein Jahr zwischen 1900 und dem laufenden Jahr ein.',
  'error.latitude': 'Der Breitengrad ist eine Zahl von -90 bis 90.',
  'error.longitude': 'Der Längengrad ist eine Zahl von -180 bis 180.',
  'error.altRequired':
    'Ein Alternativtext auf Englisch ist erforderlich: Beschreiben Sie das Bild für Menschen, die es nicht sehen.',
  'error.fileTooLarge': 'Die Datei ist {size} MB groß; höchstens {max} MB werden angenommen.',
  'error.fileType': 'Dateien vom Typ {type} werden hier nicht angenommen. Erlaubt: {accepted}.',
  'error.ownProductsOnly':
    'Ein Produkt kann nur mit Produkten anderer Mitgliedsunternehmen zusammenarbeiten.',
  'error.apiUnreadable': '{file} konnte nicht als JSON oder YAML gelesen werden: {detail}',
  'error.apiNotDescription':
    '{file} ist keine API-Beschreibung: Ein OpenAPI-3.x- oder AsyncAPI-Dokument beginnt mit einem Feld „openapi“ oder „asyncapi“, das seine Version angibt.',
  'error.apiSwagger':
    '{file} ist ein Swagger-2.0-Dokument. Wandeln Sie es in OpenAPI 3.x um (etwa mit swagger2openapi) und laden Sie es erneut hoch.',
  'error.apiVersion':
    '{file} ist in {format} {version} geschrieben, das das Portal nicht darstellen kann. Laden Sie OpenAPI 3.0 oder 3.1 oder AsyncAPI 2.0 bis 3.1 hoch.',
  'error.apiInvalid': '{file} ist kein gültiges {format}-Dokument. Die Prüfung meldet: {detail}',
  'error.apiExternalRef':
    '{file} verweist auf eine andere Datei oder Adresse ({ref}). Laden Sie ein in sich geschlossenes Dokument hoch: Fassen Sie die Teile vorher in einer Datei zusammen.',
  'error.apiMissingRef':
    '{file} verweist auf {ref}, das im Dokument fehlt. Ergänzen Sie es oder korrigieren Sie den Verweis.',
  'error.interfaceProtocol':
    'Schnittstelle {n}: Wählen Sie ein Protokoll oder einen Standard aus der veröffentlichten Liste. Fehlt Ihrer, bitten Sie das Cluster-Team, ihn aufzunehmen.',
  'error.interfaceApiDescription':
    'Schnittstelle {n}: Hängen Sie eine API-Beschreibung an, die Ihr Unternehmen hochgeladen hat.',
  'error.priceIncomplete':
    'Geben Sie einen Betrag und seine Einheit an oder kreuzen Sie „Preis auf Anfrage“ an, nicht beides.',
  'error.categoryOwnParent': 'Eine Kategorie kann nicht ihre eigene Oberkategorie sein.',
  'error.categoryParentMissing': 'Die Oberkategorie existiert nicht.',
  'error.categoryTwoLevels':
    'Kategorien haben zwei Ebenen: Wählen Sie eine Kategorie der obersten Ebene als Oberkategorie.',
  'error.uploadUnreadable':
    'Der Upload ist nicht lesbar ({reason}). Senden Sie ihn als multipart/form-data mit einer Datei.',
  'error.bodyType':
    'Ein Inhalt vom Typ {type} kann hier nicht gelesen werden. Senden Sie application/json oder multipart/form-data.',
  'error.badQueryValue':
    'Ein Wert in der Anfrage passt nicht zu seinem Feld, z. B. ein Wort statt einer ID, Zahl oder eines Datums. Prüfen Sie where, limit, depth und die IDs.',
  'error.currentPasswordRequired':
    'Geben Sie Ihr aktuelles Passwort ein, um Ihre E-Mail-Adresse oder Ihr Passwort zu ändern.',
  'error.currentPasswordWrong': 'Das aktuelle Passwort ist nicht korrekt.',
  'error.loginRateLimited':
    'Zu viele Anmeldeversuche aus Ihrem Netzwerk. Versuchen Sie es in {minutes} Min. erneut.',
  'error.forgotRateLimited':
    'Zu viele Anfragen zum Zurücksetzen des Passworts aus Ihrem Netzwerk. Versuchen Sie es in {minutes} Min. erneut.',
  'error.restoreAsDraft':
    'Ein Mitgliedsunternehmen kann eine Version nur als Entwurf wiederherstellen; das Cluster-Team veröffentlicht sie. Stellen Sie sie als Entwurf wieder her.',
  'error.lockNotYours':
    'Sie können nur Dokumente sperren, ändern oder entsperren, die Sie bearbeiten dürfen, und nur in Ihrem eigenen Namen.',
  'error.rebuildLogin':
    'Melden Sie sich als Mitglied des Cluster-Teams an, um die Website neu zu erstellen.',
  'error.rebuildStaffOnly':
    'Nur das Cluster-Team (Administratoren und Redaktion) kann die Website neu erstellen.',
  'error.consent':
    'Bitte stimmen Sie der Verarbeitung Ihrer Daten für das Matchmaking dieser Veranstaltung zu.',
  'error.sessionsOverlap':
    'Zwei Matchmaking-Sessions überschneiden sich zeitlich: Jeder Termin muss zu genau einer Session gehören.',

  ...formErrorEntries('de'),
  'form.unreadable':
    'Das Formular konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'form.tooLarge':
    'Das Formular ist größer als {max} KB. Kürzen Sie den Text und senden Sie es erneut.',
  'form.contentType': 'Senden Sie das Formular als JSON (Content-Type: application/json).',
  'form.rateLimited':
    'Aus Ihrem Netzwerk wurden zu viele Formulare gesendet. Versuchen Sie es in {minutes} Min. erneut.',
  'form.origin': 'Dieses Formular kann nur über das Portal unter {origin} gesendet werden.',
  'form.unavailable':
    'Das Formular konnte gerade nicht gespeichert werden. Versuchen Sie es in einigen Minuten erneut.',
  'form.inquirySent':
    'Vielen Dank. Ihre Anfrage wurde gesendet; das Unternehmen antwortet per E-Mail.',
  'form.applicationSent':
    'Vielen Dank. Ihr Antrag ist eingegangen; das Cluster-Team meldet sich per E-Mail bei Ihnen.',
  'matchmaking.error.signedOut':
    'Bitte melden Sie sich erneut an: Ihre Sitzung ist abgelaufen oder dieser Link gehört nicht Ihnen.',
  'matchmaking.error.notFound':
    'Das wurde nicht gefunden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'matchmaking.error.registrationClosed':
    'Die Anmeldung zum Matchmaking dieser Veranstaltung ist nicht geöffnet.',
  'matchmaking.error.bookingClosed':
    'Gesprächsanfragen für diese Veranstaltung sind derzeit nicht möglich.',
  'matchmaking.error.notValidated':
    'Die Veranstalter haben Ihre Teilnahme noch nicht bestätigt; danach können Sie Gespräche anfragen.',
  'matchmaking.error.slotTaken': 'Dieser Termin ist nicht mehr frei. Wählen Sie einen anderen.',
  'matchmaking.error.notAllowed': 'Das ist bei diesem Gespräch nicht möglich.',
  'matchmaking.error.invalid':
    'Die Anfrage konnte nicht verarbeitet werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'matchmaking.error.rateLimited':
    'Zu viele Anfragen aus Ihrem Netzwerk. Versuchen Sie es in {minutes} Min. erneut.',
  'matchmaking.error.origin': 'Nur das Portal ({origin}) darf dies senden.',
  'matchmaking.error.tooLarge': 'Das ist zu groß (höchstens {max} KB).',
  'matchmaking.error.contentType': 'Senden Sie dies als JSON.',
  'matchmaking.error.unreadable':
    'Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'matchmaking.error.unavailable':
    'Der Dienst ist kurz nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'matchmaking.error.linkExpired':
    'Dieser Link ist abgelaufen oder wurde bereits verwendet. Fordern Sie unten einen neuen Anmeldelink an.',
  'matchmaking.registered':
    'Vielen Dank. Wir haben Ihnen eine E-Mail gesendet: Öffnen Sie den Link darin, um Ihre Anmeldung zu bestätigen.',
  'matchmaking.signinSent':
    'Wenn diese Adresse für diese Veranstaltung angemeldet und bestätigt ist, ist ein Anmeldelink an sie unterwegs.',
  // The private calendar feed of a participant's meetings (matchmaking/calendarFeed.ts).
  'matchmaking.calendar.name': '{event}: meine Termine',
  'matchmaking.calendar.summary': 'Treffen mit {name} ({organisation})',
  'matchmaking.calendar.cancelled': 'Abgesagt: {summary}',
  'matchmaking.calendar.table': 'Tisch {table}',
  'matchmaking.calendar.room': 'Online-Raum: {url}',

  'review.startReceived':
    'Ein neuer Antrag beginnt als "{received}"; entschieden wird, sobald er gespeichert ist.',
  'review.final':
    'Dieser Antrag ist bereits "{from}". Die Entscheidung ist endgültig; der Status kann sich nicht mehr ändern.',
  'review.transition':
    'Ein Antrag mit Status "{from}" kann nur zu {allowed} wechseln, nicht zu "{to}".',
  'review.emailTaken':
    'Es gibt bereits einen Benutzer mit der E-Mail-Adresse {email}. Ordnen Sie diesen Benutzer selbst einem Mitgliedsunternehmen zu oder lehnen Sie den Antrag ab. Nichts wurde geändert.',
  'review.approvalFailed':
    'Die Annahme wurde nicht gespeichert und nichts wurde angelegt: {reason}. Korrigieren Sie den Antrag und versuchen Sie es erneut.',
  'review.memberNote': 'Angelegt bei Annahme des Mitgliedsantrags Nr. {id} (Kennung {legalId}).',

  'decision.heading': 'Entscheidung',
  'decision.approve': 'Annehmen',
  'decision.reject': 'Ablehnen',
  'decision.cancel': 'Abbrechen',
  'decision.hint':
    'Speichert den Antrag sofort mit der Entscheidung. Eine Entscheidung ist endgültig.',
  'decision.final': 'Die Entscheidung ist endgültig.',
  'decision.approve.heading': '{company} annehmen?',
  'decision.approve.body':
    'Dies legt ein Mitgliedsprofil als Entwurf und einen Mitgliedszugang für {email} an und sendet die Willkommens-E-Mail mit einem Link zum Festlegen des Passworts.',
  'decision.reject.heading': '{company} ablehnen?',
  'decision.reject.body':
    'Dies sendet {email} eine höfliche Nachricht, dass der Antrag nicht angenommen wurde. Nichts wird angelegt.',

  'dashboard.heading': 'Das wartet auf Sie',
  'dashboard.inquiries': 'Anfragen von Einkäufern',
  'dashboard.inquiries.new':
    '{n, plural, =0 {Keine neuen Anfragen} one {# neue Anfrage} other {# neue Anfragen}}',
  'dashboard.applications': 'Mitgliedsanträge',
  'dashboard.edits': 'Änderungen von Mitgliedern zur Prüfung',
  'dashboard.edits.none': 'Keine Änderungen von Mitgliedern warten.',
  'dashboard.edits.members':
    '{n, plural, one {# Unternehmensprofil} other {# Unternehmensprofile}}',
  'dashboard.edits.products':
    '{n, plural, one {# Produkt oder Dienstleistung} other {# Produkte und Dienstleistungen}}',
  'dashboard.edits.cooperation':
    '{n, plural, one {# Kooperationsanzeige} other {# Kooperationsanzeigen}}',
  // Matchmaking for staff (components/matchmaking/, matchmaking/endpoints/staff.ts).
  'mmStaff.title': 'Matchmaking',
  'mmStaff.intro': 'Veranstaltungen mit B2B-Matchmaking: Teilnehmende, Termine und Zeitplan.',
  'mmStaff.none':
    'Noch keine Veranstaltung hat Matchmaking. Schalten Sie es im Bereich „Matchmaking“ einer Veranstaltung ein.',
  'mmStaff.refused': 'Nur das Cluster-Team sieht das Matchmaking.',
  'mmStaff.notFound': 'Diese Veranstaltung gibt es nicht, oder sie hat kein Matchmaking.',
  'mmStaff.col.event': 'Veranstaltung',
  'mmStaff.col.dates': 'Datum',
  'mmStaff.col.mode': 'Terminplanung',
  'mmStaff.col.participants': 'Teilnehmende',
  'mmStaff.col.pending': 'Warten auf Freigabe',
  'mmStaff.col.requests': 'Offene Anfragen',
  'mmStaff.col.accepted': 'Angenommene Termine',
  'mmStaff.col.placed': 'Eingeplant',
  'mmStaff.back': 'Alle Veranstaltungen mit Matchmaking',
  'mmStaff.openGrid': 'Zeitplan öffnen',
  'mmStaff.dashboard':
    '{n, plural, =0 {Kein anstehendes Matchmaking} one {# Veranstaltung mit Matchmaking} other {# Veranstaltungen mit Matchmaking}}',
  'mmStaff.dashboard.pending':
    '{n, plural, one {# Teilnehmer wartet auf Freigabe} other {# Teilnehmende warten auf Freigabe}}',
  'mmStaff.eventLink': 'Matchmaking-Zeitplan dieser Veranstaltung öffnen',
  'mmStaff.eventLink.unsaved':
    'Speichern Sie die Veranstaltung, um ihren Matchmaking-Zeitplan zu öffnen.',
  'mmStaff.links.participants': 'Teilnehmende',
  'mmStaff.links.pending': 'Warten auf Freigabe ({n})',
  'mmStaff.links.meetings': 'Alle Anfragen und Termine',
  'mmStaff.links.scheduleCsv': 'Zeitplan (CSV)',
  'mmStaff.links.participantsCsv': 'Teilnehmerliste (CSV)',
  'mmStaff.links.cards': 'Tischkarten drucken',
  'mmStaff.timeZone': 'Zeiten in {zone}.',
  'mmStaff.grid.slot': 'Zeit',
  'mmStaff.grid.table': 'Tisch {n}',
  'mmStaff.grid.free': 'Frei',
  'mmStaff.grid.moveHere': 'Hierher verschieben: {slot}, Tisch {table}',
  'mmStaff.grid.noSlots': 'Diese Session ist für einen Termin zu kurz.',
  'mmStaff.grid.online': 'online',
  'mmStaff.grid.with': '{a} mit {b}',
  'mmStaff.grid.selected':
    'Ausgewählt: {meeting}. Wählen Sie ein freies Feld, um den Termin dorthin zu verschieben, oder drücken Sie Escape.',
  'mmStaff.grid.select': 'Zum Verschieben auswählen',
  'mmStaff.grid.cancel': 'Verschieben abbrechen',
  'mmStaff.grid.hint': 'Um einen Termin zu verschieben, wählen Sie ihn und dann ein freies Feld.',
  'mmStaff.grid.moved':
    'Verschoben: {meeting}, jetzt {slot}, Tisch {table}. Beide wurden benachrichtigt.',
  'mmStaff.unplaced': 'Angenommen, noch nicht eingeplant',
  'mmStaff.unplaced.none': 'Jeder angenommene Termin hat eine Zeit und einen Tisch.',
  'mmStaff.scheduleAll': 'Alle angenommenen Termine einplanen',
  'mmStaff.scheduleAll.hint':
    'Verteilt die angenommenen Termine ohne Zeit auf freie Zeitfenster und Tische, so viele wie möglich; eingeplante Termine bleiben, wo sie sind.',
  'mmStaff.scheduleAll.selfMode':
    'Bei dieser Veranstaltung wählt die annehmende Person die Zeit; stellen Sie die Veranstaltung auf Planung durch das Team um, um alle auf einmal einzuplanen.',
  'mmStaff.scheduleAll.running': 'Wird eingeplant …',
  'mmStaff.scheduleAll.result':
    '{placed} von {total} angenommenen Terminen eingeplant (höchstens {bound} sind möglich).',
  'mmStaff.failed': 'Das hat nicht geklappt: {reason}',
  'mmStaff.conflict.table': 'Dieser Tisch ist zu dieser Zeit schon belegt.',
  'mmStaff.conflict.participant': 'Eine der beiden Personen hat zu dieser Zeit schon einen Termin.',
  'mmStaff.error.origin': 'Das kann nur aus dem Admin-Bereich selbst gesendet werden.',
  'mmStaff.error.login': 'Melden Sie sich zuerst im Admin-Bereich an.',
  'mmStaff.error.staffOnly': 'Das kann nur das Cluster-Team.',
  'mmStaff.error.notFound': 'Nicht gefunden.',
  'mmStaff.error.invalid':
    'Wählen Sie ein Zeitfenster dieser Veranstaltung und einen Tisch ihrer Session.',
  'mmStaff.error.notAccepted': 'Nur ein angenommener Termin kann eingeplant werden.',
  'mmStaff.error.selfMode': 'Bei dieser Veranstaltung wählen die Teilnehmenden die Zeit selbst.',
  'mmStaff.error.solver': 'Die Terminplanung ist noch nicht verfügbar.',
  'mmStaff.cards.title': 'Tischkarten',
  'mmStaff.cards.print': 'Drucken',
  'mmStaff.cards.back': 'Zurück zum Zeitplan',
  'mmStaff.cards.table': 'Tisch {n}',
  'mmStaff.cards.empty': 'Noch keine Termine eingeplant.',
  'mmStaff.decision.heading': 'Teilnahme',
  'mmStaff.decision.validate': 'Freigeben',
  'mmStaff.decision.reject': 'Ablehnen',
  'mmStaff.decision.revoke': 'Sitzungen beenden',
  'mmStaff.decision.cancel': 'Abbrechen',
  'mmStaff.decision.hint':
    'Freigegebene Teilnehmende sind für die anderen sichtbar und können angefragt werden. Ablehnen beendet auch ihre Sitzungen.',
  'mmStaff.decision.validate.heading': '{name} freigeben?',
  'mmStaff.decision.validate.body':
    'Die anderen Teilnehmenden dieser Veranstaltung sehen {name} und können Termine anfragen.',
  'mmStaff.decision.reject.heading': '{name} ablehnen?',
  'mmStaff.decision.reject.body':
    '{name} ist danach nicht mehr sichtbar und wird auf allen Geräten abgemeldet.',
  'mmStaff.decision.revoke.heading': 'Sitzungen von {name} beenden?',
  'mmStaff.decision.revoke.body':
    '{name} wird überall abgemeldet und kann sich mit einem neuen Link per E-Mail wieder anmelden.',
  'mmStaff.decision.revoked': 'Sitzungen beendet.',
  'mmStaff.csv.session': 'Session',
  'mmStaff.csv.date': 'Datum',
  'mmStaff.csv.start': 'Beginn',
  'mmStaff.csv.end': 'Ende',
  'mmStaff.csv.table': 'Tisch',
  'mmStaff.csv.room': 'Online-Raum',
  'mmStaff.csv.requester': 'Angefragt von',
  'mmStaff.csv.requesterOrganisation': 'Organisation (angefragt von)',
  'mmStaff.csv.recipient': 'Mit',
  'mmStaff.csv.recipientOrganisation': 'Organisation (mit)',
  'mmStaff.csv.meeting': 'Termin',
  'mmStaff.csv.id': 'ID',
  'mmStaff.csv.name': 'Name',
  'mmStaff.csv.organisation': 'Organisation',
  'mmStaff.csv.kind': 'Art der Organisation',
  'mmStaff.csv.country': 'Land',
  'mmStaff.csv.role': 'Funktion',
  'mmStaff.csv.email': 'E-Mail',
  'mmStaff.csv.languages': 'Sprachen',
  'mmStaff.csv.status': 'Status',
  'mmStaff.csv.registered': 'Registriert',
  'mmStaff.csv.offers': 'Angebote',
  'mmStaff.csv.requests': 'Gesuche',
  'mmStaff.csv.meetings': 'Eingeplante Termine',
  'draftReview.submit': 'Zur Prüfung einreichen',
  'draftReview.sent':
    'Zur Prüfung eingereicht. Das Cluster-Team prüft und veröffentlicht die Änderung; bis dahin zeigt das Portal die veröffentlichte Fassung.',
  'draftReview.status.awaiting': 'Wartet auf Prüfung',
  'draftReview.status.awaiting.hint':
    'An das Cluster-Team übermittelt. Das Portal zeigt die veröffentlichte Fassung, bis das Team diese veröffentlicht.',
  'draftReview.status.draft': 'Entwurf, nicht eingereicht',
  'draftReview.status.draft.hint':
    'Gespeichert, aber noch nicht zur Prüfung eingereicht: Klicken Sie auf „Zur Prüfung einreichen“, wenn er fertig ist.',
  'draftReview.status.published': 'Veröffentlicht',
  'draftReview.status.published.hint': 'Das Portal zeigt diese Fassung.',
  'draftReview.queue.title': 'Zu prüfen',
  'draftReview.queue.intro':
    'Von Mitgliedsunternehmen eingereichte Änderungen. Öffnen Sie eine, um sie mit der veröffentlichten Fassung zu vergleichen und zu bearbeiten, oder veröffentlichen Sie sie unverändert.',
  'draftReview.queue.count':
    '{count, plural, =0 {Nichts wartet auf Prüfung.} one {# Änderung wartet auf Prüfung.} other {# Änderungen warten auf Prüfung.}}',
  'draftReview.queue.document': 'Dokument',
  'draftReview.queue.member': 'Mitgliedsunternehmen',
  'draftReview.queue.submitted': 'Zuletzt gespeichert',
  'draftReview.queue.kind.new': 'neu, noch nicht im Portal',
  'draftReview.queue.kind.edit': 'Änderung einer veröffentlichten Seite',
  'draftReview.queue.open': 'Öffnen',
  'draftReview.queue.compare': 'Fassungen vergleichen',
  'draftReview.queue.approve': 'Veröffentlichen',
  'draftReview.queue.approved':
    '„{title}“ ist veröffentlicht. Das Portal wird innerhalb einer Minute neu erstellt.',
  'draftReview.queue.approveFailed': '„{title}“ konnte nicht veröffentlicht werden: {reason}',
  'draftReview.refused': 'Nur das Cluster-Team veröffentlicht Änderungen der Mitglieder.',
  'draftReview.notWaiting': 'Für dieses Dokument wartet kein Entwurf auf Prüfung.',

  'myCompany.nav': 'Mein Unternehmen',
  'myCompany.intro':
    'Alles zu {company} an einem Ort. Ihre Änderungen gehen zur Prüfung an das Cluster-Team, bevor das Portal sie zeigt.',
  'myCompany.noCompany':
    'Ihr Konto ist keinem Mitgliedsunternehmen zugeordnet. Bitten Sie das Cluster-Team, es zuzuordnen.',
  'myCompany.profile': 'Unternehmensprofil',
  'myCompany.products': 'Produkte und Dienstleistungen',
  'myCompany.cooperation': 'Kooperationsangebote',
  'myCompany.inquiries': 'Anfragen',
  'myCompany.inquiriesCount': '{count, plural, =0 {keine} one {# Anfrage} other {# Anfragen}}',
  'myCompany.unreadCount': '{count, plural, =0 {keine neue} one {# neue} other {# neue}}',
  'myCompany.count': '{count, plural, =0 {noch keine} one {# Eintrag} other {# Einträge}}',
  'myCompany.add': 'Hinzufügen',
  'myCompany.edit': 'Bearbeiten',
  'myCompany.viewAll': 'Alle anzeigen',
  'myCompany.onPortal': 'Im Portal ansehen',
  'myCompany.from': 'von {name}',

  // Vollständigkeit des Profils (cms/completeness/, components/completeness/).
  'completeness.title': 'Vollständigkeit des Profils',
  'completeness.productTitle': 'Vollständigkeit',
  'completeness.score': '{score} von 100',
  'completeness.intro':
    'Was internationale Einkäufer in Ihrem Profil und Ihren Produkten suchen. Diese Bewertung sehen nur Ihr Unternehmen und das Cluster-Team; das Portal zeigt sie nicht.',
  'completeness.productIntro':
    'Was Einkäufer bei diesem Produkt suchen. Diese Bewertung sehen nur Ihr Unternehmen und das Cluster-Team.',
  'completeness.missing':
    '{n, plural, =0 {Es fehlt nichts.} one {# Angabe fehlt:} other {# Angaben fehlen:}}',
  'completeness.points': '+{points} Punkte',
  'completeness.more': 'Alles in der Bearbeitung',
  'completeness.profile': 'Unternehmensprofil',
  'completeness.unsaved': 'Speichern Sie, um zu sehen, was fehlt.',
  'completeness.failed': 'Die Bewertung konnte nicht aktualisiert werden. Laden Sie die Seite neu.',
  'completeness.refused': 'Diese Bewertung sehen nur das Cluster-Team und das Unternehmen selbst.',
  'completeness.notFound': 'Dieses Mitgliedsunternehmen gibt es nicht.',
  'completeness.staff.intro':
    'Alle Mitgliedsunternehmen nach der Vollständigkeit ihres Profils und ihrer Produkte, die niedrigsten zuerst. Die Bewertungen werden beim Öffnen der Seite aus den neuesten Versionen berechnet und sind nie öffentlich.',
  'completeness.staff.back': 'Alle Mitgliedsunternehmen',
  'completeness.staff.order.asc': 'Niedrigste zuerst',
  'completeness.staff.order.desc': 'Höchste zuerst',
  'completeness.col.member': 'Mitgliedsunternehmen',
  'completeness.col.score': 'Bewertung',
  'completeness.col.profile': 'Profil',
  'completeness.col.products': 'Produkte',
  'completeness.col.missing': 'Fehlt',
  'completeness.col.first': 'Bringt am meisten',
  'completeness.dashboard':
    '{n, plural, =0 {Noch keine Mitgliedsunternehmen} one {# Mitgliedsunternehmen, Durchschnitt {mean}} other {# Mitgliedsunternehmen, Durchschnitt {mean}}}',
  'completeness.dashboard.low':
    '{n, plural, =0 {keines unter 60} one {# unter 60} other {# unter 60}}',
  'completeness.item.description': 'Beschreibung auf {language}',
  'completeness.item.tagline': 'Slogan auf {language}',
  'completeness.item.logo': 'Logo',
  'completeness.item.logoAlt': 'Alternativtext des Logos auf {language}',
  'completeness.item.contactName': 'Ansprechperson',
  'completeness.item.contactEmail': 'Kontakt-E-Mail',
  'completeness.item.contactPhone': 'Kontakttelefon',
  'completeness.item.website': 'Website',
  'completeness.item.city': 'Ort',
  'completeness.item.location': 'Kartenkoordinaten (Breiten- und Längengrad)',
  'completeness.item.sectors': 'Sektoren',
  'completeness.item.exportMarkets': 'Exportmärkte',
  'completeness.item.languages': 'Arbeitssprachen',
  'completeness.item.certifications': 'Zertifizierungen',
  'completeness.item.references': 'Eine Referenz (Fallstudie)',
  'completeness.item.referenceTranslations': 'Ergebnis der Referenz {n} auf {language}',
  'completeness.item.founded': 'Gründungsjahr',
  'completeness.item.employees': 'Anzahl der Beschäftigten',
  'completeness.item.products': 'Ein Produkt oder eine Dienstleistung',
  'completeness.item.summary': 'Zusammenfassung auf {language}',
  'completeness.item.categories': 'Katalogkategorien',
  'completeness.item.industries': 'Branchen',
  'completeness.item.images': 'Bilder',
  'completeness.item.imageAlt': 'Alternativtext von Bild {n} auf {language}',
  'completeness.item.price': 'Preis oder „auf Anfrage“',
  'completeness.item.pricingModel': 'Preismodell',
  'completeness.item.deployment': 'Bereitstellung',
  'completeness.item.supportedLanguages': 'Unterstützte Sprachen',
  'completeness.item.brochure': 'Broschüre (PDF)',
  'completeness.item.interfaces': 'Schnittstellen: Protokolle, die es anbietet oder nutzt',
  'completeness.item.interfaceDocs': 'Dokumentationslink der Schnittstelle {n} ({protocol})',
  'completeness.item.integrations': 'Arbeitet mit: Produkte anderer Mitglieder',

  'preview.title': 'Vorschau',
  'preview.banner':
    'Vorschau der zuletzt gespeicherten Fassung: {state}. Nur im CMS angemeldete Personen, die sie bearbeiten dürfen, sehen diese Seite.',
  'preview.state.awaiting': 'wartet auf Prüfung',
  'preview.state.draft': 'Entwurf, nicht veröffentlicht',
  'preview.state.published': 'veröffentlicht',
  'preview.published': 'Veröffentlichte Seite im Portal',
  'preview.notPublished': 'Noch nicht im Portal.',
  'preview.edit': 'Zurück zur Bearbeitung',
  'preview.signIn': 'Melden Sie sich im CMS an, um diese Vorschau zu sehen.',
  'preview.notFound': 'Dieses Dokument gibt es nicht, oder Sie dürfen es nicht sehen.',

  'rebuild.status': 'Portal',
  'rebuild.startedAt': 'letzter Build gestartet',
  'rebuild.duration': 'Dauer',
  'rebuild.pages': 'Seiten',
  'rebuild.button': 'Jetzt neu erstellen',
  'rebuild.hint':
    'Veröffentlichen erstellt das Portal von selbst in etwa einer Minute neu; diese Schaltfläche startet sofort einen Build, z. B. nach einem fehlgeschlagenen.',
  'rebuild.queued': 'Der Build ist eingereiht und startet in wenigen Sekunden.',
  'rebuild.failedToQueue': 'Der Build konnte nicht eingereiht werden.',
  'rebuild.deployHook': 'Deploy-Hook',
  'rebuild.logTail': 'Protokoll des letzten Builds',
  'rebuild.triggeredBy': 'Ausgelöst durch',
  'rebuild.operation.publish': 'veröffentlicht',
  'rebuild.operation.unpublish': 'zurückgezogen',
  'rebuild.operation.delete': 'gelöscht',
  'rebuild.operation.update': 'gespeichert',
  'rebuild.operation.manual': 'Jetzt neu erstellen',
  'rebuild.operation.startup': 'erstellt von npm start',
  'rebuild.operation.command': 'erstellt von npm run build:site',
  'rebuild.history': 'Letzte Builds',
  'rebuild.history.finished': 'Beendet',
  'rebuild.history.by': 'Gestartet von',
  'rebuild.history.result': 'Ergebnis',
  'rebuild.history.none': 'Es ist noch kein Build des Portals verzeichnet.',
  'rebuild.by.startup': 'npm start',
  'rebuild.by.command': 'npm run build:site',
  'rebuild.by.job': 'CMS (Veröffentlichen oder „Jetzt neu erstellen“)',
  'rebuild.outcome.succeeded': 'erfolgreich',
  'rebuild.outcome.failed': 'fehlgeschlagen',
  'rebuild.searchIndex.updating': 'Die Seiten sind online; der Suchindex wird aktualisiert.',
  'rebuild.searchIndex.failed': 'Der Suchindex konnte nicht erstellt werden; der bisherige bleibt.',
  'rebuild.searchIndex.interrupted': 'Der Suchindex wurde unterbrochen; der bisherige bleibt.',
  'rebuild.history.searchIndex': 'Suchindex',
  'rebuild.index.updating': 'wird aktualisiert',
  'rebuild.index.succeeded': 'aktualisiert',
  'rebuild.index.failed': 'fehlgeschlagen, bisheriger bleibt',

  'note.countryCode':
    'Das Land war als {code} gespeichert, ein zurückgezogener ISO-3166-1-Code; {hasSuccessor, select, yes {geändert in {successor}, das Land, das das Formular dafür anzeigte} other {geleert, da kein aktueller Code ihn ablöst}} (Migration country_codes).',
  'mail.inquiry.fromCountry': 'aus {country}',
  'mail.inquiry.about':
    '{kind, select, product {zum Produkt „{title}“} cooperation {als Antwort auf die Kooperationsanzeige „{title}“} other {an {memberName}}}',
  'mail.inquiryForMember.subject': 'Neue Anfrage von {buyerName}',
  'mail.inquiryForMember.text': `Guten Tag {memberName},

{sender} hat über das Portal von {clusterName} eine Anfrage {about} gesendet:

{quoted}

Antworten Sie auf diese E-Mail, um {buyerName} direkt zu schreiben ({buyerEmail}).
Die Anfrage finden Sie auch im CMS: {adminLink}

{clusterName}`,
  'mail.inquiryForStaff.subject': 'Anfrage an {memberName} von {buyerName}',
  'mail.inquiryForStaff.text': `{sender} hat eine Anfrage {about} gesendet ({memberName}):

{quoted}

{notice}
Im CMS öffnen, um den Status zu setzen: {adminLink}
Antworten Sie auf diese E-Mail, um dem Käufer zu schreiben ({buyerEmail}).`,
  'mail.inquiryForStaff.notified':
    '{memberName} wurde über die öffentliche Kontaktadresse benachrichtigt.',
  'mail.inquiryForStaff.notNotified':
    '{memberName} hat keine öffentliche Kontaktadresse und wurde NICHT benachrichtigt: Bitte leiten Sie die Anfrage weiter.',
  'mail.inquiryForBuyer.subject': 'Ihre Anfrage an {memberName}',
  'mail.inquiryForBuyer.text': `Guten Tag,

vielen Dank für Ihre Anfrage über das Portal von {clusterName}. Wir haben sie an {memberName} gesendet{kind, select, product { (zum Produkt „{title}“)} cooperation { (als Antwort auf die Kooperationsanzeige „{title}“)} other {}}. {memberName} antwortet Ihnen direkt an diese Adresse; die Geschäftsstelle des Clusters hat eine Kopie.

Dies ist eine Kopie Ihrer Nachricht:

{quoted}

Falls Sie diese Anfrage nicht gesendet haben, hat jemand Ihre Adresse in unser Formular eingegeben: Sie können diese E-Mail ignorieren, wir schreiben Ihnen dazu nicht noch einmal.

{clusterName}`,
  'mail.rejection.subject': 'Ihr Mitgliedsantrag bei {clusterName}',
  'mail.rejection.text': `Guten Tag {contactName},

vielen Dank für das Interesse von {companyName} an einer Mitgliedschaft in {clusterName} und für die Zeit, die Sie sich für den Antrag genommen haben.

Nach sorgfältiger Prüfung können wir den Antrag derzeit leider nicht annehmen. Dies ist keine Bewertung der Arbeit Ihres Unternehmens; die Mitgliedschaft richtet sich nach den aktuellen Schwerpunkten und Kriterien des Clusters.

Sie sind herzlich eingeladen, sich künftig erneut zu bewerben und bis dahin unsere Veranstaltungen und Publikationen zu verfolgen. Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
{clusterName}`,
  'mail.welcome.subject': 'Willkommen bei {clusterName}: Passwort festlegen',
  'mail.welcome.text': `Guten Tag {contactName},

wir freuen uns, Ihnen mitzuteilen, dass der Mitgliedsantrag von {companyName} angenommen wurde.

Für Sie wurde ein Konto im CMS von {clusterName} angelegt, in dem Sie Profil, Produkte und Kooperationsangebote Ihres Unternehmens aktuell halten. Um Ihr Passwort festzulegen, öffnen Sie diesen Link innerhalb von {validDays, plural, one {# Tag} other {# Tagen}}:

{link}

Das Profil Ihres Unternehmens ist vorerst ein Entwurf; unser Team veröffentlicht es nach einer letzten Prüfung.

Herzlich willkommen
{clusterName}`,
  'mail.draftReview.subject': '{memberName} hat „{title}“ zur Prüfung eingereicht',
  'mail.draftReview.text': `{memberName} hat {isNew, select, yes {{kind, select, members {ein neues Mitgliedsprofil} products {ein neues Produkt bzw. eine neue Dienstleistung} other {ein neues Kooperationsangebot}}} other {Änderungen an {kind, select, members {dem Mitgliedsprofil} products {dem Produkt bzw. der Dienstleistung} other {dem Kooperationsangebot}}}} „{title}“ zur Prüfung eingereicht.

Das Portal zeigt die veröffentlichte Fassung, bis Sie diesen Entwurf veröffentlichen. Vergleichen, bearbeiten und veröffentlichen Sie ihn im CMS:
{adminLink}

{count, plural, one {# Änderung wartet} other {# Änderungen warten}} auf Prüfung: {queueLink}

{clusterName}`,
  'mail.passwordReset.subject': 'Passwort für {clusterName} zurücksetzen',
  'mail.passwordReset.text': `Jemand, vermutlich Sie, hat das Zurücksetzen des Passworts Ihres Kontos im CMS von {clusterName} angefordert.

Um ein neues Passwort zu wählen, öffnen Sie diesen Link innerhalb einer Stunde:

{link}

Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

{clusterName}`,

  'mail.matchmaking.confirm.subject': 'Bestätigen Sie Ihre Anmeldung für {eventTitle}',
  'mail.matchmaking.confirm.text': `Guten Tag {name},

vielen Dank für Ihre Anmeldung zum B2B-Matchmaking bei {eventTitle}. Um Ihre E-Mail-Adresse zu bestätigen und sich anzumelden, öffnen Sie diesen Link innerhalb von {count, plural, one {# Stunde} other {# Stunden}}:

{link}

{validation, select, yes {Danach prüfen die Veranstalter Ihre Anmeldung; andere Teilnehmende sehen Sie, sobald sie bestätigt ist.} other {Danach sehen andere Teilnehmende Ihr Profil und können Sie um ein Treffen bitten.}}

Wenn Sie sich nicht angemeldet haben, hat jemand Ihre Adresse eingegeben: Ignorieren Sie diese E-Mail, es geschieht nichts weiter.

{clusterName}`,
  'mail.matchmaking.signin.subject': 'Ihr Anmeldelink für {eventTitle}',
  'mail.matchmaking.signin.text': `Guten Tag {name},

um sich beim Matchmaking von {eventTitle} anzumelden, öffnen Sie diesen Link innerhalb von {minutes, plural, one {# Minute} other {# Minuten}}. Er funktioniert einmal:

{link}

Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden.

{clusterName}`,
  'mail.matchmaking.requested.subject': '{otherName} ({organisation}) möchte Sie treffen',
  'mail.matchmaking.requested.text': `Guten Tag {name},

{otherName} von {organisation} möchte Sie bei {eventTitle} treffen.
{note}
Nehmen Sie die Anfrage in Ihrem Terminplan an oder lehnen Sie sie ab:
{link}

{clusterName}`,
  'mail.matchmaking.accepted.subject': 'Treffen mit {otherName} bestätigt: {when}',
  'mail.matchmaking.accepted.text': `Guten Tag {name},

Ihr Treffen mit {otherName} von {organisation} bei {eventTitle} ist bestätigt.

Wann: {when}
Wo: {place}

Ihr Terminplan:
{link}

{clusterName}`,
  'mail.matchmaking.declined.subject': '{otherName} hat Ihre Terminanfrage abgelehnt',
  'mail.matchmaking.declined.text': `Guten Tag {name},

{otherName} von {organisation} kann Sie bei {eventTitle} nicht treffen und hat Ihre Anfrage abgelehnt. Andere Teilnehmende passen vielleicht gut zu Ihnen: Sehen Sie sich die Vorschläge auf der Matchmaking-Seite an.

Ihr Terminplan:
{link}

{clusterName}`,
  'mail.matchmaking.cancelled.subject': 'Treffen mit {otherName} abgesagt',
  'mail.matchmaking.cancelled.text': `Guten Tag {name},

Ihr Treffen mit {otherName} von {organisation} bei {eventTitle} wurde abgesagt.

Geplant war es für: {when}
Wo: {place}

Ihr Terminplan:
{link}

{clusterName}`,
  'mail.matchmaking.moved.subject': 'Treffen mit {otherName} verschoben: {when}',
  'mail.matchmaking.moved.text': `Guten Tag {name},

die Veranstalter haben Ihr Treffen mit {otherName} von {organisation} bei {eventTitle} verschoben.

Neue Zeit: {when}
Wo: {place}

Ihr Terminplan und Ihr Kalender-Abo zeigen die neue Zeit:
{link}

{clusterName}`,
  'mail.matchmaking.reminder.subject':
    'Morgen bei {eventTitle}: {count, plural, one {# Treffen} other {# Treffen}}',
  'mail.matchmaking.reminder.text': `Guten Tag {name},

morgen haben Sie bei {eventTitle} {count, plural, one {# Treffen} other {# Treffen}}:

{list}

Ihr Terminplan:
{link}

{clusterName}`,
  'mail.matchmaking.note': '\n{otherName} schreibt:\n{quoted}\n',
  'mail.matchmaking.notScheduled': 'noch nicht geplant',
  'mail.matchmaking.table': 'Tisch {table}',
  'mail.matchmaking.online': 'online, {room}',
  'mail.matchmaking.line': '{when}: {otherName} ({organisation}), {place}',
}
