// `npm run token -- --name alice --role admin`: creates the account if needed and prints a new API token
// alone on the last line of stdout, so scripts can capture it with `| tail -n1`. Everything else goes to
// stderr. Like src/index.ts it uses DATABASE_URL, or the embedded default: the cluster of a server that is
// running (sharing its data), or one it starts and afterwards stops.
import { ConfigError, loadConfig } from '../config';
import { createPrismaClient } from '../db/client';
import { assertDatabaseReachable } from '../db/databaseCheck';
import { DomainError, StartupError } from '../errors';
import { migrateDeploy } from '../db/migrate';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../db/embedded/embeddedPostgres';
import { bootstrapToken } from '../domain/users';
import { parseTokenArgs, UsageError } from './tokenArgs';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const args = parseTokenArgs(process.argv.slice(2));
  const config = loadConfig();
  let embedded: EmbeddedHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dir: config.embedded.dir,
      port: config.embedded.port,
      joinLiveOwner: true,
    });
    const whose = embedded.mode === 'joined' ? "the running server's" : 'the';
    console.error(`No DATABASE_URL: using ${whose} embedded PostgreSQL in ${config.embedded.dir}.`);
    databaseUrl = embedded.url;
  } else {
    await assertDatabaseReachable(databaseUrl);
  }
  const db = createPrismaClient(databaseUrl, { poolSize: 1 });
  try {
    await migrateDeploy(databaseUrl);
    const expiresAt = args.expiresInDays ? new Date(Date.now() + args.expiresInDays * DAY_MS) : null;
    const issued = await bootstrapToken(db, { ...args, expiresAt });
    if (issued.created) console.error(`Created user ${args.name} (${args.role}).`);
    else if (issued.previousRole !== args.role)
      console.error(`Changed the role of ${args.name} from ${issued.previousRole} to ${args.role}.`);
    console.error(
      `Issued token "${args.label}" for ${args.name}${expiresAt ? `, expiring ${expiresAt.toISOString()}` : ', with no expiry'}.`,
    );
    console.error('The token is shown once; only its hash is stored:');
    process.stdout.write(`${issued.token}\n`);
  } finally {
    await db.$disconnect();
    if (embedded) await embedded.stop();
  }
}

main().catch((err: unknown) => {
  // Mistakes of the caller (flags, configuration, a role change without --change-role) exit 2; the rest 1.
  if (err instanceof UsageError || err instanceof ConfigError || err instanceof DomainError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(
    err instanceof StartupError ? err.message : `token: failed: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
