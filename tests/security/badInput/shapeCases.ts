// Documents and payloads built to exhaust the server: deep nesting, alias and fragment bombs, huge lists.
import { FX } from './fixture';
import { gql, type BadCase } from './types';

const LOG = 'mutation M($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const OWNERS = 'mutation M($input: SetOwnersInput!) { setOwners(input: $input) { code } }';
/** Refused before execution: a request error, HTTP 200 to an application/json client (GraphQL-over-HTTP). */
const bad = (name: string, body: unknown, status = 200): BadCase => ({ name, body, status, code: 'BAD_USER_INPUT' });

/** `levels` nested selections: recommendation { updates { recommendation { updates … } } }. */
function deepSelection(levels: number): string {
  let inner = 'id';
  for (let i = levels; i > 1; i--) inner = `${i % 2 ? 'recommendation' : 'updates(first: 1)'} { ${inner} }`;
  return `{ recommendation(code: "${FX.rec}") { ${inner} } }`;
}
/** A JSON value nested `levels` deep. */
const deepJson = (levels: number, leaf: unknown = 1): unknown =>
  Array.from({ length: levels }).reduce<unknown>((v) => ({ a: v }), leaf);
const deepList = (levels: number) => `${'['.repeat(levels)}"T"${']'.repeat(levels)}`;
const aliasList = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const aliases = (n: number, field = 'transitions { from to }') => `{ ${aliasList(n, field)} }`;

export const shapeCases: BadCase[] = [
  bad('1,000-level nested selections', gql(deepSelection(1000))),
  bad('11-level nested selections', gql(deepSelection(11))),
  bad(
    '1,000-level nested list literal in an argument',
    gql(`{ recommendations(filter: { theme: ${deepList(1000)} }) { totalCount } }`),
  ),
  bad(
    '1,000-level nested JSON as an input object',
    gql(LOG, { input: { code: FX.rec, note: 'n', evidenceUrls: deepJson(1000) } }),
  ),
  bad('1,000-level nested JSON as a note', gql(LOG, { input: { code: FX.rec, note: deepJson(1000) } })),
  {
    // Sent as text: JSON.stringify itself cannot nest this deep, which is the point.
    name: '10,000-level nested arrays as a list variable',
    body: `{"query": ${JSON.stringify(LOG)}, "variables": {"input": {"code": "${FX.rec}", "note": "n", "evidenceUrls": ${deepList(10_000)}}}}`,
    raw: true,
    status: 200,
    code: 'BAD_USER_INPUT',
  },
  bad('1,000 aliases of one field', gql(aliases(1000))),
  bad('16 aliases', gql(aliases(16))),
  bad(
    '15 aliased pages of 200 with nested logs',
    gql(aliases(15, 'recommendations(first: 200) { edges { node { code updates(first: 50) { note } } } }')),
  ),
  bad(
    '16 aliased logProgress writes',
    gql(`mutation { ${aliasList(16, `logProgress(input: { code: "${FX.rec}", note: "x" }) { update { id } }`)} }`),
  ),
  bad('the same field 2,500 times', gql(`{ ${'__typename '.repeat(2500)} }`)),
  bad('a fragment cycle', gql('query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
  // Spreads of one fragment merge into one selection: harmless, answered once.
  {
    name: 'a fragment spread 1,000 times',
    body: gql(`query Q { ${'...F '.repeat(1000)} } fragment F on Query { transitions { from } }`),
    status: 200,
    code: null,
  },
  bad('50 directives on one field', gql(`{ transitions { from ${'@skip(if: false) '.repeat(50)}} }`)),
  bad(
    '2,000 operations in one document',
    gql(Array.from({ length: 2000 }, (_, i) => `query Q${i} { __typename }`).join(' '), undefined),
  ),
  bad(
    'a query of 4,000 tokens',
    gql(`{ recommendations(filter: { theme: [${'"T" '.repeat(4000)}] }) { totalCount } }`),
  ),
  bad(
    'a page of 200 with 200 log entries each',
    gql(
      'query Q($n: Int) { recommendations(first: $n) { edges { node { code updates(first: $n) { note evidenceUrls } } } } }',
      { n: 200 },
    ),
  ),
  bad(
    '50,000 evidence URLs',
    gql(LOG, { input: { code: FX.rec, note: 'n', evidenceUrls: Array.from({ length: 50_000 }, () => 'https://e.x') } }),
    200,
  ),
  bad(
    '10,000 owners',
    gql(OWNERS, {
      input: { code: FX.rec, owners: Array.from({ length: 10_000 }, (_, i) => ({ name: `o${i}`, kind: 'OTHER' })) },
    }),
    200,
  ),
  bad(
    'the same owner twice',
    gql(OWNERS, {
      input: {
        code: FX.rec,
        owners: [
          { name: 'Twin', kind: 'OTHER' },
          { name: 'Twin', kind: 'OTHER' },
        ],
      },
    }),
    200,
  ),
  bad(
    '100,000 theme codes in a filter',
    gql('query Q($t: [String!]) { recommendations(filter: { theme: $t }) { totalCount } }', {
      t: Array.from({ length: 100_000 }, () => 'T'),
    }),
    200,
  ),
  bad('a 120-year time series', gql('{ summary { timeSeries(from: "1900-01-01", to: "2026-01-01") { month } } }'), 200),
];
