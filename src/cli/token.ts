// `npm run token -- --name alice --role admin`: creates the account if needed and prints a new API token
// alone on the last line of stdout, so scripts can capture it with `| tail -n1`. Everything else goes to
// stderr. Like src/index.ts it uses DATABASE_URL, or the embedded default: the cluster of a server that is
// running (sharing its data), or one it starts and afterwards stops.
import { bootstrapToken } from '../domain/access/users';
import { runCli, withSession } from './session';
import { parseTokenArgs } from './tokenArgs';

const DAY_MS = 86_400_000;

// Mistakes of the caller (flags, configuration, a role change without --change-role) exit 2; the rest 1.
runCli('token', async () => {
  const args = parseTokenArgs(process.argv.slice(2));
  await withSession(
    async ({ db }) => {
      const expiresAt = args.expiresInDays ? new Date(Date.now() + args.expiresInDays * DAY_MS) : null;
      const issued = await bootstrapToken(db, { ...args, expiresAt });
      if (issued.created) console.error(`Created user ${args.name} (${args.role}).`);
      else if (issued.previousRole !== args.role)
        console.error(`Changed the role of ${args.name} from ${issued.previousRole} to ${args.role}.`);
      const expiry = expiresAt ? `, expiring ${expiresAt.toISOString()}` : ', with no expiry';
      console.error(`Issued token "${args.label}" for ${args.name}${expiry}.`);
      console.error('The token is shown once; only its hash is stored:');
      process.stdout.write(`${issued.token}\n`);
    },
    { migrate: true },
  );
});
