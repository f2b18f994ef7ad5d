// The REST routes (export, evidence, feeds) answer a domain error with the status its code stands for, from
// the one code-to-status map: every code in the error table has its own status, and the routes use it.
import request from 'supertest';
import { ERROR_CODES, type ErrorCode } from '../../src/errors';
import { statusOfCode } from '../../src/graphql/httpStatus';
import { useTestServer } from '../helpers/testServer';

const EXPECTED: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  RESPONSE_TOO_LARGE: 400,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

it('maps every error code of the table to its own status', () => {
  expect(Object.fromEntries(ERROR_CODES.map((code) => [code, statusOfCode(code)]))).toEqual(EXPECTED);
});

describe('over HTTP', () => {
  const s = useTestServer({ env: { PUBLIC_READ: 'false' } });

  const errorOf = (res: request.Response) => ({ status: res.status, code: res.body.errors?.[0]?.extensions?.code });

  it.each([
    ['an unknown archived copy', '/evidence/999999/archived', 404, 'NOT_FOUND'],
    ['an unknown theme feed', '/feeds/theme/NOPE.atom', 404, 'NOT_FOUND'],
    ['a feed path without .atom', '/feeds/recommendation/GOV-NONE-99', 404, 'NOT_FOUND'],
    ['an unknown export parameter', '/export/recommendations.csv?colour=red', 400, 'BAD_USER_INPUT'],
  ] as const)('answers %s (%s) with %i %s', async (_what, path, status, code) => {
    const res = await request(s.http).get(path).set('authorization', `Bearer ${s.config.adminToken}`);
    expect(errorOf(res)).toEqual({ status, code });
  });

  it.each(['/export/progress.csv', '/evidence/1/archived', '/feeds/all.atom'])(
    'answers %s without a token on a private server with 401 UNAUTHENTICATED',
    async (path) => {
      expect(errorOf(await request(s.http).get(path))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    },
  );
});
