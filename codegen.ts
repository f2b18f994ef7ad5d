// Resolver types generated from schema.graphql. Object types map to Prisma rows (mappers), so a resolver's
// `parent` is the database row and is type-checked. `npm run codegen:check` fails when the output is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const prisma = '../generated/prisma/client';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../context#AppContext',
        scalars: {
          ID: { input: 'string', output: 'string | number' },
          DateTime: 'Date',
          Date: 'Date',
          JSON: 'unknown',
        },
        mappers: {
          Recommendation: '../services/recommendations#RecommendationRow',
          RecommendationConnection: '../services/recommendations#RecommendationPage',
          Theme: `${prisma}#Theme as ThemeRow`,
          SourceDocument: `${prisma}#SourceDocument as SourceDocumentRow`,
          ProgressUpdate: `${prisma}#ProgressUpdate as ProgressUpdateRow`,
          Owner: `${prisma}#Owner as OwnerRow`,
          TargetDateRevision: `${prisma}#TargetDateRevision as TargetDateRevisionRow`,
          QuoteRevision: `${prisma}#QuoteRevision as QuoteRevisionRow`,
          User: `${prisma}#User as UserRow`,
          ApiToken: `${prisma}#ApiToken as ApiTokenRow`,
          AuditEntry: `${prisma}#AuditEntry as AuditEntryRow`,
          TrackerSummary: '../services/summary#SummaryData',
          ThemeSummary: '../services/summary#ThemeFigures',
        },
      },
    },
  },
};

export default config;
