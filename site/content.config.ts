import { defineCollection } from 'astro:content'

import { payloadLoader } from './lib/loader'

/**
 * The portal's content: what the CMS lets an anonymous visitor read, in every locale.
 * Entry ids are `<locale>/<slug>`; each entry's data carries its `locale`.
 */
export const collections = {
  members: defineCollection({ loader: payloadLoader('members') }),
  products: defineCollection({ loader: payloadLoader('products') }),
  categories: defineCollection({ loader: payloadLoader('categories') }),
  events: defineCollection({ loader: payloadLoader('events') }),
  publications: defineCollection({ loader: payloadLoader('publications') }),
  partners: defineCollection({ loader: payloadLoader('partners') }),
  cooperation: defineCollection({ loader: payloadLoader('cooperation') }),
  pages: defineCollection({ loader: payloadLoader('pages') }),
  protocols: defineCollection({ loader: payloadLoader('protocols') }),
}
