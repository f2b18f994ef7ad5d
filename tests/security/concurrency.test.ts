// Concurrency without lost updates, and multi-write mutations that are all or nothing.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { tableFingerprints } from './support/dbState';

const LOG =
  'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { recommendation { version } update { id } } }';
const SET_OWNERS = 'mutation Owners($input: SetOwnersInput!) { setOwners(input: $input) { code } }';
const CREATE = 'mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }';
const UPDATE = 'mutation Update($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { code } }';
const DOCUMENT = 'mutation Doc($input: CreateSourceDocumentInput!) { createSourceDocument(input: $input) { slug } }';

const s = useTestServer({ reset: true });
let analyst: string;
beforeEach(async () => {
  analyst = (await createUserWithToken(s.db, 'ANALYST')).token;
});

describe('50 concurrent logProgress calls on one recommendation', () => {
  it('with the same expectedVersion: exactly one succeeds, 49 get CONFLICT, and the log holds one new entry', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.exec(LOG, { input: { code: rec.code, note: `writer ${i}`, progress: 20 + i, expectedVersion: 1 } }, analyst),
      ),
    );
    const outcomes = results.map((r) => errorCode(r) ?? 'OK');
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(49);
    expect(await s.db.progressUpdate.count()).toBe(1);
    expect(await s.db.auditEntry.count()).toBe(1);
    const entry = await s.db.progressUpdate.findFirstOrThrow();
    expect(entry).toMatchObject({ progressBefore: 10, note: expect.stringMatching(/^writer \d+$/) });
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 2,
      progress: entry.progress,
    });
  });

  it('without expectedVersion: all 50 succeed, the log holds 50 entries that chain, and the version rose by 50', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        s.exec(LOG, { input: { code: rec.code, note: `writer ${i}`, progress: 11 + i } }, analyst),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data!.logProgress.recommendation.version))).toEqual(
      new Set(Array.from({ length: 50 }, (_, i) => i + 2)),
    );
    const log = await s.db.progressUpdate.findMany({ where: { recommendationId: rec.id }, orderBy: { id: 'asc' } });
    expect(log).toHaveLength(50);
    // Serialised by the row lock: each entry starts where the previous one ended, so no update was lost.
    log.forEach((entry, i) => expect(entry.progressBefore).toBe(i === 0 ? 10 : log[i - 1].progress));
    const after = await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
    expect(after).toMatchObject({ version: 51, progress: log[49].progress });
    expect(await s.db.auditEntry.count({ where: { operation: 'logProgress' } })).toBe(50);
  });
});

/** Makes the test database raise an error on one row of one table, to break a mutation halfway through. */
async function failOn(table: string, when: string) {
  await s.db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_forced_failure() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF ${when} THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
  await s.db.$executeRawUnsafe(
    `CREATE TRIGGER test_forced_failure BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION test_forced_failure()`,
  );
  return () => s.db.$executeRawUnsafe(`DROP TRIGGER test_forced_failure ON "${table}"`);
}

describe('a multi-write mutation that fails halfway', () => {
  const cases: [string, () => Promise<{ table: string; when: string; query: string; variables: object }>][] = [
    [
      'setOwners, on the second of three owner links',
      async () => {
        const rec = await createRecommendation(s.db);
        await s.exec(
          SET_OWNERS,
          { input: { code: rec.code, owners: [{ name: 'Old Ministry', kind: 'MINISTRY' }] } },
          analyst,
        );
        const owners = ['Ministry A', 'Regulator B', 'City C'].map((name) => ({ name, kind: 'OTHER' }));
        return {
          table: 'RecommendationOwner',
          when: 'NOT NEW."isLead"',
          query: SET_OWNERS,
          variables: { input: { code: rec.code, owners } },
        };
      },
    ],
    [
      'createRecommendation, on its initial target date after the record and owners',
      async () => {
        const theme = await createTheme(s.db);
        const input = {
          code: 'GOV-HALF-01',
          theme: theme.code,
          titleZh: '半',
          titleEn: 'Half',
          summaryEn: 'Half.',
          quote: '引文',
          owners: [{ name: 'New Body', kind: 'OTHER' }],
          targetDate: '2031-01-01',
        };
        return { table: 'TargetDateRevision', when: 'true', query: CREATE, variables: { input } };
      },
    ],
    [
      'createSourceDocument, on the second of three recommendations',
      async () => {
        const recommendations = [1, 2, 3].map((n) => ({
          code: `DEV-HALF-0${n}`,
          theme: 'HALF',
          titleZh: '半',
          titleEn: 'Half',
          summaryEn: 'Half.',
          // Three quotes that do not overlap: each record of a document quotes its own words.
          quote: `半${n}`,
        }));
        const input = {
          slug: 'half-doc',
          titleZh: '半',
          titleEn: 'Half',
          themes: [{ code: 'HALF', pillar: 'DEVELOPMENT', nameZh: '半', nameEn: 'Half' }],
          recommendations,
          content: '半1。半2。半3。',
        };
        return { table: 'Recommendation', when: `NEW.code = 'DEV-HALF-02'`, query: DOCUMENT, variables: { input } };
      },
    ],
    [
      'updateRecommendation, on the audit entry after the quote revision',
      async () => {
        const rec = await createRecommendation(s.db);
        return {
          table: 'AuditEntry',
          when: 'true',
          query: UPDATE,
          variables: { input: { code: rec.code, quote: '新引文', quoteChangeReason: 'Typo', titleEn: 'New' } },
        };
      },
    ],
    [
      'logProgress, on the audit entry after the log entry and the status change',
      async () => {
        const rec = await createRecommendation(s.db);
        return {
          table: 'AuditEntry',
          when: 'true',
          query: LOG,
          variables: { input: { code: rec.code, note: 'half', status: 'IN_PROGRESS', progress: 40 } },
        };
      },
    ],
  ];

  it.each(cases)('%s leaves nothing half-written', async (_what, setup) => {
    const { table, when, query, variables } = await setup();
    const before = await tableFingerprints(s.db);
    const drop = await failOn(table, when);
    try {
      const res = await s.exec(query, variables as Record<string, unknown>, ADMIN_TOKEN);
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toBe('Internal server error.');
    } finally {
      await drop();
    }
    expect(await tableFingerprints(s.db)).toEqual(before);
  });
});
