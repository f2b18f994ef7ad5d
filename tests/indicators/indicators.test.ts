// Indicators through the API: definition, values as log entries, refusals that write nothing, corrections, a value
// that meets a target through review, and the status and its explanation as of a past date after later changes.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';

const s = useTestServer({ reset: true });

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
      code
      version
      status
      targets {
        value
        dueDate
      }
    }
  }
`;
const RECORD = /* GraphQL */ `
  mutation Record($input: RecordIndicatorValueInput!) {
    recordIndicatorValue(input: $input) {
      indicator {
        version
        status
      }
      value {
        id
        value
        logEntry {
          id
          note
        }
      }
      proposal {
        id
        indicatorValue {
          value
          periodEnd
        }
      }
    }
  }
`;
const READ = /* GraphQL */ `
  query Read($code: String!, $asOf: Date) {
    recommendation(code: $code, asOf: $asOf) {
      version
      health
      indicators {
        id
        version
        status
        targets {
          value
        }
        statusExplanation {
          version
          status
          tolerance
          expectedValue
          allowance
          latestValue
        }
        latestValue {
          value
          periodEnd
        }
        values(first: 10) {
          totalCount
          edges {
            node {
              value
              corrected
            }
          }
        }
      }
    }
  }
`;

interface Created {
  createIndicator: { id: string; version: number; status: string };
}

async function indicatorOn(code: string, extra: Record<string, unknown> = {}) {
  const res = await s.exec<Created>(
    CREATE,
    {
      input: {
        recommendationCode: code,
        code: 'SMART',
        nameZh: '智能工厂',
        nameEn: 'Smart factories',
        unit: 'factories',
        min: 0,
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 'test' },
        targets: [{ value: 100, dueDate: '2025-04-11' }],
        ...extra,
      },
    },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createIndicator;
}

const record = (input: Record<string, unknown>, token = ADMIN_TOKEN) => s.exec<any>(RECORD, { input }, token);

async function counts() {
  const [values, entries, audits] = await Promise.all([
    s.db.indicatorValue.count(),
    s.db.progressUpdate.count(),
    s.db.auditEntry.count(),
  ]);
  return { values, entries, audits };
}

// baseline 0 on 2025-01-01, target 100 on 2025-04-11 (100 days): the line is one a day, the allowance 10.
test.each([
  ['NO_DATA', []],
  ['ON_TRACK', [40]], // at day 50 the line is 50; 40 is exactly the allowance short
  ['OFF_TRACK', [39.5]],
  ['ON_TRACK', [60]],
  ['ACHIEVED', [100]],
])('the status is %s for a latest value of %j at mid-period', async (status, values) => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code);
  for (const value of values as number[]) {
    const res = await record({ indicatorId: ind.id, periodStart: '2025-02-01', periodEnd: '2025-02-20', value });
    expect(res.errors).toBeUndefined();
  }
  const read = await s.exec<any>(READ, { code: rec.code });
  expect(read.data.recommendation.indicators[0].status).toBe(status);
  expect(read.data.recommendation.indicators[0].statusExplanation.status).toBe(status);
  if (values.length)
    expect(read.data.recommendation.indicators[0].statusExplanation).toMatchObject({
      version: 'indicator-status/1',
      tolerance: 0.1,
      expectedValue: 50,
      allowance: 10,
    });
  // An OFF_TRACK indicator makes its record at least AT_RISK.
  if (status === 'OFF_TRACK') expect(read.data.recommendation.health).toBe('AT_RISK');
});

test('DECREASE and MAINTAIN at their edges', async () => {
  const rec = await createRecommendation(s.db);
  const down = await indicatorOn(rec.code, {
    code: 'DOWN',
    direction: 'DECREASE',
    baseline: { value: 100, date: '2025-01-01', source: 't' },
    targets: [{ value: 0, dueDate: '2025-04-11' }],
  });
  const keep = await indicatorOn(rec.code, {
    code: 'KEEP',
    direction: 'MAINTAIN',
    baseline: { value: 50, date: '2025-01-01', source: 't' },
    targets: [{ value: 50, dueDate: '2025-04-11' }],
  });
  // DECREASE: at day 50 the line is 50, allowance 10: 60 is ON_TRACK.
  await record({ indicatorId: down.id, periodStart: '2025-02-01', periodEnd: '2025-02-20', value: 60 });
  // MAINTAIN: allowance 10% of 50 = 5: 55 is within; after the due date, ACHIEVED.
  await record({ indicatorId: keep.id, periodStart: '2025-04-11', periodEnd: '2025-04-11', value: 55 });
  let read = await s.exec<any>(READ, { code: rec.code });
  expect(read.data.recommendation.indicators.map((i: any) => i.status)).toEqual(['ON_TRACK', 'ACHIEVED']);
  await record({ indicatorId: down.id, periodStart: '2025-02-21', periodEnd: '2025-02-21', value: 58 }); // line 49
  await record({ indicatorId: keep.id, periodStart: '2025-04-12', periodEnd: '2025-04-12', value: 44 });
  read = await s.exec<any>(READ, { code: rec.code });
  expect(read.data.recommendation.indicators.map((i: any) => i.status)).toEqual(['ON_TRACK', 'OFF_TRACK']);
  await record({ indicatorId: down.id, periodStart: '2025-02-22', periodEnd: '2025-02-22', value: 59.5 }); // line 48
  read = await s.exec<any>(READ, { code: rec.code });
  expect(read.data.recommendation.indicators[0].status).toBe('OFF_TRACK');
});

test('a recorded value is a log entry: audit, feed, version and evidence', async () => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code);
  const res = await record({
    indicatorId: ind.id,
    periodStart: '2025-01-01',
    periodEnd: '2025-01-31',
    value: 20,
    note: 'From the ministry',
    evidenceUrls: ['https://example.gov.cn/smart'],
    expectedVersion: ind.version,
  });
  expect(res.errors).toBeUndefined();
  expect(res.data.recordIndicatorValue.indicator.version).toBe(ind.version + 1);
  expect(res.data.recordIndicatorValue.value.logEntry.note).toContain('Smart factories (智能工厂): 20 factories');
  const audit = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'recordIndicatorValue' } });
  expect(audit).toMatchObject({ changeKind: 'recordIndicatorValue', webhookEvent: 'INDICATOR_VALUE_RECORDED' });
  expect(audit.progressUpdateId).not.toBeNull();
  expect(await s.db.changeEvent.count({ where: { kind: 'recordIndicatorValue' } })).toBe(1);
  expect(await s.db.evidence.count({ where: { progressUpdateId: audit.progressUpdateId! } })).toBe(1);
});

test('refusals: BAD_USER_INPUT with the field, CONFLICT with the version, and nothing written', async () => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code, { max: 200 });
  await record({ indicatorId: ind.id, periodStart: '2025-01-01', periodEnd: '2025-01-31', value: 10 });
  const before = await counts();
  const base = { indicatorId: ind.id, periodStart: '2025-03-01', periodEnd: '2025-03-31', value: 20 };
  const cases: [Record<string, unknown>, string][] = [
    [{ value: 201 }, 'value'],
    [{ value: -1 }, 'value'],
    [{ periodStart: '2025-03-31', periodEnd: '2025-03-01' }, 'periodEnd'],
    [{ periodStart: '2025-01-31', periodEnd: '2025-02-10' }, 'periodStart'],
    [{ correctsId: 'nonsense' }, 'correctsId'],
  ];
  for (const [change, field] of cases) {
    const res = await record({ ...base, ...change });
    expect([errorCode(res), res.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
  }
  const nonNumeric = await record({ ...base, value: 'twenty' });
  expect(errorCode(nonNumeric)).toBe('BAD_USER_INPUT');
  const stale = await record({ ...base, expectedVersion: 1 });
  expect(errorCode(stale)).toBe('CONFLICT');
  expect(stale.errors![0].extensions!.currentVersion).toBe(ind.version + 1);
  expect(await counts()).toEqual(before);
  const early = await s.exec<any>(
    CREATE,
    {
      input: {
        recommendationCode: rec.code,
        nameZh: '甲',
        nameEn: 'A',
        unit: '%',
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 't' },
        targets: [
          { value: 5, dueDate: '2025-06-01' },
          { value: 10, dueDate: '2024-12-31' },
        ],
      },
    },
    ADMIN_TOKEN,
  );
  expect([errorCode(early), early.errors![0].extensions!.field]).toEqual(['BAD_USER_INPUT', 'targets.1.dueDate']);
  expect(await s.db.indicator.count()).toBe(1);
});

test('a correction appends, and the corrected value counts neither for overlap nor for the status', async () => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code);
  const first = await record({ indicatorId: ind.id, periodStart: '2025-02-01', periodEnd: '2025-02-20', value: 20 });
  const fix = await record({
    indicatorId: ind.id,
    periodStart: '2025-02-01',
    periodEnd: '2025-02-20',
    value: 45,
    correctsId: first.data.recordIndicatorValue.value.id,
  });
  expect(fix.errors).toBeUndefined();
  const read = await s.exec<any>(READ, { code: rec.code });
  const [i] = read.data.recommendation.indicators;
  expect(i.latestValue.value).toBe(45);
  expect(i.status).toBe('ON_TRACK');
  expect(i.values.edges.map((e: any) => [e.node.value, e.node.corrected])).toEqual([
    [45, false],
    [20, true],
  ]);
  // The corrected value cannot be corrected again, nor its period taken by a new value.
  const again = await record({
    indicatorId: ind.id,
    periodStart: '2025-02-01',
    periodEnd: '2025-02-20',
    value: 46,
    correctsId: first.data.recordIndicatorValue.value.id,
  });
  expect(again.errors![0].extensions!.field).toBe('correctsId');
});

test('a value that meets a target goes to review, and approving it records it', async () => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code);
  const analyst = await createUserWithToken(s.db, 'ANALYST');
  const reviewer = await createUserWithToken(s.db, 'REVIEWER');
  const below = await record(
    { indicatorId: ind.id, periodStart: '2025-01-01', periodEnd: '2025-01-31', value: 50 },
    analyst.token,
  );
  expect(below.data.recordIndicatorValue.proposal).toBeNull();
  const met = await record(
    { indicatorId: ind.id, periodStart: '2025-03-01', periodEnd: '2025-03-31', value: 100 },
    analyst.token,
  );
  expect(met.errors).toBeUndefined();
  expect(met.data.recordIndicatorValue.value).toBeNull();
  expect(met.data.recordIndicatorValue.proposal.indicatorValue).toEqual({ value: 100, periodEnd: '2025-03-31' });
  expect(await s.db.indicatorValue.count()).toBe(1);
  expect(await s.db.changeEvent.count({ where: { kind: 'recordIndicatorValue' } })).toBe(1);
  const { version } = (await s.exec<any>(READ, { code: rec.code })).data.recommendation;
  const approved = await s.exec<any>(
    /* GraphQL */ `
      mutation Approve($input: ApproveProposalInput!) {
        approveProposal(input: $input) {
          proposal {
            state
            update {
              note
            }
          }
        }
      }
    `,
    { input: { id: met.data.recordIndicatorValue.proposal.id, expectedVersion: version } },
    reviewer.token,
  );
  expect(approved.errors).toBeUndefined();
  expect(approved.data.approveProposal.proposal.state).toBe('APPROVED');
  const read = await s.exec<any>(READ, { code: rec.code });
  expect(read.data.recommendation.indicators[0].status).toBe('ACHIEVED');
  const value = await s.db.indicatorValue.findFirstOrThrow({ where: { value: 100 } });
  expect(value.recordedByName).toBe(analyst.user.name);
  expect(
    await s.db.auditEntry.count({ where: { operation: 'approveIndicatorValue', changeKind: 'recordIndicatorValue' } }),
  ).toBe(1);
});

test('status and definition as of a past date reproduce exactly after later changes', async () => {
  const rec = await createRecommendation(s.db);
  const ind = await indicatorOn(rec.code);
  await record({ indicatorId: ind.id, periodStart: '2025-02-01', periodEnd: '2025-02-20', value: 45 });
  // Everything so far was written on 2026-01-10.
  const backdate = new Date('2026-01-10T12:00:00Z');
  await s.db.indicatorRevision.updateMany({ data: { createdAt: backdate } });
  await s.db.indicatorValue.updateMany({ data: { recordedAt: backdate } });
  const past = await s.exec<any>(READ, { code: rec.code, asOf: '2026-01-10' });
  expect(past.errors).toBeUndefined();
  // Later: a lower value, and a harder target.
  await record({ indicatorId: ind.id, periodStart: '2025-02-21', periodEnd: '2025-03-01', value: 30 });
  const current = await s.db.indicator.findFirstOrThrow();
  const upd = await s.exec<any>(
    /* GraphQL */ `
      mutation U($input: UpdateIndicatorInput!) {
        updateIndicator(input: $input) {
          version
          targets {
            value
          }
        }
      }
    `,
    { input: { id: ind.id, expectedVersion: current.version, targets: [{ value: 200, dueDate: '2025-04-11' }] } },
    ADMIN_TOKEN,
  );
  expect(upd.errors).toBeUndefined();
  const now = await s.exec<any>(READ, { code: rec.code });
  expect(now.data.recommendation.indicators[0].status).toBe('OFF_TRACK');
  expect(now.data.recommendation.indicators[0].targets).toEqual([{ value: 200 }]);
  const again = await s.exec<any>(READ, { code: rec.code, asOf: '2026-01-10' });
  expect(again.data.recommendation.indicators).toEqual(past.data.recommendation.indicators);
  expect(again.data.recommendation.indicators[0]).toMatchObject({ status: 'ON_TRACK', targets: [{ value: 100 }] });
  // Before the indicator existed, the record had none.
  const before = await s.exec<any>(READ, { code: rec.code, asOf: '2026-01-09' });
  expect(before.data.recommendation.indicators).toEqual([]);
});
