// Keeps the README's examples true: every ```graphql block runs as one document and every curl block runs in
// bash, in document order, on one seeded database; and the README and docs/analyst-session.md, followed one
// after the other on the same server, in either order, get in each other's way nowhere.
import { seedCatalog } from '../../prisma/seed';
import { README_EXAMPLES, runAnalystSession, runReadme, useListeningHost } from '../helpers/documentedSessions';
import { expectAnalystSessionResults, expectReadmeResults } from '../helpers/documentedResults';
import { useTestServer } from '../helpers/testServer';

describe('the README alone', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('holds one named operation a GraphQL block, and curl commands that send named operations too', () => {
    expect(README_EXAMPLES.map((x) => `${x.kind} ${x.name}`)).toEqual([
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
    expectReadmeResults(await runReadme(s, listening.host));
  });
});

describe('the README, then the analyst session, on one server', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('runs both with no CONFLICT or other error, each with the results it shows', async () => {
    await seedCatalog(s.db);
    const readme = await runReadme(s, listening.host);
    const session = await runAnalystSession(s);
    expectReadmeResults(readme);
    expectAnalystSessionResults(session);
  });
});

describe('the analyst session, then the README, on one server', () => {
  const s = useTestServer();
  const listening = useListeningHost(s);

  it('runs both with no CONFLICT or other error, each with the results it shows', async () => {
    await seedCatalog(s.db);
    const session = await runAnalystSession(s);
    const readme = await runReadme(s, listening.host);
    expectAnalystSessionResults(session);
    expectReadmeResults(readme);
  });
});
