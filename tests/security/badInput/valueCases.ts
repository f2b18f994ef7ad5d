// Well-formed GraphQL with bad values: unknown fields, wrong types, invalid enums, out-of-range numbers,
// bad URLs, dates and cursors, overlong strings.
import { FX } from './fixture';
import { gql, type BadCase } from './types';

const LOG = 'mutation M($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const OWNERS = 'mutation M($input: SetOwnersInput!) { setOwners(input: $input) { code } }';
const TARGET = 'mutation M($input: SetTargetDateInput!) { setTargetDate(input: $input) { code } }';
const CREATE = 'mutation M($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }';
const DOC = 'mutation M($input: CreateSourceDocumentInput!) { createSourceDocument(input: $input) { slug } }';
const ISSUE = 'mutation M($input: IssueTokenInput!) { issueToken(input: $input) { token } }';
const USER = 'mutation M($input: CreateUserInput!) { createUser(input: $input) { name } }';
const LIST =
  'query Q($first: Int, $after: String, $orderBy: RecommendationOrder, $filter: RecommendationFilter) { recommendations(first: $first, after: $after, orderBy: $orderBy, filter: $filter) { totalCount } }';
const ROLLUP = 'mutation M($input: SetRollupInput!) { setRollup(input: $input) { code } }';
const AUDIT = 'query Q($after: String, $first: Int) { auditLog(after: $after, first: $first) { totalCount } }';

const ok = { code: FX.rec, note: 'Progress', progress: 10, status: 'IN_PROGRESS' };
/** logProgress with `patch` applied; `status` is the HTTP status the refusal must carry. */
const log = (name: string, patch: Record<string, unknown>, status = 200): BadCase => ({
  name,
  body: gql(LOG, { input: { ...ok, ...patch } }),
  status,
  code: 'BAD_USER_INPUT',
});
/**
 * Refused while coercing variables, before any resolver runs. A request error: HTTP 200 to this
 * application/json client, as the GraphQL-over-HTTP spec asks (400 under application/graphql-response+json).
 */
const coerce = (name: string, patch: Record<string, unknown>) => log(name, patch, 200);
const cursor = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const list = (name: string, variables: Record<string, unknown>, status = 200): BadCase => ({
  name,
  body: gql(LIST, variables),
  status,
  code: 'BAD_USER_INPUT',
});
const newRec = {
  code: 'GOV-SANDBOX-09',
  theme: FX.theme,
  titleZh: '新',
  titleEn: 'New',
  summaryEn: 'New.',
  quote: '引文',
};
const newDoc = {
  slug: 'new-doc',
  titleZh: '新',
  titleEn: 'New',
  themes: [{ code: 'NEWT', pillar: 'DEVELOPMENT', nameZh: '新', nameEn: 'New' }],
  recommendations: [{ ...newRec, code: 'DEV-NEWT-01', theme: 'NEWT' }],
};

