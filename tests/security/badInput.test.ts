// 100+ hostile or malformed requests over HTTP. Each must get the expected status and code, leak no stack
// trace or SQL, and leave every table exactly as it was; injected strings are stored verbatim or refused.
import type { Response } from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { tableFingerprints } from './support/dbState';
import { useHttpClient } from './support/client';
import { createFixture } from './badInput/fixture';
import { protocolCases } from './badInput/protocolCases';
import { valueCases } from './badInput/valueCases';
import { shapeCases } from './badInput/shapeCases';
import { injectionCases, INJECTED_MUTATIONS } from './badInput/injectionCases';
import type { BadRequest } from './badInput/types';
import { mutationNames } from './support/schema';

const STACK_FRAME = /at .*\(.*:\d+:\d+\)/;
const SQL_OR_DRIVER = /SELECT|INSERT|UPDATE "|DELETE FROM|prisma|postgres/i;
const injection = injectionCases();
const rejected = [...protocolCases, ...valueCases, ...shapeCases, ...injection.rejected];

const s = useTestServer();
const client = useHttpClient(s);
/** Most cases change nothing (that is the point), so the fixture is rebuilt only after one that did or failed. */
let dirty = true;
beforeEach(async () => {
  if (!dirty) return;
  await s.reset();
  await createFixture(s.db);
  dirty = false;
});

function send(req: BadRequest): Promise<Response> {
  const token = req.token === undefined ? ADMIN_TOKEN : req.token;
  const headers = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...req.headers };
  const body = req.raw ? req.body : JSON.stringify(req.body);
  return client.post(body as string, null, { 'content-type': 'application/json', ...headers });
}

/** Strings the request itself carried: an error may quote them back, which is not a leak. */
function sentStrings(req: BadRequest): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(req.raw ? String(req.body) : req.body);
  return out.filter((x) => x.length >= 4).sort((a, b) => b.length - a.length);
}

function expectNoLeak(res: Response, req: BadRequest) {
  expect(res.text).not.toMatch(STACK_FRAME);
  for (const error of (res.body?.errors ?? []) as { message: string; extensions?: Record<string, unknown> }[]) {
    const own = sentStrings(req).reduce((m, sent) => m.split(sent).join(''), error.message);
    expect(own).not.toMatch(SQL_OR_DRIVER);
    expect(Object.keys(error.extensions ?? {})).not.toContain('stacktrace');
  }
}

describe('bad input', () => {
  it(`has at least 100 cases (${rejected.length + injection.stored.length})`, () => {
    expect(rejected.length + injection.stored.length).toBeGreaterThanOrEqual(100);
  });

  it('injects into every mutation of the schema', () => {
    expect([...INJECTED_MUTATIONS].sort()).toEqual(mutationNames().sort());
  });

  it.each(rejected.map((c) => [c.name, c] as const))(
    '%s: expected status and code, no leak, nothing changed',
    async (_name, c) => {
      dirty = true;
      const before = await tableFingerprints(s.db);
      const res = await send(c);
      expect({ status: res.status, code: res.body?.errors?.[0]?.extensions?.code ?? null }).toEqual({
        status: c.status,
        code: c.code,
      });
      if (c.code === null) expect(res.body.errors).toBeUndefined();
      expectNoLeak(res, c);
      expect(await tableFingerprints(s.db)).toEqual(before);
      dirty = false;
    },
  );

  it.each(injection.stored.map((c) => [c.name, c] as const))(
    '%s: stored verbatim, nothing else touched',
    async (_name, c) => {
      dirty = true;
      const before = await tableFingerprints(s.db);
      const res = await send(c);
      expect({ status: res.status, errors: res.body.errors }).toEqual({ status: 200, errors: undefined });
      const rows = await s.db.$queryRawUnsafe<{ v: string | null }[]>(c.readBack);
      expect(rows.some((r) => r.v?.includes(c.payload))).toBe(true);
      const after = await tableFingerprints(s.db);
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      expect(changed.filter((t) => !c.writes.includes(t))).toEqual([]);
    },
  );
});
