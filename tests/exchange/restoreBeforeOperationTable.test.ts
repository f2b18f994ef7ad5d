// A backup taken before audit entries recorded their facts (fixtures/backup-before-operation-table.json, written by
// that code's takeBackup) restores with the facts derived by the rule of that time: which entries are changes, of
// what kind, with which log entry, and which webhook event each is. The feed and the webhooks' fan-out then read
// them as they read a new entry's.
import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '../../src/db/backup';
import { fanOutWebhooks } from '../../src/domain/webhooks/fanOut';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';

const s = useTestServer({ reset: true });

const FIXTURE = path.join(__dirname, 'fixtures/backup-before-operation-table.json');
const CHANGES = `query Changes { changes(first: 50) { edges { node {
  kind actorName summaryEn summaryZh recommendation { code } progressUpdate { note } } } } }`;
const HOOK = `mutation Hook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;

const restoreFixture = () => restoreBackup(s.db, JSON.parse(fs.readFileSync(FIXTURE, 'utf8')), { force: true });

it('derives each old audit entry’s change, record, log entry and webhook event', async () => {
  const { verified } = await restoreFixture();
  expect(verified).toBe(true);
  const facts = await s.db.$queryRaw<unknown[]>`
    SELECT a.operation, r.code, a."changeKind", u.note, a."webhookEvent"::text AS event
    FROM "AuditEntry" a LEFT JOIN "Recommendation" r ON r.id = a."recommendationId"
      LEFT JOIN "ProgressUpdate" u ON u.id = a."progressUpdateId"
    ORDER BY a.id`;
  const past = (code: string) => `GOV-PAST-0${code}`;
  expect(facts).toEqual([
    {
      operation: 'createRecommendation',
      code: past('1'),
      changeKind: 'createRecommendation',
      note: null,
      event: 'RECOMMENDATION_CHANGED',
    },
    {
      operation: 'createRecommendation',
      code: past('2'),
      changeKind: 'createRecommendation',
      note: null,
      event: 'RECOMMENDATION_CHANGED',
    },
    { operation: 'logProgress', code: past('1'), changeKind: 'logProgress', note: 'At 40%', event: 'PROGRESS_LOGGED' },
    // An entry that went to review was no change, and its approval is the entry's change.
    { operation: 'logProgress', code: past('1'), changeKind: null, note: null, event: null },
    {
      operation: 'approveProposal',
      code: past('1'),
      changeKind: 'logProgress',
      note: 'At 100%',
      event: 'PROGRESS_LOGGED',
    },
    { operation: 'logProgress', code: past('2'), changeKind: 'logProgress', note: 'At 20%', event: 'PROGRESS_LOGGED' },
    { operation: 'logProgress', code: past('2'), changeKind: null, note: null, event: null },
    { operation: 'rejectProposal', code: past('2'), changeKind: 'rejectProposal', note: null, event: null },
    {
      operation: 'setTargetDate',
      code: past('2'),
      changeKind: 'setTargetDate',
      note: null,
      event: 'TARGET_DATE_CHANGED',
    },
    { operation: 'setOwners', code: past('2'), changeKind: 'setOwners', note: null, event: 'OWNERS_CHANGED' },
    {
      operation: 'updateRecommendation',
      code: past('2'),
      changeKind: 'updateRecommendation',
      note: null,
      event: 'RECOMMENDATION_CHANGED',
    },
    {
      operation: 'archiveRecommendation',
      code: past('2'),
      changeKind: 'archiveRecommendation',
      note: null,
      event: 'RECOMMENDATION_CHANGED',
    },
    {
      operation: 'restoreRecommendation',
      code: past('2'),
      changeKind: 'restoreRecommendation',
      note: null,
      event: 'RECOMMENDATION_CHANGED',
    },
    // A script's own entry: a change of its own name, and no event.
    { operation: 'scriptEdit', code: past('1'), changeKind: 'scriptEdit', note: null, event: null },
  ]);
});

it('lists the old trail’s changes on the feed, an approved entry as a logged one', async () => {
  await restoreFixture();
  const page = await s.exec(CHANGES as never, {}, ADMIN_TOKEN);
  const nodes = (page.data as { changes: { edges: { node: Record<string, unknown> }[] } }).changes.edges.map(
    (e) => e.node,
  );
  expect(
    nodes.map((n) => [n.kind, (n.recommendation as { code: string }).code, n.summaryEn, n.progressUpdate]),
  ).toEqual([
    ['createRecommendation', 'GOV-PAST-01', 'Recommendation added', null],
    ['createRecommendation', 'GOV-PAST-02', 'Recommendation added', null],
    ['logProgress', 'GOV-PAST-01', 'Progress logged: IN_PROGRESS, 40%', { note: 'At 40%' }],
    ['logProgress', 'GOV-PAST-01', 'Progress logged: IMPLEMENTED, 100%', { note: 'At 100%' }],
    ['logProgress', 'GOV-PAST-02', 'Progress logged: IN_PROGRESS, 20%', { note: 'At 20%' }],
    ['rejectProposal', 'GOV-PAST-02', 'Proposal rejected', null],
    ['setTargetDate', 'GOV-PAST-02', 'Target date changed', null],
    ['setOwners', 'GOV-PAST-02', 'Owners changed', null],
    ['updateRecommendation', 'GOV-PAST-02', 'Recommendation edited', null],
    ['archiveRecommendation', 'GOV-PAST-02', 'Archived', null],
    ['restoreRecommendation', 'GOV-PAST-02', 'Restored', null],
    ['scriptEdit', 'GOV-PAST-01', 'scriptEdit', null],
  ]);
});

it('fans an old approval out as progress.logged with its entry, and an old opened proposal as nothing', async () => {
  await restoreFixture();
  // A literal public address: registration resolves nothing, and no delivery is attempted here.
  const hook = await s.exec(
    HOOK as never,
    { input: { url: 'https://93.184.216.34/hooks', events: ['PROGRESS_LOGGED', 'RECOMMENDATION_CHANGED'] } } as never,
    ADMIN_TOKEN,
  );
  expect(hook.errors).toBeUndefined();
  const opened = await s.db.auditEntry.findFirstOrThrow({
    where: { operation: 'logProgress', after: { path: ['proposalId'], equals: 1 } },
  });
  const approval = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'approveProposal' } });
  const deps = { db: s.db, config: s.config };
  await fanOutWebhooks(deps, opened.id);
  await fanOutWebhooks(deps, approval.id);
  const deliveries = await s.db.webhookDelivery.findMany();
  expect(
    deliveries.map((d) => {
      const body = JSON.parse(d.payload) as {
        type: string;
        data: { change: { operation: string }; update: { note: string } };
      };
      return {
        auditEntryId: d.auditEntryId,
        event: d.event,
        type: body.type,
        operation: body.data.change.operation,
        note: body.data.update.note,
      };
    }),
  ).toEqual([
    {
      auditEntryId: approval.id,
      event: 'PROGRESS_LOGGED',
      type: 'progress.logged',
      operation: 'approveProposal',
      note: 'At 100%',
    },
  ]);
});
