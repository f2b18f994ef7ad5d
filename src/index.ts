// The only file with side effects: it takes the HTTP port, picks the database (embedded by default),
// migrates, seeds, serves, and drains on SIGTERM or SIGINT so that no accepted write is lost.
import http from 'node:http';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger } from './logger';
import { createPrismaClient, type Db } from './db/client';
import { assertDatabaseReachable } from './db/databaseCheck';
import { StartupError } from './errors';
import { migrateDeploy } from './db/migrate';
import { startEmbeddedPostgres, type EmbeddedHandle } from './db/embedded/embeddedPostgres';
import { createApp } from './http/createApp';
import { createFirstAdmin } from './domain/access/signInLinks';
import { startJobWorker } from './domain/jobs/worker';
import { jobCrontab, jobTasks } from './domain/registry/jobRegistry';
import { seedCatalog } from '../prisma/seed';

/** What has been started so far, stopped in reverse order by whichever comes first: a signal or a failure. */
const running: {
  httpServer?: http.Server;
  stopApp?: () => Promise<void>;
  stopJobs?: () => Promise<void>;
  db?: Db;
  embedded?: EmbeddedHandle;
} = {};

async function main(config: Config, log: Logger) {
  const httpServer = await takePort(config);
  running.httpServer = httpServer;
  const databaseUrl = await openDatabase(config, log);
  await migrateDeploy(databaseUrl);
  const db = createPrismaClient(databaseUrl, {
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.dbStatementTimeoutMs,
  });
  running.db = db;
  log.info(await seedCatalog(db), 'catalog seeded');
  const firstAdmin =
    running.embedded && !config.adminToken && !config.isProduction ? await createFirstAdmin(db, config) : null;

  // In-flight requests get SHUTDOWN_GRACE_MS to finish after SIGTERM; the rest are cut off after that.
  const app = await createApp({ config, db, log, httpServer });
  running.stopApp = () => app.stop();
  await app.serveSubscriptions(httpServer, databaseUrl);
  // Only this listener: the drain plugin counts in-flight requests through a 'request' listener of its own.
  httpServer.off('request', answerStarting);
  httpServer.on('request', app.handler);
  if (config.jobs.worker) {
    const deps = { db, config, log };
    const jobs = { tasks: jobTasks(deps), crontab: jobCrontab(config) };
    running.stopJobs = (await startJobWorker({ ...deps, databaseUrl, ...jobs })).stop;
  }
  const port = (httpServer.address() as { port: number }).port;
  log.info({ port }, 'ready');
  announce(config, port, firstAdmin);
}

/**
 * Binds the port before anything else, so that a busy port costs one line and no migration. Until the app is
 * ready, every request (probes included) is told the server is starting.
 */
const answerStarting: http.RequestListener = (_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"status":"starting"}');
};

function takePort(config: Config): Promise<http.Server> {
  const server = http.createServer(answerStarting);
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE')
        reject(new StartupError(`Port ${config.port} is already in use; stop what listens there or set PORT.`));
      else if (err.code === 'EACCES')
        reject(new StartupError(`Port ${config.port} needs privileges this user lacks; set PORT above 1023.`));
      else reject(err);
    });
    server.listen(config.port, config.host, () => resolve(server));
  });
}

async function openDatabase(config: Config, log: Logger): Promise<string> {
  if (config.databaseUrl) {
    await assertDatabaseReachable(config.databaseUrl);
    return config.databaseUrl;
  }
  log.info({ dir: config.embedded.dir, port: config.embedded.port }, 'no DATABASE_URL: starting embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({ dir: config.embedded.dir, port: config.embedded.port });
  running.embedded = embedded;
  if (embedded.mode === 'adopted')
    log.warn({ pid: embedded.pid }, 'reusing the embedded PostgreSQL that a previous start left running');
  return embedded.url;
}

/** For the person at the terminal, on stderr: the structured log (stdout) never carries the link. */
function announce(config: Config, port: number, firstAdmin: { name: string; link: string } | null) {
  const base = `http://localhost:${port}`;
  const lines = [`GraphQL API   ${base}/graphql`];
  lines.push(
    config.playground ? `Playground    ${base}/playground/` : 'Playground    off (PLAYGROUND=true turns it on)',
  );
  lines.push(`Console       ${base}/admin/`);
  if (config.publicSite.enabled) lines.push(`Public site   ${base}/en/ and ${base}/zh/`);
  if (firstAdmin) {
    lines.push(
      '',
      `First start: created the admin user "${firstAdmin.name}". Open this link once, within a day, to sign in and`,
      'choose its password (it is shown only now; only a hash is kept):',
      `  ${base}/auth/link/${firstAdmin.link}`,
      'Tokens for programs: npm run token -- --name <user> --role viewer|analyst|admin',
    );
  }
  process.stderr.write(`\n${lines.join('\n')}\n\n`);
}

let stopping = false;

/** Stops whatever has been started, newest first; Apollo's stop drains in-flight requests first. */
async function stopAll() {
  try {
    if (running.stopApp) await running.stopApp();
    else await new Promise((resolve) => (running.httpServer ? running.httpServer.close(resolve) : resolve(undefined)));
    // After the requests: a job that is running finishes, or goes back to the queue for another instance.
    await running.stopJobs?.();
    await running.db?.$disconnect();
  } finally {
    await running.embedded?.stop();
  }
}

async function shutdown(config: Config, log: Logger, signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'draining in-flight requests');
  setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
  await stopAll();
  log.info('stopped');
  process.exit(0);
}

function start() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(1);
  }
  const log = createLogger(config);
  for (const warning of config.warnings) log.warn(warning);
  process.on('SIGTERM', () => void shutdown(config, log, 'SIGTERM'));
  process.on('SIGINT', () => void shutdown(config, log, 'SIGINT'));
  main(config, log).catch(async (err: unknown) => {
    // One line for the operator; the stack only at LOG_LEVEL=debug.
    console.error(
      err instanceof StartupError
        ? err.message
        : `Failed to start: ${err instanceof Error ? err.message : String(err)}`,
    );
    log.debug({ err }, 'start-up failed');
    stopping = true;
    await stopAll().catch(() => undefined);
    process.exit(1);
  });
}

start();
