// The GraphQL-over-HTTP protocol as clients expect it: status codes per response media type, queries over
// GET, CORS for the configured origins, and the introspection switch; over HTTP, against real PostgreSQL.
import { getIntrospectionQuery } from 'graphql';
import request, { type Response } from 'supertest';
import { useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';

const PARSE_ERROR = '{ transitions { from }';
const VALIDATION_ERROR = '{ transitions { nope } }';
const PAGE = 'query Page($first: Int) { recommendations(first: $first) { totalCount } }';
const ONE = 'query One($code: String!) { recommendation(code: $code) { code status } }';
const CREATE_USER = 'mutation CreateUser { createUser(input: { name: "mallory", role: ADMIN }) { name } }';
const AUDIT = '{ auditLog { totalCount } }';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
/** What Apollo Client and urql send: both types, the spec's own preferred. */
const MODERN_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
const CONSOLE = 'https://console.example.org';

const requestErrors = [
  [
    'a parse error',
    { query: PARSE_ERROR },
    {
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 23 }],
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
    },
  ],
  [
    'a validation error',
    { query: VALIDATION_ERROR },
    {
      message: 'Cannot query field "nope" on type "StatusTransition".',
      locations: [{ line: 1, column: 17 }],
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ],
  [
    'a variable of the wrong type',
    { query: PAGE, variables: { first: 'ten' } },
    {
      message: 'Variable "$first" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_USER_INPUT' },
    },
  ],
] as const;

/** The response's CORS headers (and Vary), the whole set, so that a stray one fails the test. */
const corsHeaders = (res: Response) =>
  Object.fromEntries(
    Object.entries(res.headers).filter(([name]) => name.startsWith('access-control-') || name === 'vary'),
  );
const getQuery = (query: string, variables?: Record<string, unknown>) =>
  `/graphql?${new URLSearchParams({ query, ...(variables && { variables: JSON.stringify(variables) }) })}`;

