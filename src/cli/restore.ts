// `npm run restore -- FILE [--force]`: loads a backup into an empty database (migrated first). A database with
// any rows (or queued jobs) is refused unless --force, which empties it (API tokens, webhooks and their
// deliveries, and queued jobs included) before loading. The restored history is not sent to webhooks or
// subscribers: it is not news.
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
        const { inserted, verified } = await restoreBackup(db, doc, { force: parsed.values.force });
        if (!verified)
          console.error('Warning: this backup predates digests (format version 1 or 2): its integrity is unchecked.');
        console.error(
          `Restored ${Object.entries(inserted)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}.`,
        );
        console.error(
          'API tokens and webhooks are not part of a backup: issue new ones (npm run token, createWebhook).',
        );
      } catch (err) {
        if (err instanceof RestoreRefused) throw new UsageError(err.message);
        throw err;
      }
    },
    { migrate: true },
  );
});
