// Widgets exist only while anonymous reads do and the public face is on: otherwise every embed path is a 404.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';

const PATHS = [
  '/embed/measure/GOV-X-01',
  '/embed/theme/THEMEX',
  '/oembed?url=http%3A%2F%2Flocalhost%3A4000%2Fen%2Fmeasures%2FGOV-X-01',
];

for (const env of [{ PUBLIC_SITE: 'false' }, { PUBLIC_READ: 'false' }] as Record<string, string>[]) {
  describe(`with ${Object.entries(env)[0].join('=')}`, () => {
    const s = useTestServer({ env });

    it('answers every widget and oEmbed path with 404, even to a signed-in reader', async () => {
      const rec = await createRecommendation(s.db, { code: 'GOV-X-01' });
      await s.db.theme.update({ where: { id: rec.themeId }, data: { code: 'THEMEX' } });
      for (const path of PATHS) {
        expect((await request(s.http).get(path)).status).toBe(404);
        expect((await request(s.http).get(path).set('authorization', `Bearer ${ADMIN_TOKEN}`)).status).toBe(404);
      }
    });
  });
}
