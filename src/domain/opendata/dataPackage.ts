// /open-data/datapackage.json: a Frictionless Data Package (v2), each resource a CSV beside it by a relative path,
// with its Table Schema inline (fields, keys) and the dialect the exports' CSV writer uses. Tests validate it
// against the published profile (tests/fixtures/specs).
import type { AppContext } from '../../context';
import { LICENCES } from '../../config';
import { coverageOf, modifiedOf } from './coverage';
import { OPEN_TABLES } from './tables';

const PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** The CSV writer's dialect (exchange/spreadsheet.ts): a header row, CRLF, double quotes doubled. */
const DIALECT = { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true };

export async function dataPackage(ctx: AppContext) {
  const { licence, nameEn, nameZh } = ctx.config.publicSite;
  const coverage = await coverageOf(ctx);
  const origin = ctx.config.publicOrigin;
  return {
    $schema: PROFILE,
    name: 'ai-governance-tracker',
    id: `${origin}/open-data/datapackage.json`,
    title: `${nameEn} (${nameZh})`,
    description:
      'The recommendations the tracker follows, their public progress log, indicators and values, and the ' +
      'institutions responsible. Every text cell starting with =, +, -, @ (or their full-width forms) or an ' +
      'apostrophe is written after one more apostrophe, as in every export of the tracker, so that no ' +
      'spreadsheet runs it as a formula.',
    homepage: `${origin}/`,
    // When its data last changed (not when it was asked for), so that a weak ETag's 304 stays true.
    created: (modifiedOf(coverage) ?? ctx.now).toISOString(),
    licenses: [{ name: licence, path: LICENCES[licence].url, title: LICENCES[licence].title }],
    contributors: [{ title: nameEn, roles: ['publisher'] }],
    keywords: ['artificial intelligence', 'governance', 'policy tracking', '人工智能治理'],
    resources: OPEN_TABLES.map((t) => ({
      name: t.name,
      type: 'table',
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: DIALECT,
      schema: {
        fields: t.fields,
        missingValues: [''],
        ...(t.primaryKey && { primaryKey: t.primaryKey }),
        ...(t.foreignKeys && { foreignKeys: t.foreignKeys }),
      },
    })),
  };
}
