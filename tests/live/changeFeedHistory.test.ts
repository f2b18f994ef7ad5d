// The migration that decides log entries once (*_raw_log_entry_changes) brings the feed written before it under
// the same rule: an approval becomes the `logProgress` change of the entry it appended, an opened proposal is no
// change, and every other change keeps its place. Afterwards the feed is append-only again.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createPrismaClient, type Db } from '../../src/db/client';
import { serverUrl } from '../helpers/database';
import { adminQuery, withDatabase } from '../setup/testDatabase';

const migrations = path.resolve(__dirname, '../../prisma/migrations');
const THIS_ONE = '20261207100000_raw_log_entry_changes';
const name = `tracker_hist_${randomBytes(4).toString('hex')}`;
const url = withDatabase(serverUrl(), name);
let sql: Client;
let db: Db;

const apply = async (dir: string) => sql.query(fs.readFileSync(path.join(migrations, dir, 'migration.sql'), 'utf8'));

beforeAll(async () => {
  await adminQuery(serverUrl(), `CREATE DATABASE ${name}`);
  sql = new Client({ connectionString: url });
  await sql.connect();
  const all = fs.readdirSync(migrations).filter((d) => /^\d/.test(d));
  // The schema as it stood when this migration came: the ones before it, not those after.
  for (const dir of all.filter((d) => d < THIS_ONE).sort()) await apply(dir);
  db = createPrismaClient(url);
});
afterAll(async () => {
  await db?.$disconnect();
  await sql?.end();
  await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

it('rewrites the earlier feed by the one rule, keeping each remaining change in its place', async () => {
  // Rows written in SQL, in the columns of that time: the factories go through today's Prisma schema, whose later
  // columns (summaryZh, text origins) this database does not have yet.
  const one = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows[0] as T;
  const doc = await one<{ id: number }>(
    `INSERT INTO "SourceDocument" (slug, "titleZh", "titleEn") VALUES ('hist', '文件', 'Document') RETURNING id`,
  );
  const theme = await one<{ id: number }>(
    `INSERT INTO "Theme" (code, pillar, "nameZh", "nameEn", "documentId")
     VALUES ('HIST', 'GOVERNANCE', '主题', 'Theme', $1) RETURNING id`,
    [doc.id],
  );
  const rec = await one<{ id: number; code: string }>(
    `INSERT INTO "Recommendation" (code, "themeId", "titleZh", "titleEn", "summaryEn", quote, status, progress)
     VALUES ('GOV-HIST-001', $1, '建议', 'Recommendation', 'Summary.', '引文', 'IN_PROGRESS', 90) RETURNING id, code`,
    [theme.id],
  );
  const entry = () =>
    one<{ id: number }>(
      `INSERT INTO "ProgressUpdate" ("recommendationId", note, "statusBefore", status, "progressBefore", progress,
         "evidenceUrls", "occurredOn", "actorName")
       VALUES ($1, 'Log entry', 'NOT_STARTED', 'IN_PROGRESS', 0, 10, '{}', '2026-01-01', 'analyst') RETURNING id`,
      [rec.id],
    );
  const direct = await entry();
  const approved = await entry();
  const audit = (operation: string, after: object) =>
    db.auditEntry.create({
      data: {
        actorName: 'li',
        actorRole: 'ANALYST',
        operation,
        targetType: 'Recommendation',
        targetId: rec.code,
        after,
      },
      // The trail's columns of that time (later migrations add more).
      select: { id: true },
    });
  // As the code before the fix audited them: a direct entry, an opened proposal, its approval, a target date.
  const entries = [
    await audit('logProgress', { updateId: direct.id }),
    await audit('logProgress', { proposalId: 1, proposed: { status: 'IMPLEMENTED', progress: 100 } }),
    await audit('approveProposal', { updateId: approved.id, proposalId: 1, proposalState: 'APPROVED' }),
    await audit('setTargetDate', { targetDate: '2027-06-30' }),
  ];
  const feed = async () =>
    (
      await sql.query<{ id: number; kind: string; auditEntryId: number; progressUpdateId: number | null }>(
        `SELECT id, kind, "auditEntryId", "progressUpdateId" FROM "ChangeEvent" ORDER BY txid, id`,
      )
    ).rows;
  const before = await feed();
  expect(before.map((c) => [c.kind, c.progressUpdateId])).toEqual([
    ['logProgress', direct.id],
    ['logProgress', null],
    ['approveProposal', null],
    ['setTargetDate', null],
  ]);

  await apply(THIS_ONE);
  expect(await feed()).toEqual([
    { id: before[0].id, kind: 'logProgress', auditEntryId: entries[0].id, progressUpdateId: direct.id },
    { id: before[2].id, kind: 'logProgress', auditEntryId: entries[2].id, progressUpdateId: approved.id },
    { id: before[3].id, kind: 'setTargetDate', auditEntryId: entries[3].id, progressUpdateId: null },
  ]);
  await expect(sql.query(`UPDATE "ChangeEvent" SET kind = 'edited'`)).rejects.toThrow(/append-only/);
});
