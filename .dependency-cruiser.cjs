// The layer rule of src/ (docs/architecture.md, "Map of the code"): entry points → http → graphql → domain → db → the
// root (config, logger, errors, the context's types, the http(s) URL rule). Nothing imports a layer above its own,
// and nothing imports in a cycle. The root may name types from the layers (the per-request context is made of
// them), but may not run their code. `npm run deps:check` (part of `npm test`) applies it.
const layer = (name) => `^src/${name}/`;
const ROOT = '^src/(config|oidcConfig|loopback|logger|errors|context|projectRoot|httpUrl)\\.ts$';
const ENTRY = '^src/(index\\.ts$|cli/)';

const above = {
  root: [layer('db'), layer('domain'), layer('graphql'), layer('http'), ENTRY],
  db: [layer('domain'), layer('graphql'), layer('http'), ENTRY],
  domain: [layer('graphql'), layer('http'), ENTRY],
  graphql: [layer('http'), ENTRY],
  http: [ENTRY],
};

// Inside src/domain the feature folders stack too, top first: a folder may import only the folders below it and the
// shared rules at the domain's root (validation, audit, operations, scope, health, globalId), which import no folder.
// registry/ gathers what every feature offers (its node types, its jobs); publicSite/ reads every feature for the
// public pages; exchange drives the verbs of the log
// and the catalog; the log records evidence; live updates and webhooks read the catalog's filters; everything
// pages and checks access; jobs/ and outbound/ are the machinery underneath.
const FEATURE_TIERS = [
  ['registry', 'opendata'],
  ['publicSite'],
  ['exchange'],
  ['documents'],
  ['log'],
  ['indicators'],
  ['evidence'],
  ['live', 'webhooks'],
  ['catalog'],
  ['paging'],
  ['visibility'],
  ['access'],
  ['jobs', 'outbound'],
];
const folders = (names) => `^src/domain/(${names.join('|')})/`;
const featureRules = FEATURE_TIERS.slice(1).map((tier, i) => ({
  name: `domain-${tier.join('-')}-imports-no-higher-feature`,
  severity: 'error',
  comment: `src/domain/{${tier.join(',')}}/ may import only the feature folders below it (docs/architecture.md)`,
  from: { path: folders(tier) },
  to: { path: folders(FEATURE_TIERS.slice(0, i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...featureRules,
    {
      name: 'domain-shared-rules-import-no-feature',
      severity: 'error',
      comment: "src/domain's root files are the rules every feature shares; they import no feature folder",
      from: { path: '^src/domain/[^/]+\\.ts$' },
      to: { path: '^src/domain/[^/]+/' },
    },
    {
      name: 'root-runs-no-layer',
      severity: 'error',
      comment: "config, logger, errors and context are used by every layer; they may name a layer's types only",
      from: { path: ROOT },
      to: { path: above.root, dependencyTypesNot: ['type-only'] },
    },
    ...['db', 'domain', 'graphql', 'http'].map((name) => ({
      name: `${name}-imports-no-higher-layer`,
      severity: 'error',
      comment: `src/${name}/ may import only the layers below it`,
      from: { path: layer(name) },
      to: { path: above[name] },
    })),
    {
      name: 'no-cycles',
      severity: 'error',
      // Type-only imports count too (tsPreCompilationDeps keeps them): they vanish at run time, but two modules
      // that name each other's types are still one module split in two, and cannot be understood apart.
      comment: 'an import cycle, type-only imports included',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
