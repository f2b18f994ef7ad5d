// The README's examples and docs/analyst-session.md, run on a seeded database as a reader would follow
// them, with the tokens each step needs.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { createUserWithToken } from './factories';
import { lateBound } from './lateBound';
import { examplesOf, runExamples } from './markdownExamples';
import { ADMIN_TOKEN, type GqlResult, type TestServer } from './testServer';

const read = (file: string) => fs.readFileSync(`${__dirname}/../../${file}`, 'utf8');

/** Every ```graphql block of the README and every ```bash block that calls curl, in document order. */
export const README_EXAMPLES = examplesOf(read('README.md'));

/** The walk-through's GraphQL blocks (its curl commands repeat them, and create the analyst a second time). */
export const SESSION_EXAMPLES = examplesOf(read('docs/analyst-session.md')).filter((e) => e.kind === 'graphql');

const SESSION_ADMIN_STEPS = new Set(['CreateAnalyst', 'IssueAnalystToken']);

type Results = Map<string, GqlResult<any>>;

/** The README's examples: reads with no token, writes as the analyst "li", curl with $ADMIN_TOKEN and $TOKEN. */
export async function runReadme(s: TestServer, host: string): Promise<Results> {
  const { token } = await createUserWithToken(s.db, 'ANALYST', 'li');
  return runExamples(s, README_EXAMPLES, {
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

/** `host:port` of the app listening on loopback, for the README's curl commands; open for the file's tests. */
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
