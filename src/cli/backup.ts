// `npm run backup -- [--out FILE]`: the whole tracker as one versioned JSON document (src/db/backup.ts),
// written to FILE (default: backups/backup-<UTC time>.json in the project, a folder that git, Prettier and
// Docker ignore: a backup is data, not source); the file name alone on stdout. Only its owner may read the file.
import fs from 'node:fs';
import path from 'node:path';
import { takeBackup } from '../db/backup';
import { projectRoot } from '../projectRoot';
import { parseCliArgs, runCli, withSession } from './session';

const BACKUP_DIR = path.join(projectRoot, 'backups');

function defaultFile(): string {
  fs.mkdirSync(BACKUP_DIR, { recursive: true });
  const file = path.join(BACKUP_DIR, `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  return path.relative(process.cwd(), file) || file;
}

runCli('backup', async () => {
  const { out } = parseCliArgs('Usage: npm run backup -- [--out FILE]', { out: { type: 'string' } }, false).values;
  await withSession(async ({ db }) => {
    const doc = await takeBackup(db);
    const file = out ?? defaultFile();
    // It holds every user and record: readable by its owner only (a file that exists keeps its mode).
    fs.writeFileSync(file, `${JSON.stringify(doc, null, 1)}\n`, { mode: 0o600 });
    const counts = Object.entries(doc.tables).map(([k, rows]) => `${rows.length} ${k}`);
    console.error(`Wrote format version ${doc.formatVersion}: ${counts.join(', ')}.`);
    process.stdout.write(`${file}\n`);
  });
});
