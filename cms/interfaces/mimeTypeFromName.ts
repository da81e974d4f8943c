import type { CollectionBeforeOperationHook } from 'payload'

const byExtension: Record<string, string> = {
  json: 'application/json',
  yaml: 'application/yaml',
  yml: 'application/yaml',
}

/**
 * The type of a JSON or YAML file is its name's: there is no signature to sniff, browsers
 * send `.yaml` as "", application/x-yaml or application/octet-stream depending on the system,
 * and Payload's Local API leaves it empty for a file path (the seed's way in). Set before
 * the size and type limits look at it; the content is checked by validateApiDescription.
 */
export const apiMimeTypeFromName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = (args.req ?? req).file
  const extension = file?.name.split('.').pop()?.toLowerCase() ?? ''
  if (file && extension in byExtension) file.mimetype = byExtension[extension]
  return args
}
