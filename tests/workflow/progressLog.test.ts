// The progress log: who, when, before/after, evidence, and append-only corrections.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createRecommendation, createUserWithToken } from '../helpers/factories';
import { dayFromToday, isoDay } from '../helpers/time';
import {
  LogDocument,
  LogEntriesDocument,
  LogEntriesInFragmentsDocument,
  MutationFieldsDocument,
} from '../__generated__/progressLog';

const s = useTestServer({ reset: true });

const entriesOf = async (code: string) => (await s.exec(LogEntriesDocument, { code })).data!.recommendation!.updates;

describe('each log entry', () => {
  it('records the authenticated analyst, the day it happened, the values before and after, and the evidence', async () => {
    const { token } = await createUserWithToken(s.db, 'ANALYST', 'li.wei');
    const rec = await createRecommendation(s.db, { status: 'PLANNED', progress: 10 });
    const logged = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'Draft rules published for comment',
          status: 'IN_PROGRESS',
          progress: 35,
          occurredOn: '2026-03-05',
          evidenceUrls: ['https://www.cac.gov.cn/draft.html', 'http://example.org/report.pdf'],
        },
      },
      token,
    );
    expect(logged.errors).toBeUndefined();
    expect(await entriesOf(rec.code)).toEqual([
      {
        id: logged.data!.logProgress.update!.id,
        note: 'Draft rules published for comment',
        actor: 'li.wei',
        occurredOn: '2026-03-05',
        statusBefore: 'PLANNED',
        status: 'IN_PROGRESS',
        progressBefore: 10,
        progress: 35,
        evidenceUrls: ['https://www.cac.gov.cn/draft.html', 'http://example.org/report.pdf'],
        createdAt: expect.any(String),
        recommendation: { code: rec.code },
        corrects: null,
      },
    ]);
  });

  it('carries every field asked for through fragments, and only those under an alias', async () => {
    const rec = await createRecommendation(s.db, { status: 'PLANNED', progress: 10 });
    await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'first',
          status: 'IN_PROGRESS',
          progress: 20,
          evidenceUrls: ['https://ok.example.org'],
        },
      },
      ADMIN_TOKEN,
    );
    const res = await s.exec(LogEntriesInFragmentsDocument, { code: rec.code });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recommendation).toEqual({ updates: await entriesOf(rec.code), latest: [{ note: 'first' }] });
  });

  it('names the bootstrap admin token "(admin token)", which no account can be called', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(LogDocument, { input: { code: rec.code, note: 'planned', status: 'PLANNED' } }, ADMIN_TOKEN);
    expect((await entriesOf(rec.code))[0].actor).toBe('(admin token)');
  });

  it('defaults occurredOn to today and accepts today', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(LogDocument, { input: { code: rec.code, note: 'no date', status: 'PLANNED' } }, ADMIN_TOKEN);
    await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'today', occurredOn: isoDay(dayFromToday(0)) } },
      ADMIN_TOKEN,
    );
    expect((await entriesOf(rec.code)).map((u: { occurredOn: string }) => u.occurredOn)).toEqual([
      isoDay(dayFromToday(0)),
      isoDay(dayFromToday(0)),
    ]);
  });

  it('accepts the date it already is east of UTC (UTC+14), whatever the hour in UTC', async () => {
    const rec = await createRecommendation(s.db);
    const eastern = isoDay(dayFromToday(0, new Date(Date.now() + 14 * 3_600_000)));
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'logged in Kiribati', occurredOn: eastern } },
      ADMIN_TOKEN,
    );
    expect(res.errors).toBeUndefined();
    expect((await entriesOf(rec.code)).map((u: { occurredOn: string }) => u.occurredOn)).toEqual([eastern]);
  });

  it('refuses an occurredOn that has not begun anywhere with BAD_USER_INPUT', async () => {
    const rec = await createRecommendation(s.db);
    // Two days ahead of UTC is past even UTC+14's today.
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'too soon', status: 'PLANNED', occurredOn: isoDay(dayFromToday(2)) } },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('occurredOn may not be in the future.');
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it.each([
    'javascript:alert(1)',
    'ftp://files.example.org/report.pdf',
    'mailto:office@example.gov.cn',
    '/relative/path.html',
    'www.example.org/no-scheme',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses the evidence link %s with BAD_USER_INPUT and writes nothing', async (url) => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const res = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'done',
          status: 'IMPLEMENTED',
          progress: 100,
          evidenceUrls: ['https://ok.example.org', url],
        },
      },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('evidenceUrls.1: must be an http or https URL');
    expect(await s.db.progressUpdate.count()).toBe(0);
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 90,
      version: 1,
    });
  });
});

