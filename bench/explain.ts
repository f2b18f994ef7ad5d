// `npx tsx bench/explain.ts`: runs L and S once through our server in-process, captures every statement
// it sends (Prisma's query events and the raw pool's, with parameters), and prints EXPLAIN (ANALYZE, BUFFERS) for each, then for the
// floor's two statements. The source of the plans in docs/performance.md.
import { Client } from 'pg';
import { createPrismaClient } from '../src/db/client';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApp } from '../src/http/createApp';
import { prepareDataset, startBenchServer } from './database';
import { OURS_L, OURS_S } from './operations';
import { FLOOR_L, FLOOR_S } from './floorSql';

async function explain(pg: Client, title: string, sql: string, params: unknown[] = []) {
  // Prisma's placeholders are $1…$n like pg's, so the captured text runs as it is.
  const plan = await pg.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
  console.log(
    `\n### ${title}\n\n\`\`\`sql\n${sql.trim()}\n\`\`\`\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\``,
  );
}

async function main() {
  const server = await startBenchServer();
  const { url } = await prepareDataset(
    server.serverUrl,
    { recommendations: 10_000, updates: 200_000 },
    'tracker_bench',
    () => undefined,
  );
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url });
  const captured: { sql: string; params: unknown[] }[] = [];
  const db = createPrismaClient(url, { onQuery: (sql, params) => captured.push({ sql, params }) });
  const app = await createApp({ db, config, log: createLogger(config) });
  const pg = new Client({ connectionString: url });
  await pg.connect();
  for (const [name, query] of [
    ['L', OURS_L],
    ['S', OURS_S],
  ] as const) {
    captured.length = 0;
    await app.apollo.executeOperation({ query }, { contextValue: await app.contextFor() });
    console.log(`\n## ${name} on our server: ${captured.length} statements (a first, uncached request)`);
    for (const [i, s] of captured.entries()) await explain(pg, `${name}, statement ${i + 1}`, s.sql, s.params);
  }
  console.log('\n## The floor');
  await explain(pg, 'L, floor', FLOOR_L);
  await explain(pg, 'S, floor', FLOOR_S);
  await pg.end();
  await app.stop();
  await db.$disconnect();
  await server.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
