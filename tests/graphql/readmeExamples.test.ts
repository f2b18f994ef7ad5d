// Keeps the examples of the README and its guides true: every ```graphql block runs as one document and every
// curl block runs in bash, page after page (GUIDE_PAGES) in document order, on one seeded database; and those
// pages and docs/analyst-session.md, followed one after the other on the same server, in either order, get in
// each other's way nowhere. Which pages have examples at all: tests/docs/examplePages.test.ts.
import { seedCatalog } from '../../prisma/seed';
import { GUIDE_EXAMPLES, runAnalystSession, runGuides, useListeningHost } from '../helpers/documentedSessions';
import { expectAnalystSessionResults, expectGuideResults } from '../helpers/documentedResults';
import { useTestServer } from '../helpers/testServer';

describe('the README and its guides alone', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('holds one named operation a GraphQL block, and curl commands that send named operations too', () => {
    expect(GUIDE_EXAMPLES.map((x) => `${x.kind} ${x.name}`)).toEqual([
      'shell SandboxSearch',
      'graphql RiskMonitoring',
      'shell RiskMonitoringVersion + LogRiskMonitoring',
      'graphql GovernanceDashboard',
      'graphql AlgorithmMeasures',
      'graphql LogDraftStandard',
      'graphql NameStandardOwners',
      'graphql SetStandardDeadline',
      'graphql LawDashboard',
      'graphql StandardOnAugust31',
      'graphql MiitInTheUpdates',
      'graphql SandboxSynonym',
      'graphql LastFiveUpdated',
      'graphql RefetchByGlobalId',
      'graphql LatestChanges',
      'graphql FollowSandbox',
      'graphql ProposeRiskImplemented',
    ]);
  });

  it('runs every example block as pasted, with no error and the results it describes', async () => {
    await seedCatalog(s.db);
    expectGuideResults(await runGuides(s, listening.host));
  });
});

describe('the README and its guides, then the analyst session, on one server', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('runs both with no CONFLICT or other error, each with the results it shows', async () => {
    await seedCatalog(s.db);
    const guides = await runGuides(s, listening.host);
    const session = await runAnalystSession(s);
    expectGuideResults(guides);
    expectAnalystSessionResults(session);
  });
});

describe('the analyst session, then the README and its guides, on one server', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('runs both with no CONFLICT or other error, each with the results it shows', async () => {
    await seedCatalog(s.db);
    const session = await runAnalystSession(s);
    const guides = await runGuides(s, listening.host);
    expectAnalystSessionResults(session);
    expectGuideResults(guides);
  });
});
