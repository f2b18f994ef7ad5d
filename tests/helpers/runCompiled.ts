// Runs an operation anonymously with the compiled SQL path on or off, on a cleared statement log, and returns
// the result as a client would parse it: the helper of the tests that compare the two paths or count statements.
import type { TestServer } from './testServer';

export interface RunResult {
  data?: Record<string, any>;
  errors?: unknown[];
}

/** The response body's bytes, as the server would send them. */
export async function responseBytes(
  s: TestServer,
  query: string,
  variables: Record<string, unknown>,
  compiled: boolean,
): Promise<string> {
  const ctx = await s.contextFor(null);
  s.statements.length = 0;
  const out = await s.apollo.executeOperation(
    { query, variables },
    { contextValue: { ...ctx, config: { ...ctx.config, sqlCompiledLists: compiled } } },
  );
  if (out.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.stringify(out.body.singleResult);
}

export const runWithCompiledPath = async (
  s: TestServer,
  query: string,
  variables: Record<string, unknown>,
  compiled: boolean,
): Promise<RunResult> => JSON.parse(await responseBytes(s, query, variables, compiled)) as RunResult;
