// The examples of the README and its guides, and docs/analyst-session.md, run on a seeded database as a
// reader would follow them, with the tokens each step needs.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createUserWithToken } from './factories';
import { lateBound } from './lateBound';
import { examplesOf, runExamples } from './markdownExamples';
import { ADMIN_TOKEN, type GqlResult, type TestServer } from './testServer';

const read = (file: string) => fs.readFileSync(`${__dirname}/../../${file}`, 'utf8');

/**
 * The pages whose examples a reader follows one after the other, from the README on: each guide's examples
 * build on the earlier pages' (the lifecycle's proposal on the README's logged progress, for one).
 */
export const GUIDE_PAGES = [
  'README.md',
  'docs/analyst-guide.md',
  'docs/api.md',
  'docs/notifications.md',
  'docs/lifecycle.md',
];

/** The walk-through, which works on a record of its own and runs on its own. */
export const SESSION_PAGE = 'docs/analyst-session.md';

/** Every ```graphql block of those pages and every ```bash block that calls curl, page by page, in order. */
export const GUIDE_EXAMPLES = GUIDE_PAGES.flatMap((page) => examplesOf(read(page)));

/** The walk-through's GraphQL blocks (its curl commands repeat them, and create the analyst a second time). */
export const SESSION_EXAMPLES = examplesOf(read(SESSION_PAGE)).filter((e) => e.kind === 'graphql');

const SESSION_ADMIN_STEPS = new Set(['CreateAnalyst', 'IssueAnalystToken']);

type Results = Map<string, GqlResult<any>>;

/** The guides' examples: reads with no token, writes as the analyst "li", curl with $ADMIN_TOKEN and $TOKEN. */
export async function runGuides(s: TestServer, host: string): Promise<Results> {
  const { token } = await createUserWithToken(s.db, 'ANALYST', 'li');
  return runExamples(s, GUIDE_EXAMPLES, {
    tokenFor: (example) => (example.mutation ? token : null),
    shell: { host, env: { ADMIN_TOKEN, TOKEN: token } },
  });
}

/**
 * The walk-through: the admin creates li.wei and issues the token every later step uses. The correction
 * points at "the id LogPilotLaunch returned", as the doc says (its "2" is that id on a fresh server).
 */
export async function runAnalystSession(s: TestServer): Promise<Results> {
  const data = (results: Results, name: string) => results.get(name)?.data;
  return runExamples(s, SESSION_EXAMPLES, {
    tokenFor: (example, results) =>
      SESSION_ADMIN_STEPS.has(example.name) ? ADMIN_TOKEN : data(results, 'IssueAnalystToken')?.issueToken.token,
    variablesFor: (example, results) =>
      example.name === 'CorrectPilotCities'
        ? { input: { ...example.variables?.input, correctsId: data(results, 'LogPilotLaunch')?.logProgress.update.id } }
        : example.variables,
    failing: new Set(['IllegalMove']),
  });
}

/** `host:port` of the app listening on loopback, for the guides' curl commands; open for the file's tests. */
export function useListeningHost(s: { http: Express }): { host: string } {
  let server: http.Server | undefined;
  let host: string | undefined;
  beforeAll(async () => {
    server = http.createServer(s.http);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return lateBound(() => (host ? { host } : undefined), 'the listening host');
}
