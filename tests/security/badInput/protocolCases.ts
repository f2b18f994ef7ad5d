// Requests broken below GraphQL: malformed or oversized bodies, wrong media types and encodings, bad
// request shapes, and bad credentials. None may reach a resolver.
import { FX } from './fixture';
import { gql, type BadCase } from './types';

const raw = (name: string, body: string | Buffer, status: number, headers: Record<string, string> = {}): BadCase => ({
  name,
  body,
  raw: true,
  headers: { 'content-type': 'application/json', ...headers },
  status,
  code: 'BAD_USER_INPUT',
});
const TYPENAME = '{ __typename }';
const LOG = 'mutation M($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const logInput = { code: FX.rec, note: 'n', progress: 5, status: 'IN_PROGRESS' };

export const protocolCases: BadCase[] = [
  raw('a lone opening brace', '{', 400),
  raw('a truncated object', '{"query": "{ __typename }"', 400),
  raw('plain text declared as JSON', 'not json at all', 400),
  raw('a trailing comma', '{"query": "{ __typename }",}', 400),
  raw('single-quoted JSON', "{'query': '{ __typename }'}", 400),
  raw('a bare JSON string', '"{ __typename }"', 400),
  raw('a bare null', 'null', 400),
  raw('an empty body', '', 400),
  raw('an empty batch', '[]', 400),
  raw('a batch of two operations', JSON.stringify([gql(TYPENAME), gql(TYPENAME)]), 400),
  raw('invalid UTF-8 bytes', Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]), 400),
  raw('JSON with a NUL byte outside strings', '{"query": "{ __typename }"\u0000}', 400),
  raw('a 10 MB body', JSON.stringify(gql(TYPENAME, { pad: 'x'.repeat(10 * 1024 * 1024) })), 413),
  raw('a 10 MB body of nothing but spaces', `${' '.repeat(10 * 1024 * 1024)}{}`, 413),
  raw('an unsupported charset', JSON.stringify(gql(TYPENAME)), 415, {
    'content-type': 'application/json; charset=latin1',
  }),
  raw('an unknown content encoding', JSON.stringify(gql(TYPENAME)), 415, { 'content-encoding': 'bogus' }),
  raw('a gzip content encoding over plain bytes', JSON.stringify(gql(TYPENAME)), 400, { 'content-encoding': 'gzip' }),
  { name: 'a query that is a number', body: { query: 42 }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a null query', body: { query: null }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an empty query', body: { query: '' }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'no query at all', body: {}, status: 400, code: 'BAD_USER_INPUT' },
  {
    name: 'variables that are a string',
    body: { query: TYPENAME, variables: 'x=1' },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'variables that are an array',
    body: { query: TYPENAME, variables: [1, 2] },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an operationName that is a number',
    body: { query: TYPENAME, operationName: 7 },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'two operations and no operationName',
    body: { query: 'query A { __typename } query B { __typename }' },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an operationName that names nothing',
    body: { query: 'query A { __typename }', operationName: 'B' },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'extensions that are a string',
    body: { query: TYPENAME, extensions: 'x' },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a persisted-query hash that does not match',
    body: { query: TYPENAME, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  // The schema has no subscription root; graphql-js refuses it at execution, so the status is 200.
  {
    name: 'a subscription',
    body: { query: 'subscription S { transitions { from } }' },
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an unknown token',
    body: gql(LOG, { input: logInput }),
    token: 'agt_not-a-real-token',
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'an overlong token',
    body: gql(LOG, { input: logInput }),
    headers: { authorization: `Bearer ${'a'.repeat(10_000)}` },
    token: null,
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a token with SQL in it',
    body: gql(LOG, { input: logInput }),
    headers: { authorization: "Bearer ' OR 1=1 --" },
    token: null,
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'Basic credentials',
    body: gql(LOG, { input: logInput }),
    headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    token: null,
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a write without credentials',
    body: gql(LOG, { input: logInput }),
    token: null,
    status: 200,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'a hostile x-request-id',
    body: gql(TYPENAME),
    headers: { 'x-request-id': '<script>alert(1)</script>' },
    status: 200,
    code: null,
  },
];
