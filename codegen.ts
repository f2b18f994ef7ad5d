// Two kinds of generated types, both from schema.graphql; `npm run codegen` writes them, `npm run
// codegen:check` fails when a committed file is stale, missing or left over.
// - Resolver types (src/graphql/__generated__/resolvers-types.ts). Object types map to Prisma rows (mappers),
//   so a resolver's `parent` is the database row and is type-checked.
// - The tests' operations: each tests/operations/<area>.graphql becomes tests/__generated__/<area>.ts, with a
//   TypedDocumentNode per operation (`query List` -> ListDocument) that carries its result and variables
//   types. A document that selects a field the schema lacks fails here; a test that reads a field its
//   operation does not select fails the type-check. One output per file, so two areas may both name an
//   operation `Log`.
// - The console's operations: every web/admin/operations/*.graphql goes into one file,
//   web/admin/__generated__/operations.ts, with the enums and inputs they use. Documents are TypedDocumentStrings
//   (documentMode 'string'): the console posts the query text, and a string keeps `graphql` (its parser and
//   printer) out of the browser bundle. A schema change that breaks the console fails `npm run typecheck`.
//
// This drives @graphql-codegen/core directly rather than through @graphql-codegen/cli: the CLI pulls in
// remote schema loaders (GitHub, Apollo Studio, URLs) this project never uses, and their dependencies
// demand a newer Node than npm itself may run on.
import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNodePlugin from '@graphql-codegen/typed-document-node';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, lexicographicSortSchema, parse, printSchema, Source, type GraphQLSchema } from 'graphql';

const prisma = '../../generated/prisma/client';
const RESOLVER_TYPES = path.join(__dirname, 'src', 'graphql', '__generated__', 'resolvers-types.ts');
const OPERATION_SOURCES = path.join(__dirname, 'tests', 'operations');
const OPERATION_TYPES = path.join(__dirname, 'tests', '__generated__');
/** The enums, inputs and scalars every operation file shares, written once instead of into each file. */
const SHARED_OPERATION_TYPES = path.join(OPERATION_TYPES, 'schemaTypes.ts');

const CONSOLE_SOURCES = path.join(__dirname, 'web', 'admin', 'operations');
const CONSOLE_TYPES = path.join(__dirname, 'web', 'admin', '__generated__', 'operations.ts');

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
    Recommendation: '../../domain/catalog/recommendations#RecommendationRow',
    RecommendationConnection: '../../domain/catalog/recommendations#RecommendationPage',
    PageInfo: '../../domain/paging/connection#PageInfoData',
    Node: '../../domain/registry/nodes#NodeRow',
    Theme: `${prisma}#Theme as ThemeRow`,
    SourceDocument: `${prisma}#SourceDocument as SourceDocumentRow`,
    DocumentRevision: `${prisma}#DocumentRevision as DocumentRevisionRow`,
    DocumentSection: '../../domain/catalog/documentText#Section',
    BrokenQuote: '../../domain/catalog/quotedText#BrokenQuoteView',
    RecommendationLink: '../../domain/catalog/links#LinkView',
    ProgressUpdate: `${prisma}#ProgressUpdate as ProgressUpdateRow`,
    Owner: `${prisma}#Owner as OwnerRow`,
    TargetDateRevision: `${prisma}#TargetDateRevision as TargetDateRevisionRow`,
    QuoteRevision: `${prisma}#QuoteRevision as QuoteRevisionRow`,
    User: `${prisma}#User as UserRow`,
    ApiToken: `${prisma}#ApiToken as ApiTokenRow`,
    Session: `${prisma}#Session as SessionRow`,
    Passkey: `${prisma}#Passkey as PasskeyRow`,
    AuditEntry: `${prisma}#AuditEntry as AuditEntryRow`,
    Webhook: `${prisma}#Webhook as WebhookRow`,
    WebhookDelivery: '../../domain/webhooks/admin#WebhookDeliveryRow',
    WebhookAttempt: `${prisma}#WebhookAttempt as WebhookAttemptRow`,
    Proposal: `${prisma}#Proposal as ProposalRow`,
    Candidate: `${prisma}#Candidate as CandidateRow`,
    CandidateConnection: '../../domain/documents/extraction/candidates#CandidatePage',
    TrackerSummary: '../../domain/catalog/summary#SummaryData',
    ThemeSummary: '../../domain/catalog/summary#ThemeFigures',
    Change: '../../db/changeEvents#ChangeRow',
    ChangeConnection: '../../domain/live/changes#ChangePage',
    Following: '../../domain/live/follows#FollowingOf',
    Viewer: '../../domain/live/follows#ViewerRow',
    Preferences: '../../domain/access/preferences#PreferencesRow',
    Evidence: `${prisma}#Evidence as EvidenceRow`,
    Indicator: '../../domain/indicators/indicators#IndicatorView',
    IndicatorValue: `${prisma}#IndicatorValue as IndicatorValueRow`,
    IndicatorStatusExplanation: '../../domain/indicators/indicators#StatusExplanation',
    IndicatorValueConnection: '../../domain/indicators/indicators#IndicatorValuePage',
    ProposedIndicatorValue: '../../domain/indicators/indicators#ProposedValue',
  },
};

