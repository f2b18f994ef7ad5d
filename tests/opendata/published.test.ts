// Whether open data is served: PUBLIC_SITE=false turns it off (404); PUBLIC_READ=false makes it need a sign-in.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';

const FILES = ['/open-data/datapackage.json', '/open-data/catalog.jsonld', '/open-data/recommendations.csv'];

describe('with PUBLIC_SITE=false', () => {
  const s = useTestServer({ env: { PUBLIC_SITE: 'false' } });

  it('answers every open-data path with 404, signed in or not', async () => {
    for (const path of [...FILES, '/open-data/']) {
      expect((await request(s.http).get(path)).status).toBe(404);
      expect((await request(s.http).get(path).set('authorization', `Bearer ${ADMIN_TOKEN}`)).status).toBe(404);
    }
  });
});

describe('with PUBLIC_READ=false', () => {
  const s = useTestServer({ env: { PUBLIC_READ: 'false' } });

  it('asks an anonymous reader to sign in (401), serves a signed-in one privately', async () => {
    for (const path of FILES) {
      const anonymous = await request(s.http).get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const signedIn = await request(s.http).get(path).set('authorization', `Bearer ${ADMIN_TOKEN}`);
      expect(signedIn.status).toBe(200);
      expect(signedIn.headers['cache-control']).toMatch(/^private/);
    }
  });
});
