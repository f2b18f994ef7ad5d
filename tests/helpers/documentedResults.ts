// The results the README, its guides and docs/analyst-session.md show or promise. Each page works on records of
// its own, so these hold whichever page ran first on the database (entry ids, which are global, are left out).
import { readCatalog } from '../../prisma/catalogFile';
import type { GqlResult } from './testServer';

type Results = Map<string, GqlResult<any>>;
interface Month {
  month: string;
  counts: { status: string; count: number }[];
}
interface Count {
  status: string;
  count: number;
}

/** The catalog's active records, of a pillar and a theme: the counts the dashboard shows. */
const activeIn = (pillar: 'GOVERNANCE' | 'DEVELOPMENT', theme?: string) => {
  const catalog = readCatalog();
  const themes = catalog.themes.filter((t) => t.pillar === pillar && (!theme || t.code === theme)).map((t) => t.code);
  return catalog.recommendations.filter((r) => themes.includes(r.theme));
};
const dataOf = (results: Results) => (name: string) => results.get(name)?.data;
const nonZero = (counts: Count[]) =>
  counts
    .filter((c) => c.count)
    .map((c) => `${c.status}:${c.count}`)
    .join(' ');
const months = (series: Month[]) => series.map((m) => `${m.month} ${nonZero(m.counts)}`);

