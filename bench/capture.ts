// The prepared floor's statement: L run once through our app in-process, with every statement it sends
// captured (the handle's onQuery, as bench/explain.ts does). The one that builds the response body is the
// compiled path's (src/graphql/compiledQuery), text and values exactly as our server sends them.
import { createPrismaClient } from '../src/db/client';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApp } from '../src/http/createApp';
import { OURS_L } from './operations';

export async function captureCompiledL(databaseUrl: string): Promise<{ text: string; values: unknown[] }> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
  const captured: { text: string; values: unknown[] }[] = [];
  const db = createPrismaClient(databaseUrl, { onQuery: (text, values) => captured.push({ text, values }) });
  const app = await createApp({ db, config, log: createLogger(config) });
  try {
    await app.apollo.executeOperation({ query: OURS_L }, { contextValue: await app.contextFor() });
  } finally {
    await app.stop();
    await db.$disconnect();
  }
  const compiled = captured.filter((s) => /\bAS\s+"?body"?/i.test(s.text));
  if (compiled.length !== 1)
    throw new Error(
      `L sent ${captured.length} statements, ${compiled.length} of them a body: is the compiled path off?`,
    );
  return compiled[0];
}
