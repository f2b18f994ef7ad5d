// Owners and deadlines: responsible bodies, target dates with reasons, and their revision history.
import { errorCode, useTestServer } from '../helpers/testServer';
import { createOwner, createRecommendation, createUserWithToken, linkOwner } from '../helpers/factories';
import {
  ByOwnerDocument,
  OwnersDocument,
  SetOwnersDocument,
  SetTargetDocument,
} from '../__generated__/ownersDeadlines';
import type { OwnerInput, SetTargetDateInput } from '../__generated__/schemaTypes';

const s = useTestServer({ reset: true });
let analyst: string;
beforeEach(async () => {
  analyst = (await createUserWithToken(s.db, 'ANALYST', 'zhang.min')).token;
});

describe('owners', () => {
  it('are set by an analyst, lead first, and bump the version', async () => {
    const rec = await createRecommendation(s.db);
    const res = await s.exec(
      SetOwnersDocument,
      {
        input: {
          code: rec.code,
          expectedVersion: 1,
          owners: [
            { name: '国家网信办', kind: 'REGULATOR' },
            { name: '工业和信息化部', kind: 'MINISTRY' },
          ],
        },
      },
      analyst,
    );
    expect(res).toEqual({
      data: {
        setOwners: {
          code: rec.code,
          version: 2,
          owners: [
            { name: '国家网信办', kind: 'REGULATOR' },
            { name: '工业和信息化部', kind: 'MINISTRY' },
          ],
        },
      },
    });
  });

  it('are replaced, not merged, by a second setOwners; the bodies stay known', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(
      SetOwnersDocument,
      { input: { code: rec.code, owners: [{ name: '国家网信办', kind: 'REGULATOR' }] } },
      analyst,
    );
    const res = await s.exec(
      SetOwnersDocument,
      { input: { code: rec.code, owners: [{ name: 'Alibaba Cloud', kind: 'ENTERPRISE' }] } },
      analyst,
    );
    expect(res.data!.setOwners).toEqual({
      code: rec.code,
      version: 3,
      owners: [{ name: 'Alibaba Cloud', kind: 'ENTERPRISE' }],
    });
    expect((await s.exec(OwnersDocument)).data!.owners).toEqual([
      { name: 'Alibaba Cloud', kind: 'ENTERPRISE' },
      { name: '国家网信办', kind: 'REGULATOR' },
    ]);
  });

  it('refuses the same body listed twice with BAD_USER_INPUT', async () => {
    const rec = await createRecommendation(s.db);
    const twice: OwnerInput[] = [
      { name: 'OECD', kind: 'INTERNATIONAL_BODY' },
      { name: 'OECD', kind: 'INTERNATIONAL_BODY' },
    ];
    expect(errorCode(await s.exec(SetOwnersDocument, { input: { code: rec.code, owners: twice } }, analyst))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('are FORBIDDEN to a viewer', async () => {
    const { token } = await createUserWithToken(s.db, 'VIEWER');
    const rec = await createRecommendation(s.db);
    expect(errorCode(await s.exec(SetOwnersDocument, { input: { code: rec.code, owners: [] } }, token))).toBe(
      'FORBIDDEN',
    );
  });

  it('filter the list: a recommendation matches when any of its owners is named', async () => {
    const [a, b, c] = [
      await createRecommendation(s.db),
      await createRecommendation(s.db),
      await createRecommendation(s.db),
    ];
    const regulator = await createOwner(s.db, { name: '国家网信办', kind: 'REGULATOR' });
    const ministry = await createOwner(s.db, { name: '科技部', kind: 'MINISTRY' });
    await linkOwner(s.db, { recommendationId: a.id, ownerId: regulator.id, isLead: true });
    await linkOwner(s.db, { recommendationId: b.id, ownerId: ministry.id, isLead: true });
    await linkOwner(s.db, { recommendationId: b.id, ownerId: regulator.id });
    await linkOwner(s.db, { recommendationId: c.id, ownerId: ministry.id, isLead: true });
    expect((await s.exec(ByOwnerDocument, { owner: ['国家网信办'] })).data!.recommendations).toEqual({
      totalCount: 2,
      edges: [
        { node: { code: a.code, owners: [{ name: '国家网信办' }] } },
        { node: { code: b.code, owners: [{ name: '科技部' }, { name: '国家网信办' }] } },
      ],
    });
  });

  it('fail with CONFLICT on a stale expectedVersion and change nothing', async () => {
    const rec = await createRecommendation(s.db, { version: 4 });
    const res = await s.exec(
      SetOwnersDocument,
      { input: { code: rec.code, expectedVersion: 3, owners: [{ name: '科技部', kind: 'MINISTRY' }] } },
      analyst,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', currentVersion: 4 });
    expect(await s.db.recommendationOwner.count()).toBe(0);
    expect((await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).version).toBe(4);
  });
});

describe('target dates', () => {
  it('keep every revision with its reason and actor, oldest first', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: '2026-12-31', reason: 'Set by the State Council plan' } },
      analyst,
    );
    await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: '2027-06-30', reason: 'Consultation extended' } },
      analyst,
    );
    const res = await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: null, reason: 'Deadline withdrawn', expectedVersion: 3 } },
      analyst,
    );
    expect(res.data!.setTargetDate).toEqual({
      code: rec.code,
      version: 4,
      targetDate: null,
      targetDateHistory: [
        {
          previousDate: null,
          newDate: '2026-12-31',
          reason: 'Set by the State Council plan',
          actor: 'zhang.min',
          createdAt: expect.any(String),
        },
        {
          previousDate: '2026-12-31',
          newDate: '2027-06-30',
          reason: 'Consultation extended',
          actor: 'zhang.min',
          createdAt: expect.any(String),
        },
        {
          previousDate: '2027-06-30',
          newDate: null,
          reason: 'Deadline withdrawn',
          actor: 'zhang.min',
          createdAt: expect.any(String),
        },
      ],
    });
  });

  it('need a reason: a missing or blank one fails with BAD_USER_INPUT and writes nothing', async () => {
    const rec = await createRecommendation(s.db);
    // Left out on purpose: the server, not the client's types, has to refuse it.
    const withoutReason = { code: rec.code, targetDate: '2026-12-31' } as SetTargetDateInput;
    const missing = await s.exec(SetTargetDocument, { input: withoutReason }, analyst);
    const blank = await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: '2026-12-31', reason: '   ' } },
      analyst,
    );
    expect([errorCode(missing), errorCode(blank)]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(await s.db.targetDateRevision.count()).toBe(0);
    expect((await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).targetDate).toBeNull();
  });

  it('refuse setting the date it already has, so the history has no empty revisions', async () => {
    const rec = await createRecommendation(s.db, { targetDate: new Date('2026-12-31') });
    const res = await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: '2026-12-31', reason: 'again' } },
      analyst,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('fail with CONFLICT on a stale expectedVersion and keep the old date', async () => {
    const rec = await createRecommendation(s.db, { version: 2 });
    const res = await s.exec(
      SetTargetDocument,
      { input: { code: rec.code, targetDate: '2026-12-31', reason: 'plan', expectedVersion: 1 } },
      analyst,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    expect(await s.db.targetDateRevision.count()).toBe(0);
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 2,
      targetDate: null,
    });
  });
});
