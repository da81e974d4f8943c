import type { PayloadRequest, TextField } from 'payload'

import { collections } from '@shared/slugs'

type Ref = number | string | { id: number | string } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/** Names already looked up in this request: a list of inquiries names a few documents often. */
const cacheOf = (req: PayloadRequest) =>
  ((req.context.inquiryAbout as Map<string, Promise<string | null>> | undefined) ??=
    new Map()) as Map<string, Promise<string | null>>

function nameOf(
  req: PayloadRequest,
  collection: 'products' | 'cooperation' | 'members',
  ref: Ref,
): Promise<string | null> {
  const id = idOf(ref)
  if (id === null || id === undefined) return Promise.resolve(null)
  const key = `${collection}:${id}`
  const cache = cacheOf(req)
  let name = cache.get(key)
  if (!name) {
    const field = collection === collections.cooperation ? 'title' : 'name'
    name = req.payload
      .findByID({
        collection,
        id,
        depth: 0,
        draft: true,
        select: { [field]: true },
        req,
        overrideAccess: false,
        disableErrors: true,
      })
      .then((doc) => ((doc as Record<string, unknown> | null)?.[field] as string) ?? null)
    cache.set(key, name)
  }
  return name
}

/**
 * What an inquiry is about, for the admin's list: the product, else the cooperation post, else
 * the member company it was sent to, by name. Read-only and computed when read (a virtual
 * field, no column), as the reader may read those documents.
 */
export const inquiryAboutField: TextField = {
  name: 'about',
  type: 'text',
  virtual: true,
  admin: { readOnly: true, disableListFilter: true },
  hooks: {
    afterRead: [
      async ({ siblingData, req }) => {
        const data = siblingData as Record<string, Ref>
        return (
          (await nameOf(req, collections.products, data.product)) ??
          (await nameOf(req, collections.cooperation, data.cooperation)) ??
          (await nameOf(req, collections.members, data.member))
        )
      },
    ],
  },
}
