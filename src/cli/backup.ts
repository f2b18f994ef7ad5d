// `npm run backup -- [--out FILE]`: the whole tracker as one versioned JSON document (src/db/backup.ts),
// written to FILE (default: backup-<UTC time>.json); the file name alone on stdout.
import fs from 'node:fs';
import { takeBackup } from '../db/backup';
import { parseCliArgs, runCli, withSession } from './session';

runCli('backup', async () => {
  const { out } = parseCliArgs('Usage: npm run backup -- [--out FILE]', { out: { type: 'string' } }, false).values;
  await withSession(async ({ db }) => {
    const doc = await takeBackup(db);
    const file = out ?? `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    fs.writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`);
    const counts = Object.entries(doc.tables).map(([k, rows]) => `${rows.length} ${k}`);
    console.error(`Wrote format version ${doc.formatVersion}: ${counts.join(', ')}.`);
    process.stdout.write(`${file}\n`);
  });
});
