// Keeps docs/analyst-session.md true: runs its GraphQL blocks, in order, against the seeded catalog.
// A ```json block right after a ```graphql block holds that operation's variables.
import fs from 'node:fs';
import path from 'node:path';
import { seedCatalog } from '../../prisma/seed';
import { ADMIN_TOKEN, useTestServer, type GqlResult } from '../helpers/testServer';
import { globalId } from '../helpers/globalIds';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'analyst-session.md'), 'utf8');

interface Step { name: string; query: string; variables?: Record<string, unknown> }

function stepsOf(markdown: string): Step[] {
  const blocks = [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
  const steps: Step[] = [];
  blocks.forEach((b, i) => {
    if (b.lang !== 'graphql') return;
    const name = /^(?:query|mutation)\s+(\w+)/m.exec(b.body)?.[1];
    if (!name) throw new Error(`An operation in the doc has no name:\n${b.body}`);
    const next = blocks[i + 1];
    const variables = next?.lang === 'json' && /^\{\s*"input"/.test(next.body) ? JSON.parse(next.body) : undefined;
    steps.push({ name, query: b.body, variables });
  });
  return steps;
}

const ADMIN_STEPS = new Set(['CreateAnalyst', 'IssueAnalystToken']);

const s = useTestServer();

it('runs every operation of the analyst session, with the results the doc shows', async () => {
  await seedCatalog(s.db);
  const steps = stepsOf(DOC);
  expect(steps.map((x) => x.name)).toEqual([
    'CreateAnalyst', 'IssueAnalystToken', 'SandboxMeasures', 'LogDraftRules', 'LogPilotLaunch', 'CorrectPilotCities', 'IllegalMove',
    'NameOwners', 'SetDeadline', 'SlipDeadline', 'OwnedByTheCac', 'SandboxDashboard',
    'SandboxIncidentsOnFirstOctober', 'InProgressOnFirstOctober', 'SandboxBeforeItAllStarted',
  ]);
  let analyst = '';
  const results: Record<string, GqlResult> = {};
  for (const step of steps) {
    const res = await s.exec(step.query, step.variables, ADMIN_STEPS.has(step.name) ? ADMIN_TOKEN : analyst);
    results[step.name] = res;
    if (step.name === 'IllegalMove') {
      expect(res.errors?.[0]).toMatchObject({
        message: 'Cannot move from IN_PROGRESS to PLANNED. Allowed next statuses: STALLED, IMPLEMENTED, ABANDONED.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    } else {
      expect({ step: step.name, errors: res.errors }).toEqual({ step: step.name, errors: undefined });
    }
    if (step.name === 'IssueAnalystToken') analyst = (res.data as any).issueToken.token;
  }
  const data = (name: string) => results[name].data as any;
  expect(data('SandboxMeasures').recommendations.totalCount).toBe(4);
  expect(data('LogDraftRules').logProgress.update).toMatchObject({ id: globalId('ProgressUpdate', 1), actor: 'li.wei', statusBefore: 'NOT_STARTED', status: 'IN_PROGRESS', progress: 30 });
  expect(data('LogPilotLaunch').logProgress.update).toMatchObject({ id: globalId('ProgressUpdate', 2), progressBefore: 30, progress: 60 });
  expect(data('CorrectPilotCities').logProgress.update).toEqual({
    note: 'Correction: the pilot covers 3 cities, not 5', progressBefore: 60, progress: 50, corrects: { id: globalId('ProgressUpdate', 2), note: 'Pilot launched in 5 cities' },
  });
  expect(data('SlipDeadline').setTargetDate.targetDateHistory).toEqual([
    { previousDate: null, newDate: '2027-06-30', reason: 'Deadline in the State Council work plan', actor: 'li.wei' },
    { previousDate: '2027-06-30', newDate: '2027-12-31', reason: 'Consultation extended by six months', actor: 'li.wei' },
  ]);
  expect(data('OwnedByTheCac').recommendations.totalCount).toBe(1);
  const dashboard = data('SandboxDashboard').summary;
  expect([dashboard.total, dashboard.averageProgress]).toEqual([4, 12.5]);
  expect(dashboard.timeSeries.map((m: { month: string; counts: { status: string; count: number }[] }) =>
    `${m.month} ${m.counts.filter((c) => c.count).map((c) => `${c.status}:${c.count}`).join(' ')}`))
    .toEqual(['2026-08 NOT_STARTED:4', '2026-09 NOT_STARTED:3 IN_PROGRESS:1', '2026-10 NOT_STARTED:3 IN_PROGRESS:1', '2026-11 NOT_STARTED:3 IN_PROGRESS:1']);
  expect(data('SandboxIncidentsOnFirstOctober').recommendation).toEqual({
    code: 'GOV-SANDBOX-03', status: 'IN_PROGRESS', progress: 30, asOf: '2026-10-01',
    updates: [{ occurredOn: '2026-09-15', note: 'Draft tiered-response rules published for comment' }],
  });
  expect(data('InProgressOnFirstOctober').recommendations).toEqual({
    totalCount: 1, edges: [{ node: { code: 'GOV-SANDBOX-03', status: 'IN_PROGRESS', progress: 30, asOf: '2026-10-01' } }],
  });
  expect(data('SandboxBeforeItAllStarted').recommendations.edges.map((e: { node: { status: string; progress: number } }) => `${e.node.status} ${e.node.progress}`))
    .toEqual(Array(4).fill('NOT_STARTED 0'));
});
