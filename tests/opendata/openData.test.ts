// /open-data over HTTP: the Data Package and the DCAT-AP catalogue validated against their published
// specifications (offline), the CSVs beside them, internal notes kept out, and the API's caching rules.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createIndicator, createRecommendation, createTheme, linkOwner, createOwner } from '../helpers/factories';
import { toGlobalId } from '../../src/domain/globalId';
import { dataPackageProblems, dcatProblems } from './specs';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const RECORD = `mutation Record($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }`;

const s = useTestServer({ reset: true });

const text = (res: request.Response, cb: (err: Error | null, body: string) => void) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (c: string) => (body += c));
  res.on('end', () => cb(null, body));
};
const get = (path: string, headers: Record<string, string> = {}) =>
  request(s.http).get(path).set(headers).buffer(true).parse(text);
const rowsOf = (csv: string) => parse(csv, { bom: true }) as string[][];

/** A document, a theme, a measure with an action, an owner, an indicator; public and internal entries on each. */
async function seed() {
  const theme = await createTheme(s.db, { code: 'SANDBOX', nameEn: 'Sandbox <b>' });
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01', themeId: theme.id });
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01.1', themeId: theme.id, parentId: rec.id, quote: '' });
  await linkOwner(s.db, { recommendationId: rec.id, ownerId: (await createOwner(s.db, { name: 'Ministry X' })).id });
  const ind = await createIndicator(s.db, rec.id, { code: 'PILOTS' });
  const log = (note: string, visibility: 'PUBLIC' | 'INTERNAL') =>
    s.exec(LOG, { input: { code: 'GOV-SANDBOX-01', note, occurredOn: '2026-03-01', visibility } }, ADMIN_TOKEN);
  expect((await log('Pilot rules published', 'PUBLIC')).errors).toBeUndefined();
  expect((await log('Ministry quietly delays xylophonist', 'INTERNAL')).errors).toBeUndefined();
  const value = (v: number, note: string, visibility: 'PUBLIC' | 'INTERNAL') =>
    s.exec(
      RECORD,
      {
        input: {
          indicatorId: toGlobalId('Indicator', ind.id),
          periodStart: `2025-0${v}-01`,
          periodEnd: `2025-0${v}-28`,
          value: v * 10,
          note,
          visibility,
        },
      },
      ADMIN_TOKEN,
    );
  expect((await value(1, 'From the ministry report', 'PUBLIC')).errors).toBeUndefined();
  expect((await value(2, 'Unverified marimbaphone figure', 'INTERNAL')).errors).toBeUndefined();
}

describe('the Data Package', () => {
  it('validates against the Frictionless profile, and each resource is a CSV beside it with its schema', async () => {
    await seed();
    const res = await get('/open-data/datapackage.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const pkg = JSON.parse(res.body);
    expect(dataPackageProblems(pkg)).toEqual([]);
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) },
    ]);
    const names = pkg.resources.map((r: { name: string }) => r.name);
    expect(names).toEqual([
      'documents',
      'themes',
      'recommendations',
      'progress-log',
      'indicators',
      'indicator-values',
      'owners',
    ]);
    for (const r of pkg.resources) {
      expect(r.path).toBe(`${r.name}.csv`);
      const csv = await get(`/open-data/${r.path}`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const [header, ...rows] = rowsOf(csv.body);
      expect(header).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      expect(rows.length).toBeGreaterThan(0);
    }
  });

  it('lists actions by their dotted codes, owners by name, and indicators with their values', async () => {
    await seed();
    const recs = rowsOf((await get('/open-data/recommendations.csv')).body);
    expect(recs.map((r) => r[0])).toEqual(['code', 'GOV-SANDBOX-01', 'GOV-SANDBOX-01.1']);
    expect(rowsOf((await get('/open-data/owners.csv')).body)[1]).toEqual(['Ministry X', 'MINISTRY', '', '', 'false']);
    const indicators = rowsOf((await get('/open-data/indicators.csv')).body);
    expect(indicators[1].slice(0, 2)).toEqual(['GOV-SANDBOX-01', 'PILOTS']);
    const values = rowsOf((await get('/open-data/indicator-values.csv')).body);
    expect(values.slice(1).map((v) => [v[1], v[7]])).toEqual([
      ['PILOTS', '10'],
      ['PILOTS', '20'],
    ]);
  });

  it('never carries an internal note or its text, even for a signed-in admin', async () => {
    await seed();
    for (const auth of [{}, { authorization: `Bearer ${ADMIN_TOKEN}` }] as Record<string, string>[]) {
      const log = (await get('/open-data/progress-log.csv', auth)).body;
      expect(log).toContain('Pilot rules published');
      expect(log).not.toContain('xylophonist');
      const values = (await get('/open-data/indicator-values.csv', auth)).body;
      expect(values).toContain('From the ministry report');
      expect(values).not.toContain('marimbaphone');
    }
    // The entry itself is there (its status change is public), with an empty note.
    const entries = rowsOf((await get('/open-data/progress-log.csv')).body).slice(1);
    expect(entries.map((e) => e[7])).toEqual(expect.arrayContaining(['Pilot rules published', '']));
  });
});

