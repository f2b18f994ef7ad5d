// Tests run against real PostgreSQL: DATABASE_URL's server when set, otherwise an embedded one that
// globalSetup starts. Each test file gets its own database cloned from a migrated template.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  // ESM-only packages are compiled to CommonJS like our own files, so that swc's `require` for an `import()` loads
  // them: openid-client and what it brings, oidc-provider for the tests, the selector engine linkedom's CommonJS
  // build requires (the public pages' tests), and the RDF stack that validates the open data's DCAT-AP catalogue
  // (rdf-validate-shacl and what it brings, tests/opendata/specs.ts). The built server (tsc, module node16) keeps
  // `import()` as Node's own dynamic import instead.
  transformIgnorePatterns: [
    '/node_modules/(?!(openid-client|oauth4webapi|jose|oidc-provider|css-select|css-what|nth-check|domutils|domhandler|dom-serializer|entities|boolbase|domelementtype|cssomnom|rdf-validate-shacl|rdf-validate-datatype|clownface|@rdfjs|@vocabulary|@tpluscode|@zazuko|@digitalbazaar|ky)/)',
  ],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/setup/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/setup/globalTeardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
