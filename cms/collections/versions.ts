/** Every public collection keeps drafts and a bounded history. */
export const publicVersions = {
  drafts: true,
  maxPerDoc: 50,
} as const