describe('status codes by response media type', () => {
  const s = useTestServer();

  it.each(requestErrors)(
    'answers %s with 200 and the error to an application/json client',
    async (_what, body, error) => {
      for (const accept of [undefined, 'application/json']) {
        const req = request(s.http).post('/graphql');
        const res = await (accept ? req.set('accept', accept) : req).send(body);
        expect({ status: res.status, type: res.headers['content-type'], body: res.body }).toEqual({
          status: 200,
          type: JSON_TYPE,
          body: { errors: [error] },
        });
      }
    },
  );

  it.each(requestErrors)(
    'answers %s with 400 to an application/graphql-response+json client',
    async (_what, body, error) => {
      for (const accept of ['application/graphql-response+json', MODERN_ACCEPT]) {
        const res = await request(s.http).post('/graphql').set('accept', accept).send(body);
        expect({ status: res.status, type: res.headers['content-type'], body: res.body }).toEqual({
          status: 400,
          type: GRAPHQL_RESPONSE_TYPE,
          body: { errors: [error] },
        });
      }
    },
  );

  it('answers 200 to an application/graphql-response+json client when the response has data, even with errors', async () => {
    const res = await request(s.http).post('/graphql').set('accept', MODERN_ACCEPT).send({ query: AUDIT });
    expect({
      status: res.status,
      type: res.headers['content-type'],
      data: res.body.data,
      codes: res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code),
    }).toEqual({ status: 200, type: GRAPHQL_RESPONSE_TYPE, data: null, codes: ['UNAUTHENTICATED'] });
  });

  it('keeps 401 for a credential the server rejects, whatever the media type', async () => {
    for (const accept of ['application/json', MODERN_ACCEPT]) {
      const res = await request(s.http)
        .post('/graphql')
        .set('accept', accept)
        .set('authorization', 'Bearer agt_not-a-real-token')
        .send({ query: AUDIT });
      expect({ status: res.status, code: res.body.errors[0].extensions.code }).toEqual({
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });
});

describe('queries over GET', () => {
  const s = useTestServer({ reset: true });

  it('answers a query with variables over GET when it carries apollo-require-preflight', async () => {
    const rec = await createRecommendation(s.db);
    const res = await request(s.http)
      .get(getQuery(ONE, { code: rec.code }))
      .set('apollo-require-preflight', 'true');
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: { data: { recommendation: { code: rec.code, status: 'NOT_STARTED' } } },
    });
  });

  it('answers a query over GET when it names its operation in x-apollo-operation-name', async () => {
    const res = await request(s.http)
      .get(getQuery(PAGE, { first: 1 }))
      .set('x-apollo-operation-name', 'Page');
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: { data: { recommendations: { totalCount: 0 } } },
    });
  });

  it('refuses a GET without a CSRF-prevention header with 400, before running anything', async () => {
    const res = await request(s.http).get(getQuery(PAGE));
    expect({ status: res.status, code: res.body.errors[0].extensions, data: res.body.data }).toEqual({
      status: 400,
      code: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
      data: undefined,
    });
    expect(res.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation over GET with 405 and Allow: POST, and writes nothing', async () => {
    const res = await request(s.http).get(getQuery(CREATE_USER)).set('apollo-require-preflight', 'true');
    expect({ status: res.status, allow: res.headers.allow, body: res.body }).toEqual({
      status: 405,
      allow: 'POST',
      body: {
        errors: [
          {
            message: 'GET requests only support query operations, not mutation operations',
            extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
          },
        ],
      },
    });
    expect(await s.db.user.count({ where: { name: 'mallory' } })).toBe(0);
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  const s = useTestServer({ env: { CORS_ORIGINS: `${CONSOLE}, http://localhost:5173` } });
  const preflight = (origin: string) =>
    request(s.http)
      .options('/graphql')
      .set('origin', origin)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type,authorization');

  it('answers a preflight from an allowed origin with 204, the origin, the methods and the headers a client sends', async () => {
    const res = await preflight(CONSOLE);
    expect({ status: res.status, headers: corsHeaders(res) }).toEqual({
      status: 204,
      headers: {
        'access-control-allow-origin': CONSOLE,
        'access-control-allow-methods': 'GET,POST',
        'access-control-allow-headers': 'content-type,authorization,apollo-require-preflight,x-apollo-operation-name',
        vary: 'Origin',
      },
    });
  });

  it('allows each listed origin, not only the first', async () => {
    expect(corsHeaders(await preflight('http://localhost:5173'))['access-control-allow-origin']).toBe(
      'http://localhost:5173',
    );
  });

  it('lets an allowed origin read the answer to its request', async () => {
    const res = await request(s.http).post('/graphql').set('origin', CONSOLE).send({ query: PAGE });
    expect({ status: res.status, headers: corsHeaders(res), body: res.body }).toEqual({
      status: 200,
      headers: { 'access-control-allow-origin': CONSOLE, vary: 'Origin' },
      body: { data: { recommendations: { totalCount: 0 } } },
    });
  });

  it('sends no CORS header at all to another origin, on a preflight or on a request', async () => {
    const pre = await preflight('https://evil.example.org');
    expect({ status: pre.status, headers: corsHeaders(pre) }).toEqual({ status: 204, headers: { vary: 'Origin' } });
    const res = await request(s.http).post('/graphql').set('origin', 'https://evil.example.org').send({ query: PAGE });
    expect(corsHeaders(res)).toEqual({ vary: 'Origin' });
  });
});

describe('CORS by default (no CORS_ORIGINS)', () => {
  const s = useTestServer();

  it('answers an OPTIONS request with 204 and the allowed methods, and no CORS header', async () => {
    const res = await request(s.http)
      .options('/graphql')
      .set('origin', CONSOLE)
      .set('access-control-request-method', 'POST');
    expect({ status: res.status, allow: res.headers.allow, headers: corsHeaders(res) }).toEqual({
      status: 204,
      allow: 'GET, POST, OPTIONS',
      headers: {},
    });
  });
});

describe('the INTROSPECTION switch', () => {
  const prodOn = useTestServer({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
  const prodDefault = useTestServer({ env: { NODE_ENV: 'production' } });
  const devOff = useTestServer({ env: { INTROSPECTION: 'false' } });
  const introspect = (s: typeof prodOn) => request(s.http).post('/graphql').send({ query: getIntrospectionQuery() });

  it('allows introspection in production with INTROSPECTION=true, for a deployed playground’s Docs', async () => {
    const res = await introspect(prodOn);
    expect({ status: res.status, errors: res.body.errors, queryType: res.body.data.__schema.queryType }).toEqual({
      status: 200,
      errors: undefined,
      queryType: { name: 'Query', kind: 'OBJECT' },
    });
  });

  it('refuses introspection in production by default, and in development with INTROSPECTION=false', async () => {
    for (const s of [prodDefault, devOff]) {
      const res = await introspect(s);
      expect({ status: res.status, data: res.body.data, code: res.body.errors[0].extensions.code }).toEqual({
        status: 200,
        data: undefined,
        code: 'BAD_USER_INPUT',
      });
      expect(res.body.errors[0].message).toMatch(/introspection is not allowed/);
    }
  });
});