describe('append-only', () => {
  it('offers no mutation that updates or deletes a log entry', async () => {
    const res = await s.exec(MutationFieldsDocument);
    const names: string[] = res.data!.__type!.fields!.map((f: { name: string }) => f.name);
    expect(names).toContain('logProgress');
    expect(names.filter((n) => /update.*Progress|delete.*(Progress|Update|Log|Entry)/i.test(n))).toEqual([]);
  });

  it('has the database refuse UPDATE and DELETE of a log entry, whoever connects', async () => {
    const rec = await createRecommendation(s.db, { status: 'PLANNED' });
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: 'original', status: 'PLANNED' });
    await expect(s.db.$executeRawUnsafe(`UPDATE "ProgressUpdate" SET note = 'rewritten'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(s.db.$executeRawUnsafe(`DELETE FROM "ProgressUpdate"`)).rejects.toThrow(/append-only/);
    expect(await s.db.progressUpdate.findMany({ select: { note: true } })).toEqual([{ note: 'original' }]);
  });

  it('has the database refuse TRUNCATE of the log, directly or cascading from the recommendations', async () => {
    const rec = await createRecommendation(s.db, { status: 'PLANNED' });
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: 'original', status: 'PLANNED' });
    await expect(s.db.$executeRawUnsafe(`TRUNCATE "ProgressUpdate"`)).rejects.toThrow(
      /append-only: TRUNCATE is refused/,
    );
    await expect(s.db.$executeRawUnsafe(`TRUNCATE "Recommendation" CASCADE`)).rejects.toThrow(
      /append-only: TRUNCATE is refused/,
    );
    expect(await s.db.progressUpdate.findMany({ select: { note: true } })).toEqual([{ note: 'original' }]);
    expect(await s.db.recommendation.count()).toBe(1);
  });
});

describe('corrections', () => {
  it('are new entries that reference the entry they correct', async () => {
    const rec = await createRecommendation(s.db);
    const wrong = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'Pilot launched in 5 cities', status: 'IN_PROGRESS', progress: 30 } },
      ADMIN_TOKEN,
    );
    const wrongId = wrong.data!.logProgress.update!.id;
    const fix = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'Correction: 3 cities, not 5', progress: 20, correctsId: wrongId } },
      ADMIN_TOKEN,
    );
    expect(fix.errors).toBeUndefined();
    const [correction, original] = await entriesOf(rec.code);
    expect(correction).toMatchObject({
      note: 'Correction: 3 cities, not 5',
      progressBefore: 30,
      progress: 20,
      corrects: { id: wrongId, note: 'Pilot launched in 5 cities' },
    });
    expect(original).toMatchObject({ id: wrongId, note: 'Pilot launched in 5 cities', progress: 30, corrects: null });
  });

  it('refuses a correctsId that belongs to another recommendation, or to no entry, with BAD_USER_INPUT', async () => {
    const a = await createRecommendation(s.db);
    const b = await createRecommendation(s.db);
    const other = await s.exec(
      LogDocument,
      { input: { code: b.code, note: 'b planned', status: 'PLANNED' } },
      ADMIN_TOKEN,
    );
    for (const correctsId of [other.data!.logProgress.update!.id, '999999']) {
      const res = await s.exec(
        LogDocument,
        { input: { code: a.code, note: 'wrong target', status: 'PLANNED', correctsId } },
        ADMIN_TOKEN,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toBe(`correctsId ${correctsId} is not an entry of ${a.code}.`);
    }
    expect(await s.db.progressUpdate.count({ where: { recommendationId: a.id } })).toBe(0);
  });
});
