// The only file with side effects: it picks the database (embedded by default), migrates, seeds,
// listens, and drains on SIGTERM so no accepted write is lost.
import http from 'node:http';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { createPrismaClient } from './db';
import { migrateDeploy } from './migrate';
import { startEmbeddedPostgres, type EmbeddedHandle } from './embedded/embeddedPostgres';
import { createServer } from './server';
import { createHttpApp } from './http';
import { seedCatalog } from '../prisma/seed';

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  let embedded: EmbeddedHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log.info({ dir: config.embedded.dir, port: config.embedded.port }, 'no DATABASE_URL: starting embedded PostgreSQL');
    embedded = await startEmbeddedPostgres({ dir: config.embedded.dir, port: config.embedded.port });
    databaseUrl = embedded.url;
  }
  await migrateDeploy(databaseUrl);
  const db = createPrismaClient(databaseUrl, { poolSize: config.dbPoolSize, statementTimeoutMs: config.dbStatementTimeoutMs });
  const seeded = await seedCatalog(db);
  log.info(seeded, 'catalog seeded');

  const httpServer = http.createServer();
  const apollo = createServer({ config, log });
  // In-flight requests get SHUTDOWN_GRACE_MS to finish after SIGTERM; the rest are cut off after that.
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }));
  await apollo.start();
  httpServer.on('request', createHttpApp({ apollo, db, config, log }));
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port }, 'ready');
  console.log(`GraphQL API ready at http://localhost:${port}/graphql${config.playground ? ` — playground at http://localhost:${port}/playground/` : ''}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'draining in-flight requests');
    const force = setTimeout(() => process.exit(1), config.shutdownGraceMs + 5_000);
    force.unref();
    await apollo.stop();
    await db.$disconnect();
    if (embedded) await embedded.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('Failed to start:', err);
  process.exit(1);
});
