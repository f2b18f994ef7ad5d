// The lifecycle state machine, through logProgress against real PostgreSQL. The expected table is written
// out here rather than imported, so that a change to TRANSITIONS has to be made on purpose in both places.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { AllowedNextDocument, LogDocument, TransitionsDocument } from '../__generated__/lifecycle';
import type { RecommendationStatus } from '../__generated__/schemaTypes';

// A status the schema adds is a type error in TABLE until the table says where it may move.
type Status = RecommendationStatus;
const STATUSES: Status[] = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'STALLED', 'IMPLEMENTED', 'ABANDONED'];

const TABLE: Record<Status, Status[]> = {
  NOT_STARTED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  PLANNED: ['NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'ABANDONED'],
  IN_PROGRESS: ['STALLED', 'IMPLEMENTED', 'ABANDONED'],
  STALLED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  IMPLEMENTED: ['IN_PROGRESS', 'ABANDONED'],
  ABANDONED: ['PLANNED'],
};

/** Progress that satisfies every rule except the transition table: 0 for NOT_STARTED, 100 for IMPLEMENTED. */
const progressFor = (status: Status) => (status === 'NOT_STARTED' ? 0 : status === 'IMPLEMENTED' ? 100 : 40);

/** A move that breaks no rule other than, possibly, the table itself. */
const moveInput = (code: string, to: Status) => ({
  code,
  note: `to ${to}`,
  status: to,
  progress: progressFor(to),
  evidenceUrls: ['https://example.gov.cn/notice'],
  reason: 'policy withdrawn',
});

// The state machine alone: with REVIEW_STATUSES empty every entry applies at once. How a second pair of eyes
// changes who may log IMPLEMENTED and ABANDONED is tests/review/'s.
const s = useTestServer({ reset: true, env: { REVIEW_STATUSES: '' } });

describe('the transition table', () => {
  it('is returned by the transitions query, one row per status', async () => {
    const res = await s.exec(TransitionsDocument);
    expect(res).toEqual({ data: { transitions: STATUSES.map((from) => ({ from, to: TABLE[from] })) } });
  });

  it('gives each recommendation the next statuses its caller may choose: all of them for an admin', async () => {
    const rec = await createRecommendation(s.db, { status: 'STALLED', progress: 40 });
    expect((await s.exec(AllowedNextDocument, { code: rec.code }, ADMIN_TOKEN)).data).toEqual({
      recommendation: { status: 'STALLED', allowedNextStatuses: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'] },
    });
  });

  it('leaves moves into and out of ABANDONED out of the allowed next statuses for anyone but an admin', async () => {
    const { token } = await createUserWithToken(s.db, 'ANALYST');
    const stalled = await createRecommendation(s.db, { status: 'STALLED', progress: 40 });
    const abandoned = await createRecommendation(s.db, { status: 'ABANDONED', progress: 40 });
    for (const caller of [token, null]) {
      expect((await s.exec(AllowedNextDocument, { code: stalled.code }, caller)).data).toEqual({
        recommendation: { status: 'STALLED', allowedNextStatuses: ['PLANNED', 'IN_PROGRESS'] },
      });
      expect((await s.exec(AllowedNextDocument, { code: abandoned.code }, caller)).data).toEqual({
        recommendation: { status: 'ABANDONED', allowedNextStatuses: [] },
      });
    }
  });

  const illegal = STATUSES.flatMap((from) =>
    STATUSES.filter((to) => to !== from && !TABLE[from].includes(to)).map((to) => [from, to] as const),
  );

  it.each(illegal)(
    'refuses %s → %s with BAD_USER_INPUT naming the allowed next statuses, and writes nothing',
    async (from, to) => {
      const rec = await createRecommendation(s.db, { status: from, progress: progressFor(from) });
      const res = await s.exec(LogDocument, { input: moveInput(rec.code, to) }, ADMIN_TOKEN);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe(
        `Cannot move from ${from} to ${to}. Allowed next statuses: ${TABLE[from].join(', ')}.`,
      );
      expect(res.errors![0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        allowedStatuses: TABLE[from],
        field: 'status',
      });
      expect(await s.db.progressUpdate.count()).toBe(0);
      expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
        status: from,
        version: 1,
      });
    },
  );

  const legal = STATUSES.flatMap((from) => TABLE[from].map((to) => [from, to] as const));

  it.each(legal)('allows %s → %s (as an admin, with reason and evidence)', async (from, to) => {
    const rec = await createRecommendation(s.db, { status: from, progress: progressFor(from) });
    const res = await s.exec(LogDocument, { input: moveInput(rec.code, to) }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    expect(res.data!.logProgress.recommendation).toEqual({
      code: rec.code,
      status: to,
      progress: progressFor(to),
      version: 2,
      allowedNextStatuses: TABLE[to],
    });
  });
});

describe('abandoning', () => {
  it('is FORBIDDEN to an analyst, even with a reason', async () => {
    const { token } = await createUserWithToken(s.db, 'ANALYST');
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 40 });
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'dropped', status: 'ABANDONED', reason: 'superseded' } },
      token,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('needs a reason even from an admin (BAD_USER_INPUT), and a blank one does not count', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 40 });
    for (const reason of [undefined, '   ']) {
      const res = await s.exec(
        LogDocument,
        { input: { code: rec.code, note: 'dropped', status: 'ABANDONED', reason } },
        ADMIN_TOKEN,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe('Moving to ABANDONED requires a reason.');
    }
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('succeeds for an admin with a reason, which the log entry keeps', async () => {
    const rec = await createRecommendation(s.db, { status: 'STALLED', progress: 40 });
    const res = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'Dropped from the plan',
          status: 'ABANDONED',
          reason: 'Superseded by the 2027 law',
        },
      },
      ADMIN_TOKEN,
    );
    expect(res.data!.logProgress.update).toEqual({
      note: 'Dropped from the plan\n\nReason: Superseded by the 2027 law',
      statusBefore: 'STALLED',
      status: 'ABANDONED',
      progressBefore: 40,
      progress: 40,
      evidenceUrls: [],
    });
  });

  it('lets only an admin revive an abandoned recommendation', async () => {
    const { token } = await createUserWithToken(s.db, 'ANALYST');
    const rec = await createRecommendation(s.db, { status: 'ABANDONED', progress: 40 });
    expect(
      errorCode(await s.exec(LogDocument, { input: { code: rec.code, note: 'back', status: 'PLANNED' } }, token)),
    ).toBe('FORBIDDEN');
    expect(
      (await s.exec(LogDocument, { input: { code: rec.code, note: 'back', status: 'PLANNED' } }, ADMIN_TOKEN)).errors,
    ).toBeUndefined();
  });
});

