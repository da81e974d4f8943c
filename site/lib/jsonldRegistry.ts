/**
 * schema.org JSON-LD of the interoperability registry: the registry page is a DefinedTermSet of
 * protocols, and a product names its interfaces as PropertyValues ("Provides": "PEPPOL BIS 3.0")
 * whose valueReference is the protocol's term in that set. Pure, like ./jsonld.ts: the page
 * passes absolute URLs.
 */
type Thing = Record<string, unknown>

/** The registry page: every protocol as a DefinedTerm, with its registry entry as id. */
export function registryLd(
  name: string,
  url: string,
  protocols: { slug: string; name: string; description?: string | null }[],
  entryUrl: (slug: string) => string,
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': url,
    name,
    url,
    hasDefinedTerm: protocols.map((p) => ({
      '@type': 'DefinedTerm',
      '@id': entryUrl(p.slug),
      name: p.name,
      termCode: p.slug,
      ...(p.description ? { description: p.description } : {}),
    })),
  }
}

/** One interface of a product, as the product's JSON-LD names it. */
export type InterfaceLd = {
  /** The role in the page's language: "Provides", "Nutzt"… */
  role: string
  protocol: { slug: string; name: string; url: string }
  version: string | null
  documentation: string | null
}

/**
 * A product's interfaces as schema.org `additionalProperty` values: the role is the property,
 * the protocol (with its version) the value, the registry's term its reference.
 *
 * @example interfacesLd([{ role: 'Provides', protocol: peppol, version: '3.0', … }], setUrl)
 * // [{ '@type': 'PropertyValue', name: 'Provides', value: 'PEPPOL BIS 3.0', … }]
 */
export function interfacesLd(interfaces: InterfaceLd[], registryUrl: string): Thing[] {
  return interfaces.map((i) => ({
    '@type': 'PropertyValue',
    name: i.role,
    value: i.version ? `${i.protocol.name} ${i.version}` : i.protocol.name,
    valueReference: {
      '@type': 'DefinedTerm',
      '@id': i.protocol.url,
      name: i.protocol.name,
      termCode: i.protocol.slug,
      inDefinedTermSet: registryUrl,
    },
    ...(i.documentation ? { url: i.documentation } : {}),
  }))
}
