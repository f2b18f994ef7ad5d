// Resolver types generated from schema.graphql. Object types map to Prisma rows (mappers), so a resolver's
// `parent` is the database row and is type-checked. `npm run codegen` writes the file; `npm run
// codegen:check` fails when the committed one is stale.
//
// This drives @graphql-codegen/core directly rather than through @graphql-codegen/cli: the CLI pulls in
// remote schema loaders (GitHub, Apollo Studio, URLs) this project never uses, and their dependencies
// demand a newer Node than npm itself may run on.
import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';

const prisma = '../../generated/prisma/client';
const OUTPUT = path.join(__dirname, 'src', 'graphql', '__generated__', 'resolvers-types.ts');

const resolverConfig = {
  useIndexSignature: true,
  enumsAsTypes: true,
  useTypeImports: true,
  contextType: '../../context#AppContext',
  scalars: {
    ID: { input: 'string', output: 'string | number' },
    DateTime: 'Date',
    Date: 'Date',
    JSON: 'unknown',
  },
  mappers: {
    Recommendation: '../../domain/recommendations#RecommendationRow',
    RecommendationConnection: '../../domain/recommendations#RecommendationPage',
    PageInfo: '../../domain/connection#PageInfoData',
    Node: '../../domain/nodes#NodeRow',
    Theme: `${prisma}#Theme as ThemeRow`,
    SourceDocument: `${prisma}#SourceDocument as SourceDocumentRow`,
    ProgressUpdate: `${prisma}#ProgressUpdate as ProgressUpdateRow`,
    Owner: `${prisma}#Owner as OwnerRow`,
    TargetDateRevision: `${prisma}#TargetDateRevision as TargetDateRevisionRow`,
    QuoteRevision: `${prisma}#QuoteRevision as QuoteRevisionRow`,
    User: `${prisma}#User as UserRow`,
    ApiToken: `${prisma}#ApiToken as ApiTokenRow`,
    AuditEntry: `${prisma}#AuditEntry as AuditEntryRow`,
    TrackerSummary: '../../domain/summary#SummaryData',
    ThemeSummary: '../../domain/summary#ThemeFigures',
  },
};

async function generate(): Promise<string> {
  // Sorted, as the CLI does by default, so that the output's order does not follow the schema file's.
  const schemaAst = lexicographicSortSchema(
    buildSchema(fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8')),
  );
  return codegen({
    filename: OUTPUT,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: [],
    config: resolverConfig,
    plugins: [{ typescript: {} }, { 'typescript-resolvers': {} }],
    pluginMap: { typescript: typescriptPlugin, 'typescript-resolvers': resolversPlugin },
  });
}

async function main(): Promise<void> {
  const output = await generate();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (committed !== output) {
      console.error(`${path.relative(process.cwd(), OUTPUT)} is stale: run \`npm run codegen\` and commit it.`);
      process.exit(1);
    }
    console.error('Generated types are up to date.');
    return;
  }
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, output);
  console.error(`Wrote ${path.relative(process.cwd(), OUTPUT)}.`);
}

main().catch((err: unknown) => {
  console.error('codegen failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
