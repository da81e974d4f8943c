// The boundaries between the CMS (cms/), the portal (site/) and their shared pure modules
// (cms/shared/), checked by `npm run deps`. See ../shared/ARCHITECTURE.md and CONVENTIONS.md.
//
// dependency-cruiser does not read .astro files: the same site → cms rule is enforced there by
// ESLint's no-restricted-imports (eslint.config.js).

/** What site/ may import from cms/: the pure shared modules, the generated types, the config. */
const siteMayUse = ['^cms/shared/', '^cms/payload-types[.]ts$', '^cms/payload[.]config[.]ts$']

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'site-uses-only-shared-cms',
      comment:
        'The portal reads the CMS through its Local API (site/lib/cms.ts, which loads the Payload ' +
        'config) and the generated types; code both use lives in cms/shared/.',
      severity: 'error',
      from: { path: '^site/' },
      to: { path: '^cms/', pathNot: siteMayUse },
    },
    {
      name: 'cms-never-imports-site',
      comment: 'The CMS runs without the portal; what both need belongs in cms/shared/.',
      severity: 'error',
      from: { path: '^cms/' },
      to: { path: '^site/' },
    },
    {
      name: 'jobs-not-scripts',
      comment: 'Jobs run inside the CMS; command-line scripts are their callers, not their parts.',
      severity: 'error',
      from: { path: '^cms/jobs/' },
      to: { path: '^cms/scripts/' },
    },
    {
      name: 'shared-stays-pure',
      comment: 'cms/shared/ is loaded by the portal and its browser islands: no CMS code.',
      severity: 'error',
      from: { path: '^cms/shared/' },
      to: { path: '^cms/', pathNot: '^cms/shared/' },
    },
    {
      name: 'shared-no-frameworks',
      comment: 'cms/shared/ runs in the browser and in Astro: no Payload, Next or React.',
      severity: 'error',
      from: { path: '^cms/shared/' },
      to: { path: 'node_modules/(payload|@payloadcms/[^/]+|next|react|react-dom)/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle of runtime imports. A cycle through a type-only import is erased at compile ' +
        'time (site/lib/opendataFields.ts types its fields with the shapes opendata.ts exports).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve (a typo, or an alias the config does not know).',
      severity: 'error',
      from: {},
      // astro:* are Astro's virtual modules, made by its Vite plugins during a build.
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)[.]next/', '^cms/migrations/', '^dist'] },
    // The @shared/*, @cms/*, @site/* and @payload-config aliases.
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a type from cms/ in site/ couples them as much as a value.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
}
