import type { Member, Product, Protocol } from '../../cms/payload-types'

/**
 * A small registry for unit tests: two members' ERP and e-invoicing products over PEPPOL BIS,
 * an identity provider, a same-maker pair that must not connect and a protocol nobody speaks.
 */
const protocol = (
  id: number,
  slug: string,
  name: string,
  family: Protocol['family'],
  description: string | null = null,
): Protocol & { slug: string } => ({
  id,
  slug,
  name,
  family,
  description,
  specification: `https://spec.example/${slug}`,
  updatedAt: `2026-11-0${id}T10:00:00.000Z`,
  createdAt: '2026-11-01T10:00:00.000Z',
  _status: 'published',
})

export const protocols = [
  protocol(1, 'peppol-bis', 'PEPPOL BIS', 'business-documents', 'Pan-European e-invoicing.'),
  protocol(2, 'openid-connect', 'OpenID Connect', 'identity'),
  protocol(3, 'opc-ua', 'OPC UA', 'industrial'),
]
const [peppol, oidc] = protocols

const member = (id: number, slug: string, name: string) =>
  ({ id, slug, name, country: 'BG' }) as Member

export const orbit = member(1, 'orbitsoft', 'OrbitSoft')
export const ledger = member(2, 'ledgerly', 'Ledgerly')

type Row = [Protocol, 'provides' | 'consumes', string?, string?]
const product = (id: number, slug: string, name: string, maker: Member, rows: Row[]) =>
  ({
    id,
    slug,
    name,
    member: maker,
    kind: 'product',
    summary: `${name} summary`,
    updatedAt: `2026-12-0${id}T10:00:00.000Z`,
    createdAt: '2026-11-01T10:00:00.000Z',
    interfaces: rows.map(([p, role, version, documentation]) => ({
      protocol: { id: p.id, slug: p.slug, name: p.name, family: p.family } as Protocol,
      role,
      version: version ?? null,
      documentation: documentation ?? null,
    })),
  }) as unknown as Product & { slug: string }

export const products = [
  product(1, 'erp-flow', 'ERP Flow', orbit, [
    [peppol, 'provides', '3.0', 'https://docs.example/erp-flow/peppol'],
    [oidc, 'consumes', '1.0'],
  ]),
  product(2, 'invoicer', 'Invoicer', ledger, [
    [peppol, 'consumes', 'BIS 3'],
    [oidc, 'provides'],
  ]),
  // Same maker as ERP Flow: consumes PEPPOL, but the registry connects members' products.
  product(3, 'orbit-pay', 'Orbit Pay', orbit, [[peppol, 'consumes', '3']]),
  // A different major version: listed, never connected.
  product(4, 'old-books', 'Old Books', ledger, [[peppol, 'consumes', '2.0']]),
]