describe('IMPLEMENTED', () => {
  it('requires progress 100', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const res = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'done?',
          status: 'IMPLEMENTED',
          progress: 95,
          evidenceUrls: ['https://example.org/a'],
        },
      },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('IMPLEMENTED requires progress 100.');
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('requires at least one evidence link', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    for (const evidenceUrls of [undefined, []]) {
      const res = await s.exec(
        LogDocument,
        { input: { code: rec.code, note: 'done', status: 'IMPLEMENTED', progress: 100, evidenceUrls } },
        ADMIN_TOKEN,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe('IMPLEMENTED requires at least one evidence link (evidenceUrls).');
    }
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('is reached with progress 100 and evidence, by an analyst too', async () => {
    const { token } = await createUserWithToken(s.db, 'ANALYST');
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const res = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'Law in force',
          status: 'IMPLEMENTED',
          progress: 100,
          evidenceUrls: ['https://www.gov.cn/law.html'],
        },
      },
      token,
    );
    expect(res.data!.logProgress.update).toEqual({
      note: 'Law in force',
      statusBefore: 'IN_PROGRESS',
      status: 'IMPLEMENTED',
      progressBefore: 90,
      progress: 100,
      evidenceUrls: ['https://www.gov.cn/law.html'],
    });
  });

  it('cannot lose progress 100 while it stays IMPLEMENTED', async () => {
    const rec = await createRecommendation(s.db, { status: 'IMPLEMENTED', progress: 100 });
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'partly rolled back', progress: 80 } },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe('NOT_STARTED', () => {
  it('refuses progress above 0 while the status stays NOT_STARTED', async () => {
    const rec = await createRecommendation(s.db);
    const res = await s.exec(LogDocument, { input: { code: rec.code, note: 'some work', progress: 10 } }, ADMIN_TOKEN);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('NOT_STARTED means progress 0.');
  });

  it('refuses a move back to NOT_STARTED that keeps progress, and accepts one that resets it to 0', async () => {
    const rec = await createRecommendation(s.db, { status: 'PLANNED', progress: 20 });
    const kept = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'back', status: 'NOT_STARTED' } },
      ADMIN_TOKEN,
    );
    expect(errorCode(kept)).toBe('BAD_USER_INPUT');
    const reset = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'back', status: 'NOT_STARTED', progress: 0 } },
      ADMIN_TOKEN,
    );
    expect(reset.data!.logProgress.recommendation).toMatchObject({ status: 'NOT_STARTED', progress: 0 });
  });
});