export const valueCases: BadCase[] = [
  // Unknown fields and wrong types
  coerce('an unknown input field', { deleteAll: true }),
  coerce('a __proto__ input field', JSON.parse('{"__proto__": {"role": "ADMIN"}}')),
  coerce('a constructor input field', { constructor: { prototype: { admin: true } } }),
  {
    name: 'an unknown inline input field',
    body: gql(`mutation { logProgress(input: { code: "${FX.rec}", note: "n", sudo: true }) { update { id } } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'an unknown query field', body: gql('{ secrets }'), status: 200, code: 'BAD_USER_INPUT' },
  {
    name: 'an unknown argument',
    body: gql('{ recommendations(limit: 5) { totalCount } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a variable of the wrong declared type',
    body: gql('query Q($f: String) { recommendations(first: $f) { totalCount } }', { f: '5' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  coerce('progress as a string', { progress: '50' }),
  coerce('progress as a fraction', { progress: 50.5 }),
  coerce('progress beyond 32 bits', { progress: 2 ** 31 }),
  coerce('progress as a boolean', { progress: true }),
  coerce('a note that is a number', { note: 12345 }),
  coerce('a note that is an object', { note: { $ne: null } }),
  coerce('a null note', { note: null }),
  coerce('a missing code', { code: undefined }),
  coerce('expectedVersion as a string', { expectedVersion: '1' }),
  coerce('evidenceUrls as a bare string of type object', { evidenceUrls: { 0: 'https://example.org' } }),
  // Invalid enums
  coerce('an unknown status', { status: 'DONE' }),
  coerce('a lower-case status', { status: 'in_progress' }),
  coerce('a status given as a number', { status: 2 }),
  {
    name: 'an enum written as a string literal',
    body: gql(
      `mutation { logProgress(input: { code: "${FX.rec}", note: "n", status: "IN_PROGRESS" }) { update { id } } }`,
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown role',
    body: gql(USER, { input: { name: 'eve', role: 'SUPERUSER' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown owner kind',
    body: gql(OWNERS, { input: { code: FX.rec, owners: [{ name: 'X', kind: 'GOD' }] } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  list('an unknown pillar in a filter', { filter: { pillar: 'BOTH' } }),
  list('an unknown order field', { orderBy: { field: 'PASSWORD' } }),
  // Out-of-range numbers
  log('progress of -1', { progress: -1 }),
  log('progress of 101', { progress: 101 }),
  log('progress of 2^31-1', { progress: 2 ** 31 - 1 }),
  log('expectedVersion 0', { expectedVersion: 0 }),
  log('a negative expectedVersion', { expectedVersion: -5 }),
  log('a correctsId that is not a number', { correctsId: 'abc' }),
  log('a correctsId beyond 32 bits', { correctsId: '99999999999' }),
  log('a negative correctsId', { correctsId: '-1' }),
  log('a correctsId of another recommendation’s entry', { correctsId: '424242' }),
  list('a negative page size', { first: -1 }),
  list('a page size of 201', { first: 201 }),
  list('a page size beyond 32 bits', { first: 2 ** 32 }),
  // URLs
  log('a javascript: evidence URL', { evidenceUrls: ['javascript:alert(1)'] }),
  log('a data: evidence URL', { evidenceUrls: ['data:text/html,<script>alert(1)</script>'] }),
  log('an ftp evidence URL', { evidenceUrls: ['ftp://example.org/file'] }),
  log('an evidence URL without a host', { evidenceUrls: ['http://'] }),
  log('an evidence URL that is not a URL', { evidenceUrls: ['see the minutes'] }),
  log('an evidence URL of 2,001 characters', { evidenceUrls: [`https://example.org/${'a'.repeat(1981)}`] }),
  log('21 evidence URLs', { evidenceUrls: Array.from({ length: 21 }, (_, i) => `https://example.org/${i}`) }),
  {
    name: 'a javascript: document URL',
    body: gql(DOC, { input: { ...newDoc, url: 'javascript:alert(1)' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a document URL that is not a URL',
    body: gql(DOC, { input: { ...newDoc, url: 'www example org' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  // Dates
  coerce('an impossible month', { occurredOn: '2026-13-01' }),
  coerce('February 30th', { occurredOn: '2026-02-30' }),
  coerce('a date in words', { occurredOn: 'yesterday' }),
  coerce('a date with a time', { occurredOn: '2026-01-01T00:00:00Z; DROP TABLE "User"' }),
  log('a date in the future', { occurredOn: '2999-01-01' }),
  log('a date before 1990', { occurredOn: '1900-01-01' }),
  {
    name: 'an impossible target date',
    body: gql(TARGET, { input: { code: FX.rec, targetDate: '2026-02-30', reason: 'r' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an expiry that is not a date-time',
    body: gql(ISSUE, { input: { userName: FX.user, label: 'x', expiresAt: 'tomorrow' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an expiry in the past',
    body: gql(ISSUE, { input: { userName: FX.user, label: 'x', expiresAt: '2001-01-01T00:00:00Z' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  list('an updatedSince that is not a date-time', { filter: { updatedSince: '1 OR 1=1' } }),
  {
    name: 'an asOf that is not a date',
    body: gql(`{ recommendation(code: "${FX.rec}", asOf: "2026-99-99") { code } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  // Cursors
  list('a cursor that is not base64 JSON', { after: 'not-a-cursor' }),
  list('a cursor without an id', { after: cursor({ v: null }) }),
  list('a cursor whose value is an object', { after: cursor({ v: { $gt: '' }, id: 1 }) }),
  list('a cursor whose id is not an integer', { after: cursor({ v: 'x', id: 1e300 }) }),
  list('a cursor of 10,000 characters', { after: 'A'.repeat(10_000) }),
  list('a cursor holding a JSON array', { after: cursor([1, 2, 3]) }),
  list('a date cursor that holds no date', {
    after: cursor({ v: 'not a date', id: 1 }),
    orderBy: { field: 'UPDATED_AT' },
  }),
  list('a progress cursor that holds text', { after: cursor({ v: 'ten', id: 1 }), orderBy: { field: 'PROGRESS' } }),
  list('a cursor with SQL in its value but no order', { after: cursor({ v: `'; DELETE FROM "User"; --`, id: 1 }) }),
  // Well-formed, so it is used: as a bound parameter, which finds nothing after it and deletes nothing.
  {
    name: 'a well-formed cursor with SQL in its value',
    body: gql(LIST, { after: cursor({ v: `'; DELETE FROM "User"; --`, id: 1, o: 'code:asc' }) }),
    status: 200,
    code: null,
  },
  {
    name: 'an audit cursor that is not base64 JSON',
    body: gql(AUDIT, { after: '%%%' }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  { name: 'an audit page size of 201', body: gql(AUDIT, { first: 201 }), status: 200, code: 'BAD_USER_INPUT' },
  // Overlong and degenerate strings
  log('a note of 10,001 characters', { note: 'x'.repeat(10_001) }),
  log('a note of 300,000 characters (900 kB, under the body limit)', { note: '注'.repeat(300_000) }),
  log('a note of only whitespace', { note: ' \n\t ' }),
  log('a note with a NUL character', { note: 'before\u0000after' }),
  log('a code of 65 characters', { code: `GOV-${'A'.repeat(61)}` }),
  log('an abandon reason of 2,001 characters', { status: 'ABANDONED', reason: 'r'.repeat(2001) }),
  {
    name: 'a title of 301 characters',
    body: gql(CREATE, { input: { ...newRec, titleEn: 't'.repeat(301) } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a quote of 5,001 characters',
    body: gql(CREATE, { input: { ...newRec, quote: '引'.repeat(5001) } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  // Roll-up weights (catalog/rollup.ts): a number, never negative; an action without a parent is no action.
  ...[
    ['a negative roll-up weight', -1],
    ['a roll-up weight as a string', 'heavy'],
    ['a roll-up weight of 1e400 (not a finite number)', '1e400'],
  ].map(([name, weight]): BadCase => ({
    name: String(name),
    body:
      weight === '1e400'
        ? `{"query":${JSON.stringify(ROLLUP)},"variables":{"input":{"code":"${FX.rec}","rule":"WEIGHTED_MEAN","weights":[{"code":"${FX.rec}.1","weight":1e400}]}}}`
        : gql(ROLLUP, { input: { code: FX.rec, rule: 'WEIGHTED_MEAN', weights: [{ code: `${FX.rec}.1`, weight }] } }),
    raw: weight === '1e400' ? true : undefined,
    status: 200,
    code: 'BAD_USER_INPUT',
  })),
  {
    name: 'an action code without parentCode',
    body: gql(CREATE, { input: { ...newRec, code: 'GOV-SANDBOX-09.1' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an owner name of 201 characters',
    body: gql(OWNERS, { input: { code: FX.rec, owners: [{ name: 'o'.repeat(201), kind: 'OTHER' }] } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a user name with a right-to-left override',
    body: gql(USER, { input: { name: '\u202Enimda', role: 'VIEWER' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a user name of 65 characters',
    body: gql(USER, { input: { name: 'u'.repeat(65), role: 'VIEWER' } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a user name that already exists',
    body: gql(USER, { input: { name: FX.user, role: 'ADMIN' } }),
    status: 200,
    code: 'CONFLICT',
  },
  {
    name: 'a token label of 201 characters',
    body: gql(ISSUE, { input: { userName: FX.user, label: 'l'.repeat(201) } }),
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  list('a search of 201 characters', { filter: { search: 's'.repeat(201) } }),
  {
    name: 'a recommendation code of 100,000 characters',
    body: gql('query Q($c: String!) { recommendation(code: $c) { code } }', { c: 'C'.repeat(100_000) }),
    status: 200,
    code: null,
  },
];
