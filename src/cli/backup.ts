// `npm run backup -- [--out FILE]`: the whole tracker as one versioned JSON document (src/db/backup.ts),
// written to FILE (default: backup-<UTC time>.json); the file name alone on stdout.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { takeBackup } from '../db/backup';
import { runCli, UsageError, withSession } from './session';

runCli('backup', async () => {
  let out: string | undefined;
  try {
    out = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } }).values.out;
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\nUsage: npm run backup -- [--out FILE]`);
  }
  await withSession(async ({ db }) => {
    const doc = await takeBackup(db);
    const file = out ?? `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    fs.writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
    const counts = Object.entries(doc.tables).map(([k, rows]) => `${rows.length} ${k}`);
    console.error(`Wrote format version ${doc.formatVersion}: ${counts.join(', ')}.`);
    process.stdout.write(`${file}\n`);
  });
});
