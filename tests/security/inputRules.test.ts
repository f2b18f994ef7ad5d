// Each input rule once: every place that takes an http(s) URL (evidence links, webhook receivers, the server's
// own calls, CORS origins) and every place that reads a YYYY-MM-DD date from text (export query strings,
// imported cells, GraphQL's Date) gives the same verdict on the same tricky input, because they ask one rule.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { checkOutboundUrl, OutboundRefused } from '../../src/domain/outbound/guardedFetch';
import { loadConfig, parseAllowlist } from '../../src/config';
import { parseIsoDate } from '../../src/domain/validation';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const CREATE_WEBHOOK = `mutation Hook($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`;
const AS_OF = `query AsOf($asOf: Date!) { recommendations(asOf: $asOf, first: 0) { totalCount } }`;
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { errors { column message } } }`;

// The hosts the table names are allowlisted by name (or range), so that no verdict depends on DNS or on the
// address policy: what is compared is the URL's form alone.
const HOSTS = 'example.org,xn--bcher-kva.example,::1/128';
const s = useTestServer({ reset: true, env: { WEBHOOK_ALLOWLIST: HOSTS } });

type Verdict = 'ok' | 'NOT_ABSOLUTE' | 'SCHEME' | 'CREDENTIALS';

const URLS: [string, Verdict][] = [
  ['https://example.org/report.pdf', 'ok'],
  ['HTTPS://EXAMPLE.ORG/Report', 'ok'],
  ['http://example.org:8080/x', 'ok'],
  ['http://example.org', 'ok'],
  ['http://[::1]', 'ok'],
  ['http://[::1]:8080/hook', 'ok'],
  ['http://example.org./trailing-dot', 'ok'],
  ['http://bücher.example/idn', 'ok'],
  ['https://example.org/?q=a\\b', 'ok'],
  ['http://example.org:99999/', 'NOT_ABSOLUTE'],
  ['https://user:pw@example.org/', 'CREDENTIALS'],
  ['https://user@example.org/', 'CREDENTIALS'],
  ['https://@example.org/', 'CREDENTIALS'],
  ['http://example.org\\@evil.example/', 'NOT_ABSOLUTE'],
  ['http:example.org/', 'NOT_ABSOLUTE'],
  ['http:/example.org/', 'NOT_ABSOLUTE'],
  ['http:///example.org/', 'NOT_ABSOLUTE'],
  ['http:\\\\example.org/', 'NOT_ABSOLUTE'],
  ['http://', 'NOT_ABSOLUTE'],
  ['//example.org/x', 'NOT_ABSOLUTE'],
  ['example.org/x', 'NOT_ABSOLUTE'],
  [' https://example.org/', 'NOT_ABSOLUTE'],
  ['https://example.org/ ', 'NOT_ABSOLUTE'],
  ['https://exa\tmple.org/', 'NOT_ABSOLUTE'],
  ['https://example.org/\nx', 'NOT_ABSOLUTE'],
  ['https://example.org/a b', 'NOT_ABSOLUTE'],
  ['https://example.org/\u00a0', 'NOT_ABSOLUTE'],
  ['javascript:alert(1)', 'SCHEME'],
  ['ftp://example.org/', 'SCHEME'],
  ['mailto:office@example.org', 'SCHEME'],
  ['data:text/html,x', 'SCHEME'],
  ['file:///etc/passwd', 'SCHEME'],
];

const WEBHOOK_REFUSALS: Record<Exclude<Verdict, 'ok'>, string> = {
  NOT_ABSOLUTE: 'url must be an absolute http or https URL.',
  SCHEME: 'url must be an http or https URL.',
  CREDENTIALS: 'url may not carry a user name or password.',
};

describe('one http(s) URL rule', () => {
  it.each(URLS)('judges %j as %s in evidence links, webhooks and outbound calls alike', async (url, verdict) => {
    const rec = await createRecommendation(s.db);
    const logged = await s.exec(
      LOG,
      { input: { code: rec.code, note: 'n', status: 'IN_PROGRESS', progress: 5, evidenceUrls: [url] } },
      ADMIN_TOKEN,
    );
    const hook = await s.exec(CREATE_WEBHOOK, { input: { url, events: ['PROGRESS_LOGGED'] } }, ADMIN_TOKEN);
    const outbound = await checkOutboundUrl(url, parseAllowlist('EVIDENCE_ALLOWLIST', HOSTS)).then(
      () => 'ok',
      (err: Error) => (err instanceof OutboundRefused ? err.message : `unexpected: ${err.message}`),
    );
    const ok = verdict === 'ok';
    expect({
      evidence: logged.errors?.[0].message ?? 'ok',
      webhook: hook.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field]) ?? 'ok',
      outbound,
    }).toEqual({
      evidence: ok ? 'ok' : 'Invalid input. evidenceUrls.0: must be an http or https URL',
      webhook: ok ? 'ok' : [[WEBHOOK_REFUSALS[verdict], 'BAD_USER_INPUT', 'url']],
      outbound: {
        ok: 'ok',
        NOT_ABSOLUTE: `"${url}" is not an absolute URL`,
        SCHEME: 'only http and https URLs',
        CREDENTIALS: 'a URL may not carry credentials',
      }[verdict],
    });
  });

  // A CORS origin is a URL of the rule in the one form browsers send: nothing after the host and port.
  it.each(URLS.filter(([url]) => url.trim() === url))('takes %j as a CORS origin only in origin form', (url) => {
    const verdict = URLS.find(([u]) => u === url)![1];
    const originForm = verdict === 'ok' && new URL(url).origin === url;
    const accepted = (() => {
      try {
        loadConfig({ CORS_ORIGINS: url });
        return true;
      } catch {
        return false;
      }
    })();
    expect(accepted).toBe(originForm);
  });

  it('takes the origins browsers send, and refuses the same site written any other way', () => {
    const corsOrigins = (value: string) => {
      try {
        return loadConfig({ CORS_ORIGINS: value }).corsOrigins;
      } catch {
        return 'refused';
      }
    };
    expect(corsOrigins('https://xn--bcher-kva.example, http://[::1]:8080')).toEqual([
      'https://xn--bcher-kva.example',
      'http://[::1]:8080',
    ]);
    for (const other of ['https://bücher.example', 'http://example.org:80', 'https://u@example.org', 'ftp://x.org'])
      expect([other, corsOrigins(other)]).toEqual([other, 'refused']);
  });
});

const DATES: [string, boolean][] = [
  ['2026-01-31', true],
  ['2024-02-29', true],
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2026-04-31', false],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['2026-01-00', false],
  ['2026-1-01', false],
  ['20260101', false],
  ['2026/01/01', false],
  ['2026-01-01T00:00:00Z', false],
  ['+02026-01-01', false],
  ['\uff12\uff10\uff12\uff16-01-01', false],
  [' 2026-01-01', false],
  ['2026-01-01 ', false],
  ['\t2026-01-01', false],
];

describe('one date parser', () => {
  /** Whether an import's dry run reads `cell` as the catalog row's target date. */
  async function cellAccepted(cell: string) {
    const rows = parse((await request(s.http).get('/export/recommendations.csv')).text, { bom: true }) as string[][];
    const column = rows[0].indexOf('targetDate');
    rows[1][column] = cell;
    const content = stringify(rows);
    const res = await s.exec<{ importSpreadsheet: { errors: { column: string; message: string }[] } }>(
      IMPORT,
      { input: { kind: 'CATALOG', format: 'CSV', content } },
      ADMIN_TOKEN,
    );
    const errors = res.data!.importSpreadsheet.errors;
    return !errors.some((e) => e.column === 'targetDate' && /must be a date/.test(e.message));
  }

  it.each(DATES)('reads %j as a date: %s, in query strings, GraphQL and cells alike', async (text, valid) => {
    await createRecommendation(s.db);
    const exported = await request(s.http).get(`/export/recommendations.csv?asOf=${encodeURIComponent(text)}`);
    const graphql = await s.exec(AS_OF, { asOf: text });
    expect({
      parser: parseIsoDate(text)?.toISOString() ?? null,
      queryString: exported.status,
      graphql: graphql.errors?.[0].extensions?.code ?? 'ok',
      // Every cell of a sheet is read trimmed (importRows.ts), dates among them: the parser sees the trimmed text.
      cell: await cellAccepted(text),
    }).toEqual({
      parser: valid ? `${text}T00:00:00.000Z` : null,
      queryString: valid ? 200 : 400,
      graphql: valid ? 'ok' : 'BAD_USER_INPUT',
      cell: valid || (text.trim() !== text && parseIsoDate(text.trim()) !== null),
    });
  });
});
