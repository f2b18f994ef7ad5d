// The compiled path hands Apollo PostgreSQL's JSON text, which the response writer copies instead of parsing
// and re-stringifying it (src/graphql/compiledQuery/jsonText.ts). Over HTTP the bytes must be those the
// resolvers' answer would have; whoever reads the data in between must see the parsed value.
import request from 'supertest';
import { OURS_L } from '../../bench/operations';
import { useTestServer } from '../helpers/testServer';
import { responseBytes } from '../helpers/runCompiled';
import { createRecommendation, createTheme } from '../helpers/factories';
import { dataFromJsonText, stringifyResult } from '../../src/graphql/compiledQuery/jsonText';

const s = useTestServer();
beforeAll(async () => {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  for (const [i, code] of ['GOV-A-01', 'GOV-"Q"-02', 'GOV-\\B-03'].entries()) {
    const rec = await createRecommendation(s.db, { code, themeId: theme.id, titleEn: `Title ${i}, \n "quoted"\t.` });
    await s.db.progressUpdate.createMany({
      data: [1, 2].map((m) => ({
        recommendationId: rec.id,
        note: `entry ${m}, \n with “引号” and \u0001`,
        statusBefore: 'NOT_STARTED' as const,
        status: 'IN_PROGRESS' as const,
        progressBefore: 0,
        progress: 10 * m,
        evidenceUrls: [],
        occurredOn: new Date(Date.UTC(2026, 4, m)),
        actorName: 'analyst',
      })),
    });
  }
});

describe('the compiled path over HTTP', () => {
  it('sends the bytes the resolvers would, on the first answers and once the text is trusted', async () => {
    const resolvers = `${await responseBytes(s, OURS_L, {}, false)}\n`;
    for (let i = 0; i < 5; i++) {
      const res = await request(s.http).post('/graphql').send({ query: OURS_L });
      expect({ status: res.status, body: res.text }).toEqual({ status: 200, body: resolvers });
    }
  });
});

describe('dataFromJsonText', () => {
  const statement = 'SELECT json_agg(…) AS body -- a test';
  const text = '{"list":[{"a":1,"s":"x, \\n y"}, \n {"a":2,"s":"\\u0001"}]}';

  it('reads as the parsed text and is written as the compact text', () => {
    const data = dataFromJsonText(s.db, statement, text);
    expect(data).toEqual({
      list: [
        { a: 1, s: 'x, \n y' },
        { a: 2, s: '\u0001' },
      ],
    });
    expect(stringifyResult({ data })).toBe(`${JSON.stringify({ data: JSON.parse(text) })}\n`);
  });

  it('is written as changed when something replaced a field of it', () => {
    const data = dataFromJsonText(s.db, statement, text);
    data.list = [];
    expect(stringifyResult({ data })).toBe('{"data":{"list":[]}}\n');
  });

  it('is parsed outright when its compact text would not be what JSON.stringify writes', () => {
    const spaced = '{"n" : 40.50}';
    const data = dataFromJsonText(s.db, 'SELECT json_build_object(…) AS body -- a test', spaced);
    expect(stringifyResult({ data })).toBe('{"data":{"n":40.5}}\n');
  });

  it('keeps its verdicts on the database handle: a handle that trusts a statement does not vouch for it on another', () => {
    const trusting = { jsonTextVerdicts: new Map() };
    const fresh = { jsonTextVerdicts: new Map() };
    const statement = 'SELECT json_agg(…) AS body -- trusted on one handle';
    for (let i = 0; i < 3; i++) dataFromJsonText(trusting, statement, '{"n":1}');
    const spaced = '{"n" : 40.50}';
    expect({
      trusting: stringifyResult({ data: dataFromJsonText(trusting, statement, spaced) }),
      fresh: stringifyResult({ data: dataFromJsonText(fresh, statement, spaced) }),
    }).toEqual({ trusting: `{"data":${spaced}}\n`, fresh: '{"data":{"n":40.5}}\n' });
  });

  it('leaves results with errors to JSON.stringify', () => {
    const data = dataFromJsonText(s.db, statement, text);
    const errors = [{ message: 'partial' }];
    expect(stringifyResult({ data, errors })).toBe(`${JSON.stringify({ data: JSON.parse(text), errors })}\n`);
  });
});
