// GET /export/…'s query string and reads. Every field of the API's RecommendationFilter works as a parameter and
// selects what the API selects: the fields come from schema.graphql, so a new filter key is tested without
// editing this file. And an export reads each page of the list once, with no empty page after the last.
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  type GraphQLInputObjectType,
  isListType,
  type GraphQLInputField,
} from 'graphql';
import type { Prisma } from '../../src/generated/prisma/client';
import { useTestServer } from '../helpers/testServer';
import { createOwner, createRecommendation, createTheme, linkOwner } from '../helpers/factories';

const LIST = `query List($filter: RecommendationFilter) {
  recommendations(filter: $filter, first: 200) { edges { node { code } } } }`;

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const filterInput = schema.getType('RecommendationFilter') as GraphQLInputObjectType;

const s = useTestServer({ reset: true });

/** Values for text fields that select something in seed(); any other text field gets "x". */
const TEXT: Record<string, string> = { theme: 'SANDBOX', owner: '科技部', search: 'sandbox', document: 'doc-export' };

/** A value of the field's GraphQL type: as a query parameter, and as the API's variable. */
function sampleOf(field: GraphQLInputField): { param: string; variable: unknown } {
  const named = getNamedType(field.type);
  const list = isListType(getNullableType(field.type));
  let param: string;
  let variable: unknown;
  if (named instanceof GraphQLEnumType) param = variable = named.getValues()[0].name;
  else if (named.name === 'Boolean') [param, variable] = ['true', true];
  else if (named.name === 'Date') param = variable = '2027-01-01';
  else if (named.name === 'DateTime') [param, variable] = ['2020-01-01', '2020-01-01T00:00:00.000Z'];
  else param = variable = TEXT[field.name] ?? 'x';
  return { param, variable: list ? [variable] : variable };
}

async function seed() {
  const sandbox = await createTheme(s.db, { code: 'SANDBOX', pillar: 'DEVELOPMENT' });
  await s.db.sourceDocument.update({ where: { id: sandbox.documentId }, data: { slug: 'doc-export' } });
  const risk = await createTheme(s.db, { code: 'RISK' });
  const a = await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-01',
    themeId: sandbox.id,
    titleEn: 'Sandbox pilots',
    status: 'IN_PROGRESS',
    progress: 30,
    targetDate: new Date('2026-06-30'),
  });
  await createRecommendation(s.db, { code: 'GOV-RISK-01', themeId: risk.id, targetDate: new Date('2028-01-01') });
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-02', themeId: sandbox.id, archivedAt: new Date() });
  await linkOwner(s.db, { recommendationId: a.id, ownerId: (await createOwner(s.db, { name: '科技部' })).id });
}

/** The codes of a CSV export's records: the rows after the header row. */
function codesOf(body: Buffer): string[] {
  const rows = parse(body.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
  return rows.slice(rows.findIndex((r) => r[0] === 'code') + 1).map((r) => r[0]);
}

describe('the query string', () => {
  const fields = Object.values(filterInput.getFields());

  it('tests every field of RecommendationFilter, targetDateBefore among them', () => {
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['status', 'theme', 'targetDateBefore']));
  });

  it.each(fields.map((f) => [f.name, f] as const))('takes %s and selects what the API selects', async (name, field) => {
    await seed();
    const { param, variable } = sampleOf(field);
    const res = await request(s.http).get(`/export/recommendations.csv?${name}=${encodeURIComponent(param)}`);
    expect([res.status, res.body?.errors]).toEqual([200, undefined]);
    const api = await s.exec(LIST, { filter: { [name]: variable } });
    expect(api.errors).toBeUndefined();
    const codes = api.data!.recommendations.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codesOf(Buffer.from(res.text, 'utf8'))).toEqual(codes);
  });
});

describe('the reads of an export', () => {
  /** The statements that read a page of the recommendation list (the read model's page query). */
  const pageReads = () =>
    s.statements.filter((q) => /^\s*WITH page AS \(\s*SELECT r\.\* FROM "Recommendation"/.test(q));

  async function catalogOf(n: number) {
    const theme = await createTheme(s.db);
    const data: Prisma.RecommendationCreateManyInput[] = Array.from({ length: n }, (_, i) => ({
      code: `GOV-PAGE-${String(i).padStart(3, '0')}`,
      themeId: theme.id,
      titleZh: '建议',
      titleEn: 'rec',
      summaryEn: 's',
      quote: `q${i}`,
    }));
    await s.db.recommendation.createMany({ data });
  }

  it.each([
    ['/export/recommendations.csv', 2, 1],
    ['/export/progress.csv', 2, 1],
    ['/export/recommendations.csv', 200, 1],
    ['/export/recommendations.xlsx', 201, 2],
  ])('%s of %i records reads %i page(s) of 200, none of them empty', async (url, n, pages) => {
    await catalogOf(n);
    s.statements.length = 0;
    expect((await request(s.http).get(url)).status).toBe(200);
    expect(pageReads()).toHaveLength(pages);
  });
});
