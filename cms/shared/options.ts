/**
 * Fixed vocabularies: the stored values only. Their words live in the catalogues (the CMS's
 * `option.<vocabulary>.<value>` keys in cms/i18n, the portal's in site/i18n), so the portal can
 * import these without the admin's labels, and a test fails when a value has no label.
 */

export const employeeRanges = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const

export const productKinds = ['product', 'service', 'solution'] as const

export const industries = [
  'manufacturing',
  'automotive',
  'healthcare',
  'finance',
  'insurance',
  'public-sector',
  'logistics',
  'energy',
  'retail',
  'agriculture',
  'education',
  'telecom',
  'tourism',
  'media',
] as const

export const deployments = ['cloud', 'on-premise', 'hybrid', 'saas'] as const

export const pricingModels = [
  'subscription',
  'license',
  'per-project',
  'freemium',
  'free',
  'custom',
] as const

/**
 * What a price indication is counted per ("from €49 per user per month"): the units buyers of
 * business software and services compare by.
 */
export const priceUnits = [
  'per-user-month',
  'per-month',
  'per-year',
  'per-device',
  'per-day',
  'per-project',
  'one-off',
] as const

/** Currencies of price indications (ISO 4217); EUR is the default, also Bulgaria's since 2026. */
export const currencies = ['EUR', 'USD', 'GBP', 'CHF'] as const

export const eventKinds = [
  'conference',
  'b2b-matchmaking',
  'trade-mission',
  'webinar',
  'workshop',
  'cluster-meeting',
] as const

export const eventFormats = ['in-person', 'online', 'hybrid'] as const

export const eventStatuses = ['scheduled', 'postponed', 'cancelled'] as const

export const publicationKinds = [
  'strategy',
  'market-study',
  'report',
  'policy-brief',
  'newsletter',
] as const

export const partnerKinds = ['cluster', 'association', 'chamber', 'university', 'agency'] as const

export const cooperationTypes = ['offer', 'request'] as const

/** What kind of standard a protocol of the interoperability registry is (step 8). */
export const protocolFamilies = [
  'api',
  'messaging',
  'business-documents',
  'identity',
  'file-transfer',
  'industrial',
  'healthcare',
  'finance',
] as const

/** A product either offers an interface (provides) or uses one that another product offers. */
export const interfaceRoles = ['provides', 'consumes'] as const

/** The kinds of API description a product may upload with an interface. */
export const apiFormats = ['openapi', 'asyncapi'] as const

/** Languages a company works in or a product supports (ISO 639-1). */
export const languages = [
  'bg',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'ro',
  'el',
  'tr',
  'mk',
  'sr',
  'ru',
  'uk',
  'pl',
  'cs',
  'nl',
  'et',
  'hu',
] as const

/** Who a matchmaking participant represents. */
export const organisationKinds = [
  'member',
  'partner-cluster',
  'company',
  'research',
  'public-body',
  'other',
] as const

/**
 * A participant's way through registration: `unconfirmed` until the email link is used, then
 * `pending` while staff must validate (or straight to `validated`), or `rejected` by staff.
 */
export const participantStatuses = ['unconfirmed', 'pending', 'validated', 'rejected'] as const

/** A meeting request's life: requested, then accepted (with a slot) or declined; or cancelled. */
export const meetingStatuses = ['requested', 'accepted', 'declined', 'cancelled'] as const

/** Who places accepted meetings in slots: the accepting participant, or staff all at once. */
export const schedulingModes = ['self', 'staff'] as const

export const inquiryStatuses = ['new', 'forwarded', 'answered', 'spam'] as const

export const applicationStatuses = ['received', 'reviewing', 'approved', 'rejected'] as const

/** What became of the last portal build (the BuildStatus global's `result`). */
export const buildResults = ['never', 'queued', 'running', 'succeeded', 'failed'] as const

/** Every vocabulary by name: the name is the middle part of its label keys. */
export const vocabularies = {
  employeeRanges,
  productKinds,
  industries,
  deployments,
  pricingModels,
  priceUnits,
  currencies,
  eventKinds,
  eventFormats,
  eventStatuses,
  publicationKinds,
  partnerKinds,
  cooperationTypes,
  protocolFamilies,
  interfaceRoles,
  apiFormats,
  languages,
  organisationKinds,
  participantStatuses,
  meetingStatuses,
  schedulingModes,
  inquiryStatuses,
  applicationStatuses,
  buildResults,
} as const

export type Vocabulary = keyof typeof vocabularies
export type OptionValue<V extends Vocabulary> = (typeof vocabularies)[V][number]
