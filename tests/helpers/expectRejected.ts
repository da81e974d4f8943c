import type { CollectionSlug, Payload } from 'payload'
import { expect } from 'vitest'

/**
 * Runs a write that must fail validation: the message for `fieldPath` matches `text`, and the
 * collection holds as many documents afterwards as before.
 */
export async function expectRejected(
  payload: Payload,
  collection: CollectionSlug,
  write: () => Promise<unknown>,
  fieldPath: string,
  text: RegExp,
) {
  const count = async () => (await payload.count({ collection, overrideAccess: true })).totalDocs
  const before = await count()
  const error = await write().then(
    () => null,
    (e: unknown) =>
      e as { data?: { errors?: { path: string; message: string }[] }; message: string },
  )
  expect(error, 'the write should have been refused').not.toBeNull()
  const errors = error?.data?.errors ?? []
  const match = errors.find((e) => e.path === fieldPath)
  expect(match?.message ?? `${error?.message} ${JSON.stringify(errors)}`).toMatch(text)
  expect(await count()).toBe(before)
}