/** What the README's examples, docs/lifecycle.md's proposal and docs/analyst-guide.md's steps show. */
export function expectGuideResults(results: Results): void {
  const data = dataOf(results);
  expect(data('SandboxSearch').recommendations.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual([
    'GOV-SANDBOX-01',
    'GOV-SANDBOX-02',
    'GOV-SANDBOX-03',
    'GOV-SANDBOX-05',
    'GOV-SANDBOX-06',
  ]);
  const riskMonitoring = readCatalog().recommendations.find((r) => r.code === 'GOV-RISK-01')!;
  expect(data('RiskMonitoring').recommendation).toEqual({
    code: 'GOV-RISK-01',
    titleZh: riskMonitoring.titleZh,
    titleEn: riskMonitoring.titleEn,
    quote: riskMonitoring.quote,
    status: 'NOT_STARTED',
    progress: 0,
    version: 1,
    health: 'ON_TRACK',
    theme: { code: 'RISK', nameZh: '建立风险防控机制', nameEn: 'Risk prevention and control' },
    updates: [],
  });
  expect(data('RiskMonitoringVersion + LogRiskMonitoring').logProgress).toEqual({
    recommendation: { code: 'GOV-RISK-01', status: 'IN_PROGRESS', progress: 30, version: 2 },
    update: { id: expect.any(String), statusBefore: 'NOT_STARTED', status: 'IN_PROGRESS', occurredOn: '2026-11-20' },
  });
  const governance = data('GovernanceDashboard').summary;
  expect(governance.total).toBe(activeIn('GOVERNANCE').length);
  expect(
    governance.byTheme.map((t: { theme: { code: string }; total: number }) => `${t.theme.code} ${t.total}`),
  ).toEqual(['JOBS', 'LAW', 'SANDBOX', 'RISK', 'GLOBAL'].map((t) => `${t} ${activeIn('GOVERNANCE', t).length}`));
  expect(governance.recentUpdates[0]).toMatchObject({
    recommendation: { code: 'GOV-RISK-01' },
    note: 'Early-warning pilot rules published',
  });
  // A second pair of eyes: the analyst's IMPLEMENTED is only proposed.
  expect(data('ProposeRiskImplemented').logProgress).toEqual({
    recommendation: { status: 'IN_PROGRESS', version: 2 },
    update: null,
    proposal: { state: 'OPEN', proposer: 'li', status: 'IMPLEMENTED', baseVersion: 2 },
  });
  expectAnalystGuideResults(results);
}

/** docs/analyst-guide.md's six steps on GOV-LAW-02. */
function expectAnalystGuideResults(results: Results): void {
  const data = dataOf(results);
  expect(data('AlgorithmMeasures').recommendations.edges).toEqual([
    {
      node: {
        code: 'GOV-LAW-01',
        titleEn: 'A legal and regulatory framework covering algorithms, data and applications',
        status: 'NOT_STARTED',
        progress: 0,
        version: 1,
        health: 'ON_TRACK',
      },
    },
    {
      node: {
        code: 'GOV-LAW-02',
        titleEn:
          'National and industry standards for algorithm security assessment and deep-synthesis content detection',
        status: 'NOT_STARTED',
        progress: 0,
        version: 1,
        health: 'ON_TRACK',
      },
    },
  ]);
  expect(data('LogDraftStandard').logProgress).toEqual({
    recommendation: { status: 'PLANNED', progress: 10, version: 2, health: 'ON_TRACK' },
    update: { id: expect.any(String), statusBefore: 'NOT_STARTED', status: 'PLANNED', actor: 'li' },
  });
  expect(data('NameStandardOwners').setOwners).toEqual({
    owners: [
      { name: 'Cyberspace Administration of China', kind: 'REGULATOR' },
      { name: 'Ministry of Industry and Information Technology', kind: 'MINISTRY' },
    ],
    version: 3,
  });
  expect(data('SetStandardDeadline').setTargetDate).toEqual({
    targetDate: '2027-06-30',
    health: 'ON_TRACK',
    targetDateHistory: [{ previousDate: null, newDate: '2027-06-30', reason: 'Work plan fixes mid-2027', actor: 'li' }],
  });
  const law = data('LawDashboard').summary;
  // Step 2 put one LAW record at PLANNED 10; the others of the theme are untouched.
  const lawRecords = activeIn('GOVERNANCE', 'LAW').length;
  const rest = `NOT_STARTED:${lawRecords - 1} PLANNED:1`;
  expect([law.total, law.averageProgress, nonZero(law.byStatus)]).toEqual([
    lawRecords,
    Math.round((10 / lawRecords) * 10) / 10,
    rest,
  ]);
  expect(months(law.timeSeries)).toEqual([
    `2026-07 NOT_STARTED:${lawRecords}`,
    `2026-08 NOT_STARTED:${lawRecords}`,
    `2026-09 ${rest}`,
    `2026-10 ${rest}`,
    `2026-11 ${rest}`,
    `2026-12 ${rest}`,
  ]);
  expect(data('StandardOnAugust31').recommendation).toEqual({
    status: 'NOT_STARTED',
    progress: 0,
    asOf: '2026-08-31',
    updates: [],
  });
}

export function expectAnalystSessionResults(results: Results): void {
  const data = dataOf(results);
  expect(data('SandboxMeasures').recommendations.totalCount).toBe(5);
  expect(data('LogDraftRules').logProgress.update).toMatchObject({
    actor: 'li.wei',
    statusBefore: 'NOT_STARTED',
    status: 'IN_PROGRESS',
    progress: 30,
  });
  expect(data('LogPilotLaunch').logProgress.update).toMatchObject({ progressBefore: 30, progress: 60 });
  expect(data('CorrectPilotCities').logProgress.update).toEqual({
    note: 'Correction: the pilot covers 3 cities, not 5',
    progressBefore: 60,
    progress: 50,
    corrects: { id: data('LogPilotLaunch').logProgress.update.id, note: 'Pilot launched in 5 cities' },
  });
  expect(results.get('IllegalMove')!.errors?.[0]).toMatchObject({
    message: 'Cannot move from IN_PROGRESS to PLANNED. Allowed next statuses: STALLED, IMPLEMENTED, ABANDONED.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  expect(data('SlipDeadline').setTargetDate.targetDateHistory).toEqual([
    { previousDate: null, newDate: '2027-06-30', reason: 'Deadline in the State Council work plan', actor: 'li.wei' },
    {
      previousDate: '2027-06-30',
      newDate: '2027-12-31',
      reason: 'Consultation extended by six months',
      actor: 'li.wei',
    },
  ]);
  expect(data('OwnedByTheCac').recommendations.totalCount).toBe(1);
  const dashboard = data('SandboxDashboard').summary;
  expect([dashboard.total, dashboard.averageProgress, nonZero(dashboard.byStatus)]).toEqual([
    5,
    10,
    'NOT_STARTED:4 IN_PROGRESS:1',
  ]);
  expect(months(dashboard.timeSeries)).toEqual([
    '2026-08 NOT_STARTED:5',
    '2026-09 NOT_STARTED:4 IN_PROGRESS:1',
    '2026-10 NOT_STARTED:4 IN_PROGRESS:1',
    '2026-11 NOT_STARTED:4 IN_PROGRESS:1',
  ]);
  expect(data('SandboxIncidentsOnFirstOctober').recommendation).toEqual({
    code: 'GOV-SANDBOX-03',
    status: 'IN_PROGRESS',
    progress: 30,
    asOf: '2026-10-01',
    updates: [{ occurredOn: '2026-09-15', note: 'Draft tiered-response rules published for comment' }],
  });
  expect(data('InProgressOnFirstOctober').recommendations).toEqual({
    totalCount: 1,
    edges: [{ node: { code: 'GOV-SANDBOX-03', status: 'IN_PROGRESS', progress: 30, asOf: '2026-10-01' } }],
  });
  expect(
    data('SandboxBeforeItAllStarted').recommendations.edges.map(
      (e: { node: { status: string; progress: number } }) => `${e.node.status} ${e.node.progress}`,
    ),
  ).toEqual(Array(5).fill('NOT_STARTED 0'));
}
