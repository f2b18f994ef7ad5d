// One mask for every transport (envelop's useMaskedErrors): an error nobody expected, thrown inside a REST
// route, reaches the client exactly as GraphQL masks it, with the status the one code-to-status map gives its
// code, and without its message, stack or SQL; the log has it in full, under the request's id.
import request from 'supertest';
import { statusOfCode } from '../../src/graphql/httpStatus';
import { useTestServer } from '../helpers/testServer';
import { captureLogs } from '../security/support/logCapture';

const CHANGES = '{ changes(first: 1) { edges { cursor } } }';

const logs = captureLogs();
const s = useTestServer({ env: { LOG_LEVEL: 'error' }, logDestination: logs.stream });

// The change feed's table out of the way (in this file's own database, dropped after it): its reads fail with
// PostgreSQL's "relation does not exist", an error no service expects.
beforeAll(() => s.db.$executeRawUnsafe('ALTER TABLE "ChangeEvent" RENAME TO "ChangeEventAway"'));

it('answers an unexpected failure in a REST route as GraphQL masks it, with the mapped status, and logs it', async () => {
  const graphql = await s.exec(CHANGES);
  logs.clear();
  const res = await request(s.http).get('/feeds/all.atom').set('x-request-id', 'mask-test-1');

  const { message, extensions } = graphql.errors![0];
  const graphqlError = { message, extensions };
  expect(graphqlError).toEqual({ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect({ status: res.status, body: res.body }).toEqual({
    status: statusOfCode('INTERNAL_SERVER_ERROR'),
    body: { errors: [graphqlError] },
  });
  expect(res.text).not.toMatch(/ChangeEvent|SELECT|relation|at .*\.ts/);
  const logged = logs.lines.filter((l) => l.level >= 50);
  expect(logged.map((l) => ({ reqId: l.reqId, msg: l.msg, about: /ChangeEvent/.test(JSON.stringify(l.err)) }))).toEqual(
    [{ reqId: 'mask-test-1', msg: 'unexpected error', about: true }],
  );
});
