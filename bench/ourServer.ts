// Contender (a): our server, built by createApp as src/index.ts does (subscriptions on the same HTTP server,
// fed by their LISTEN connection), without the embedded database, migrations, seeding or the job worker (the
// benchmark prepares the database). Listens on loopback and prints
// "ready <port>". With BENCH_QUERY_STATS=<file> it writes per-statement counts and times from Prisma's
// query events at exit: the evidence for where a request's database time goes.
import fs from 'node:fs';
import http from 'node:http';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createPrismaClient } from '../src/db/client';
import { createApp } from '../src/http/createApp';

const statsFile = process.env.BENCH_QUERY_STATS;
const stats = new Map<string, { count: number }>();
const onQuery = statsFile
  ? (sql: string) => {
      const key = sql.replace(/\s+/g, ' ').slice(0, 300);
      stats.set(key, { count: (stats.get(key)?.count ?? 0) + 1 });
    }
  : undefined;

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  const db = createPrismaClient(config.databaseUrl!, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.dbStatementTimeoutMs,
    onQuery,
  });
  const server = http.createServer();
  const app = await createApp({ db, config, log, httpServer: server });
  server.on('request', app.handler);
  await new Promise<void>((resolve) => server.listen(config.port, '127.0.0.1', resolve));
  await app.serveSubscriptions(server, config.databaseUrl!);
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : config.port}`);

  const stop = async () => {
    server.close();
    await app.stop();
    await db.$disconnect();
    if (statsFile)
      fs.writeFileSync(
        statsFile,
        JSON.stringify(
          [...stats].sort((a, b) => b[1].count - a[1].count),
          null,
          2,
        ),
      );
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
