import { getPayload } from 'payload'
import config from '../../cms/payload.config'
const payload = await getPayload({ config })
const time = async (label: string, args: Record<string, unknown>) => {
  const t = Date.now()
  const r = await payload.find({ collection: 'products', locale: 'en', depth: 0, ...args } as never)
  console.log(`${label}: ${r.docs.length} docs in ${Date.now() - t} ms`)
}
await time('anonymous, limit 10', { overrideAccess: false, limit: 10 })
await time('anonymous, pagination false', { overrideAccess: false, pagination: false })
await payload.destroy(); process.exit(0)
