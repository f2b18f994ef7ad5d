// `npm run restore -- FILE [--force]`: loads a backup into an empty database (migrated first). A database with
// any rows is refused unless --force, which empties it (API tokens included) before loading.
import fs from 'node:fs';
import { restoreBackup, RestoreRefused } from '../db/backup';
import { parseCliArgs, runCli, UsageError, withSession } from './session';

const USAGE = 'Usage: npm run restore -- FILE [--force]';

runCli('restore', async () => {
  const parsed = parseCliArgs(USAGE, { force: { type: 'boolean', default: false } });
  if (parsed.positionals.length !== 1) throw new UsageError(USAGE);
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(parsed.positionals[0], 'utf8'));
  } catch (err) {
    throw new UsageError(`Cannot read ${parsed.positionals[0]}: ${err instanceof Error ? err.message : String(err)}`);
  }
  await withSession(
    async ({ db }) => {
      try {
        const counts = await restoreBackup(db, doc, { force: parsed.values.force });
        console.error(
          `Restored ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}.`,
        );
        console.error('API tokens are not part of a backup: issue new ones with npm run token.');
      } catch (err) {
        if (err instanceof RestoreRefused) throw new UsageError(err.message);
        throw err;
      }
    },
    { migrate: true },
  );
});
