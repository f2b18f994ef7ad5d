// Keeps docs/analyst-session.md true: runs its GraphQL blocks, in order, against the freshly seeded catalog.
// A ```json block right after a ```graphql block holds that operation's variables.
import { seedCatalog } from '../../prisma/seed';
import { runAnalystSession, SESSION_EXAMPLES } from '../helpers/documentedSessions';
import { expectAnalystSessionResults } from '../helpers/documentedResults';
import { useTestServer } from '../helpers/testServer';
import { globalId } from '../helpers/globalIds';

const s = useTestServer();

it('runs every operation of the analyst session, with the results the doc shows', async () => {
  await seedCatalog(s.db);
  expect(SESSION_EXAMPLES.map((x) => x.name)).toEqual([
    'CreateAnalyst',
    'IssueAnalystToken',
    'SandboxMeasures',
    'LogDraftRules',
    'LogPilotLaunch',
    'CorrectPilotCities',
    'IllegalMove',
    'NameOwners',
    'SetDeadline',
    'SlipDeadline',
    'OwnedByTheCac',
    'SandboxDashboard',
    'SandboxIncidentsOnFirstOctober',
    'InProgressOnFirstOctober',
    'SandboxBeforeItAllStarted',
  ]);
  const results = await runAnalystSession(s);
  expectAnalystSessionResults(results);
  // On a fresh server the entry ids are those the doc shows, so its correction's literal id is right as pasted.
  const entryId = (name: string) => (results.get(name)!.data as any).logProgress.update.id;
  expect([entryId('LogDraftRules'), entryId('LogPilotLaunch')]).toEqual([
    globalId('ProgressUpdate', 1),
    globalId('ProgressUpdate', 2),
  ]);
  const correction = SESSION_EXAMPLES.find((x) => x.name === 'CorrectPilotCities');
  expect(correction?.kind === 'graphql' && correction.variables?.input.correctsId).toBe(globalId('ProgressUpdate', 2));
});