// The tests read results as a client does, after JSON (testServer.ts): dates and ids are strings.
const operationConfig = {
  useTypeImports: true,
  enumType: 'string-literal',
  scalars: { ID: 'string', DateTime: 'string', Date: 'string', JSON: 'unknown' },
};

function loadSchema(): GraphQLSchema {
  // Sorted, as the CLI does by default, so that the output's order does not follow the schema file's.
  return lexicographicSortSchema(buildSchema(fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8')));
}

/** A document file, parsed with its path as the source name, so that a validation error names the file. */
function document(file: string) {
  const location = path.relative(__dirname, file);
  return { location, document: parse(new Source(fs.readFileSync(file, 'utf8'), location)) };
}

function resolverTypes(schemaAst: GraphQLSchema): Promise<string> {
  return codegen({
    filename: RESOLVER_TYPES,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: [],
    config: resolverConfig,
    plugins: [{ typescript: {} }, { 'typescript-resolvers': {} }],
    pluginMap: { typescript: typescriptPlugin, 'typescript-resolvers': resolversPlugin },
  });
}

function sharedOperationTypes(schemaAst: GraphQLSchema): Promise<string> {
  return codegen({
    filename: SHARED_OPERATION_TYPES,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: [],
    config: { ...operationConfig, onlyOperationTypes: true, enumsAsTypes: true },
    plugins: [{ typescript: {} }],
    pluginMap: { typescript: typescriptPlugin },
  });
}

function operationTypes(schemaAst: GraphQLSchema, source: string, output: string): Promise<string> {
  return codegen({
    filename: output,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: [document(source)],
    config: {
      ...operationConfig,
      importSchemaTypesFrom: path.relative(process.cwd(), SHARED_OPERATION_TYPES),
      namespacedImportName: 'Types',
    },
    plugins: [{ 'typescript-operations': {} }, { 'typed-document-node': {} }],
    pluginMap: { 'typescript-operations': operationsPlugin, 'typed-document-node': typedDocumentNodePlugin },
  });
}

function consoleTypes(schemaAst: GraphQLSchema): Promise<string> {
  const sources = fs.readdirSync(CONSOLE_SOURCES).filter((name) => name.endsWith('.graphql'));
  return codegen({
    filename: CONSOLE_TYPES,
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents: sources.sort().map((name) => document(path.join(CONSOLE_SOURCES, name))),
    config: { ...operationConfig, documentMode: 'string' },
    plugins: [{ 'typescript-operations': {} }, { 'typed-document-node': {} }],
    pluginMap: { 'typescript-operations': operationsPlugin, 'typed-document-node': typedDocumentNodePlugin },
  });
}

/** Every generated file's path and the text it should have. */
async function generate(): Promise<Map<string, string>> {
  const schemaAst = loadSchema();
  const files = new Map([
    [RESOLVER_TYPES, await resolverTypes(schemaAst)],
    [SHARED_OPERATION_TYPES, await sharedOperationTypes(schemaAst)],
    [CONSOLE_TYPES, await consoleTypes(schemaAst)],
  ]);
  const sources = fs.readdirSync(OPERATION_SOURCES).filter((name) => name.endsWith('.graphql'));
  for (const name of sources.sort()) {
    const output = path.join(OPERATION_TYPES, name.replace(/\.graphql$/, '.ts'));
    files.set(output, await operationTypes(schemaAst, path.join(OPERATION_SOURCES, name), output));
  }
  return files;
}

/** Generated operation files whose tests/operations source is gone. */
function leftOver(files: Map<string, string>): string[] {
  if (!fs.existsSync(OPERATION_TYPES)) return [];
  return fs
    .readdirSync(OPERATION_TYPES)
    .map((name) => path.join(OPERATION_TYPES, name))
    .filter((file) => !files.has(file));
}

const relative = (file: string) => path.relative(process.cwd(), file);

async function main(): Promise<void> {
  const files = await generate();
  if (process.argv.includes('--check')) {
    const stale = [...files].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text);
    const problems = [
      ...stale.map(([file]) => `${relative(file)} is stale`),
      ...leftOver(files).map((file) => `${relative(file)} has no source`),
    ];
    if (problems.length) {
      console.error(`${problems.join('; ')}: run \`npm run codegen\` and commit the result.`);
      process.exit(1);
    }
    console.error('Generated types are up to date.');
    return;
  }
  for (const file of leftOver(files)) fs.rmSync(file);
  for (const [file, text] of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.error(`Wrote ${relative(file)}.`);
  }
}

main().catch((err: unknown) => {
  console.error('codegen failed:', err instanceof Error ? err.message : err);
  process.exit(1);
});
