/** Fixed vocabularies. Labels are for the admin; the portal labels them from site/i18n. */

type Labels = { en: string; bg: string; de: string }
const opt = (value: string, en: string, bg: string, de: string) => ({
  value,
  label: { en, bg, de } satisfies Labels,
})

export const employeeRanges = ['1-9', '10-49', '50-249', '250-999', '1000+'].map((v) =>
  opt(v, v, v, v),
)

export const productKinds = [
  opt('product', 'Product', 'Продукт', 'Produkt'),
  opt('service', 'Service', 'Услуга', 'Dienstleistung'),
  opt('solution', 'Solution', 'Решение', 'Lösung'),
]

export const industries = [
  opt('manufacturing', 'Manufacturing', 'Производство', 'Fertigung'),
  opt('automotive', 'Automotive', 'Автомобилостроене', 'Automobilindustrie'),
  opt('healthcare', 'Healthcare', 'Здравеопазване', 'Gesundheitswesen'),
  opt('finance', 'Finance', 'Финанси', 'Finanzwesen'),
  opt('insurance', 'Insurance', 'Застраховане', 'Versicherungen'),
  opt('public-sector', 'Public sector', 'Публичен сектор', 'Öffentlicher Sektor'),
  opt('logistics', 'Logistics', 'Логистика', 'Logistik'),
  opt('energy', 'Energy', 'Енергетика', 'Energie'),
  opt('retail', 'Retail', 'Търговия на дребно', 'Einzelhandel'),
  opt('agriculture', 'Agriculture', 'Земеделие', 'Landwirtschaft'),
  opt('education', 'Education', 'Образование', 'Bildung'),
  opt('telecom', 'Telecommunications', 'Телекомуникации', 'Telekommunikation'),
  opt('tourism', 'Tourism', 'Туризъм', 'Tourismus'),
  opt('media', 'Media', 'Медии', 'Medien'),
]

export const deployments = [
  opt('cloud', 'Cloud', 'Облак', 'Cloud'),
  opt('on-premise', 'On-premise', 'Локално', 'On-Premises'),
  opt('hybrid', 'Hybrid', 'Хибридно', 'Hybrid'),
  opt('saas', 'SaaS', 'SaaS', 'SaaS'),
]

export const pricingModels = [
  opt('subscription', 'Subscription', 'Абонамент', 'Abonnement'),
  opt('license', 'Licence', 'Лиценз', 'Lizenz'),
  opt('per-project', 'Per project', 'На проект', 'Pro Projekt'),
  opt('freemium', 'Freemium', 'Freemium', 'Freemium'),
  opt('free', 'Free', 'Безплатно', 'Kostenlos'),
  opt('custom', 'On request', 'По запитване', 'Auf Anfrage'),
]

export const eventKinds = [
  opt('conference', 'Conference', 'Конференция', 'Konferenz'),
  opt('b2b-matchmaking', 'B2B matchmaking', 'B2B срещи', 'B2B-Matchmaking'),
  opt('trade-mission', 'Trade mission', 'Търговска мисия', 'Delegationsreise'),
  opt('webinar', 'Webinar', 'Уебинар', 'Webinar'),
  opt('workshop', 'Workshop', 'Работилница', 'Workshop'),
  opt('cluster-meeting', 'Cluster meeting', 'Среща на клъстера', 'Clustertreffen'),
]

export const eventFormats = [
  opt('in-person', 'In person', 'Присъствено', 'Vor Ort'),
  opt('online', 'Online', 'Онлайн', 'Online'),
  opt('hybrid', 'Hybrid', 'Хибридно', 'Hybrid'),
]

export const eventStatuses = [
  opt('scheduled', 'Scheduled', 'Предстои', 'Geplant'),
  opt('postponed', 'Postponed', 'Отложено', 'Verschoben'),
  opt('cancelled', 'Cancelled', 'Отменено', 'Abgesagt'),
]

export const publicationKinds = [
  opt('strategy', 'Strategy', 'Стратегия', 'Strategie'),
  opt('market-study', 'Market study', 'Пазарно проучване', 'Marktstudie'),
  opt('report', 'Report', 'Доклад', 'Bericht'),
  opt('policy-brief', 'Policy brief', 'Позиция', 'Policy Brief'),
  opt('newsletter', 'Newsletter', 'Бюлетин', 'Newsletter'),
]

export const partnerKinds = [
  opt('cluster', 'Cluster', 'Клъстер', 'Cluster'),
  opt('association', 'Association', 'Сдружение', 'Verband'),
  opt('chamber', 'Chamber', 'Камара', 'Kammer'),
  opt('university', 'University', 'Университет', 'Hochschule'),
  opt('agency', 'Agency', 'Агенция', 'Agentur'),
]

export const cooperationTypes = [
  opt('offer', 'Offer', 'Оферта', 'Angebot'),
  opt('request', 'Request', 'Търсене', 'Gesuch'),
]

/** Languages a company works in or a product supports (ISO 639-1). */
export const languages = [
  ['bg', 'Bulgarian', 'Български', 'Bulgarisch'],
  ['en', 'English', 'Английски', 'Englisch'],
  ['de', 'German', 'Немски', 'Deutsch'],
  ['fr', 'French', 'Френски', 'Französisch'],
  ['es', 'Spanish', 'Испански', 'Spanisch'],
  ['it', 'Italian', 'Италиански', 'Italienisch'],
  ['ro', 'Romanian', 'Румънски', 'Rumänisch'],
  ['el', 'Greek', 'Гръцки', 'Griechisch'],
  ['tr', 'Turkish', 'Турски', 'Türkisch'],
  ['mk', 'Macedonian', 'Македонски', 'Mazedonisch'],
  ['sr', 'Serbian', 'Сръбски', 'Serbisch'],
  ['ru', 'Russian', 'Руски', 'Russisch'],
  ['uk', 'Ukrainian', 'Украински', 'Ukrainisch'],
  ['pl', 'Polish', 'Полски', 'Polnisch'],
  ['cs', 'Czech', 'Чешки', 'Tschechisch'],
  ['nl', 'Dutch', 'Нидерландски', 'Niederländisch'],
  ['et', 'Estonian', 'Естонски', 'Estnisch'],
  ['hu', 'Hungarian', 'Унгарски', 'Ungarisch'],
].map(([v, en, bg, de]) => opt(v, en, bg, de))

export const inquiryStatuses = [
  opt('new', 'New', 'Ново', 'Neu'),
  opt('forwarded', 'Forwarded', 'Препратено', 'Weitergeleitet'),
  opt('answered', 'Answered', 'Отговорено', 'Beantwortet'),
  opt('spam', 'Spam', 'Спам', 'Spam'),
]

export const applicationStatuses = [
  opt('received', 'Received', 'Получено', 'Eingegangen'),
  opt('reviewing', 'In review', 'В преглед', 'In Prüfung'),
  opt('approved', 'Approved', 'Одобрено', 'Angenommen'),
  opt('rejected', 'Rejected', 'Отхвърлено', 'Abgelehnt'),
]