describe('the DCAT-AP catalogue', () => {
  it('conforms to the DCAT-AP 3 shapes, parsed with no network, with licence, publisher, themes and dates', async () => {
    await seed();
    const res = await get('/open-data/catalog.jsonld');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.body);
    // Contexts inline: an object of prefixes, no URL to fetch.
    expect(typeof doc['@context']).toBe('object');
    const { conforms, problems, quads } = await dcatProblems(doc);
    expect(problems).toEqual([]);
    expect(conforms).toBe(true);
    const objectsOf = (p: string) => quads.filter((q) => q.predicate.value === p).map((q) => q.object.value);
    const DCT = 'http://purl.org/dc/terms/';
    const DCAT = 'http://www.w3.org/ns/dcat#';
    const typed = (cls: string) =>
      quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === cls).map((q) => q.subject.value);
    expect(typed(`${DCAT}Catalog`)).toEqual(['http://localhost:4000/open-data/catalog.jsonld']);
    expect(typed(`${DCAT}Dataset`)).toHaveLength(7);
    expect(new Set(objectsOf(`${DCT}license`))).toEqual(new Set(['https://creativecommons.org/licenses/by/4.0/']));
    expect(objectsOf('http://xmlns.com/foaf/0.1/name')).toContain('AI-governance recommendation tracker');
    expect(new Set(objectsOf(`${DCAT}theme`))).toEqual(
      new Set([
        'http://publications.europa.eu/resource/authority/data-theme/GOVE',
        'http://publications.europa.eu/resource/authority/data-theme/TECH',
      ]),
    );
    // The log's first day: a recorded value's log entry is dated its period's end (2025-01-28).
    expect(objectsOf(`${DCAT}startDate`)).toContain('2025-01-28');
    expect(objectsOf(`${DCT}modified`).length).toBeGreaterThanOrEqual(8);
  });

  it('fails the shapes when a mandatory property is missing (the check can fail)', async () => {
    await seed();
    const doc = JSON.parse((await get('/open-data/catalog.jsonld')).body);
    delete doc['@graph'][0]['dct:publisher'];
    const { conforms, problems } = await dcatProblems(doc);
    expect(conforms).toBe(false);
    expect(problems).toEqual([expect.stringContaining('http://purl.org/dc/terms/publisher')]);
  });
});

describe('caching and paths', () => {
  it('answers a matching If-None-Match with 304, and a new tag after a write', async () => {
    await seed();
    const first = await get('/open-data/datapackage.json');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=/);
    const tag = first.headers.etag;
    expect(tag).toMatch(/^W\/"/);
    expect((await get('/open-data/datapackage.json', { 'if-none-match': tag })).status).toBe(304);
    await createRecommendation(s.db, { code: 'GOV-NEW-01' });
    const after = await get('/open-data/datapackage.json', { 'if-none-match': tag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(tag);
  });

  it('answers an unknown file with 404, and refuses to be framed', async () => {
    const res = await get('/open-data/secrets.csv');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(res.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });
});
