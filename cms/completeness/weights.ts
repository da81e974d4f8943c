/**
 * The weights of profile completeness (./score.ts): what each criterion is worth, in one place
 * so that the table below and the numbers the score uses are read (and changed) together.
 *
 * ## Weights
 *
 * Each criterion has a weight; the weights of a profile and of a product each add up to 100.
 * A criterion that describes another (alt texts of the images, translations of the references,
 * documentation of the interfaces) earns nothing while that one is missing, and its points are
 * listed with it. A criterion asked "in every locale" earns its weight in equal shares per locale (a Bulgarian
 * description is a third of the description's points); "alt text of every image in every
 * locale" in shares per image and locale; "documentation of every interface" per interface.
 *
 * Member profile (`memberWeights`):
 *
 * | criterion             | weight | what counts                                                   |
 * | --------------------- | -----: | ------------------------------------------------------------- |
 * | description           |     14 | the company description, in every locale                      |
 * | tagline               |      6 | the one-line tagline, in every locale                         |
 * | logo                  |      6 | a logo                                                        |
 * | logoAlt               |      2 | the logo's alt text, in every locale                          |
 * | contactName           |      2 | a contact person                                              |
 * | contactEmail          |      4 | a contact email                                               |
 * | contactPhone          |      2 | a contact phone                                               |
 * | website               |      3 | the website                                                   |
 * | city                  |      2 | the city                                                      |
 * | location              |      3 | map coordinates (latitude and longitude), for the cluster map |
 * | sectors               |      4 | at least one sector                                           |
 * | exportMarkets         |      5 | at least one export market                                    |
 * | languages             |      3 | languages the company works in                                |
 * | certifications        |      4 | at least one certification                                    |
 * | references            |      5 | at least one reference (case study)                           |
 * | referenceTranslations |      1 | every reference's outcome in every locale                     |
 * | founded               |      1 | the year founded                                              |
 * | employees             |      1 | the company size                                              |
 * | products              |     32 | the mean score of its products and services (0 without any)  |
 *
 * Product or service (`productWeights`):
 *
 * | criterion             | weight | what counts                                                     |
 * | --------------------- | -----: | --------------------------------------------------------------- |
 * | summary               |      9 | the summary, in every locale                                    |
 * | description           |     15 | the description, in every locale                                |
 * | categories            |      6 | at least one catalogue category                                 |
 * | industries            |      4 | at least one industry                                           |
 * | images                |     10 | at least one image                                              |
 * | imageAlt              |      6 | every image's alt text, in every locale                         |
 * | price                 |      4 | a price (amount and unit) or "on request"                       |
 * | pricingModel          |      2 | the pricing model                                               |
 * | deployment            |      4 | how it is deployed                                              |
 * | supportedLanguages    |      4 | the languages it supports                                       |
 * | certifications        |      5 | at least one certification                                      |
 * | references            |      7 | at least one reference                                          |
 * | referenceTranslations |      1 | every reference's outcome in every locale                       |
 * | brochure              |      5 | a brochure (PDF)                                                |
 * | interfaces            |     10 | at least one interface (a protocol it provides or consumes)     |
 * | interfaceDocs         |      4 | every interface with a documentation link or an API description |
 * | integrations          |      4 | "works with" links to other members' products                   |
 */
export const memberWeights = {
  description: 14,
  tagline: 6,
  logo: 6,
  logoAlt: 2,
  contactName: 2,
  contactEmail: 4,
  contactPhone: 2,
  website: 3,
  city: 2,
  location: 3,
  sectors: 4,
  exportMarkets: 5,
  languages: 3,
  certifications: 4,
  references: 5,
  referenceTranslations: 1,
  founded: 1,
  employees: 1,
  products: 32,
} as const

export const productWeights = {
  summary: 9,
  description: 15,
  categories: 6,
  industries: 4,
  images: 10,
  imageAlt: 6,
  price: 4,
  pricingModel: 2,
  deployment: 4,
  supportedLanguages: 4,
  certifications: 5,
  references: 7,
  referenceTranslations: 1,
  brochure: 5,
  interfaces: 10,
  interfaceDocs: 4,
  integrations: 4,
} as const

export type MemberCriterion = keyof typeof memberWeights
export type ProductCriterion = keyof typeof productWeights
export type Criterion = MemberCriterion | ProductCriterion
