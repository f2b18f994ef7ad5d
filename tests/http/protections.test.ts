// HTTP-level protections: body size, CSRF prevention, what production mode hides, and request-limit statuses.
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { startTestServer, type TestServer } from '../helpers/testServer';

const TYPO = '{ recommendations { totalCont } }';
const codes = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.map((e) => e.extensions.code);

let dev: TestServer;
let prod: TestServer;
beforeAll(async () => {
  [dev, prod] = await Promise.all([startTestServer(), startTestServer({ NODE_ENV: 'production' })]);
});
afterAll(async () => {
  await Promise.all([dev.close(), prod.close()]);
});

describe('request body limit', () => {
  it('answers 413 BAD_USER_INPUT to a body over 1 MB (MAX_BODY_BYTES default) and reads one just under it', async () => {
    const padding = (bytes: number) =>
      JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes) } });
    const over = await request(dev.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(padding(1_000_001));
    expect(over.status).toBe(413);
    expect(codes(over.body)).toEqual(['BAD_USER_INPUT']);
    const under = await request(dev.http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(padding(999_000));
    expect(under.status).toBe(200);
    expect(under.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('follows MAX_BODY_BYTES when it is set', async () => {
    const small = await startTestServer({ MAX_BODY_BYTES: '2000' });
    try {
      const res = await request(small.http)
        .post('/graphql')
        .send({ query: `{ __typename } # ${'x'.repeat(2000)}` });
      expect(res.status).toBe(413);
      expect((await request(small.http).post('/graphql').send({ query: '{ __typename }' })).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('CSRF prevention', () => {
  it.each([
    ['a GET without a preflight header', () => request(dev.http).get('/graphql?query=%7B__typename%7D')],
    [
      'a text/plain POST',
      () => request(dev.http).post('/graphql').set('content-type', 'text/plain').send('{"query":"{ __typename }"}'),
    ],
    [
      'a form POST',
      () =>
        request(dev.http)
          .post('/graphql')
          .set('content-type', 'application/x-www-form-urlencoded')
          .send('query=%7B__typename%7D'),
    ],
    [
      'a multipart POST',
      () => request(dev.http).post('/graphql').set('content-type', 'multipart/form-data; boundary=x').send('--x--'),
    ],
  ])('refuses %s with 400 before executing anything', async (_what, send) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
    expect(res.body.data).toBeUndefined();
  });

  it('serves a GET query that carries apollo-require-preflight, but never a GET mutation', async () => {
    const ok = await request(dev.http).get('/graphql?query=%7B__typename%7D').set('apollo-require-preflight', 'true');
    expect(ok.body).toEqual({ data: { __typename: 'Query' } });
    const mutation = encodeURIComponent('mutation { createUser(input: { name: "x", role: ADMIN }) { name } }');
    const res = await request(dev.http).get(`/graphql?query=${mutation}`).set('apollo-require-preflight', 'true');
    expect(res.status).toBe(405);
  });
});

describe('production mode (NODE_ENV=production)', () => {
  it('refuses introspection, which development allows', async () => {
    const query = getIntrospectionQuery();
    expect((await request(dev.http).post('/graphql').send({ query })).body.data.__schema).toBeDefined();
    const res = await request(prod.http).post('/graphql').send({ query });
    expect(res.status).toBe(200);
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors[0].message).toMatch(/introspection is not allowed/);
    const typeQuery = await request(prod.http)
      .post('/graphql')
      .send({ query: '{ __type(name: "User") { fields { name } } }' });
    expect(codes(typeQuery.body)).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves field suggestions out of error messages, which development includes', async () => {
    const devRes = await request(dev.http).post('/graphql').send({ query: TYPO });
    expect(devRes.body.errors[0].message).toMatch(/Did you mean "totalCount"/);
    const prodRes = await request(prod.http).post('/graphql').send({ query: TYPO });
    expect(prodRes.status).toBe(200);
    expect(prodRes.body.errors[0].message).not.toMatch(/Did you mean|totalCount/);
  });

  it('still answers ordinary queries', async () => {
    expect(
      (await request(prod.http).post('/graphql').send({ query: '{ transitions { from } }' })).body.data.transitions,
    ).toHaveLength(6);
  });
});

describe('request limits over HTTP', () => {
  it('answers a document over the token limit with a request error (200 under application/json), not 500', async () => {
    const res = await request(dev.http)
      .post('/graphql')
      .send({ query: `{ ${'__typename '.repeat(3_001)} }` });
    expect(res.status).toBe(200);
    expect(codes(res.body)).toEqual(['BAD_USER_INPUT']);
  });
});
