// Migration 20261207120000_evidence_failure with its backfill: rows captured before Evidence.failure existed
// get it from what they stored (their state and failureReason), so that reads need no parsing.
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { adminQuery, withDatabase } from '../setup/testDatabase';
import { serverUrl } from '../helpers/database';

const MIGRATIONS = path.join(__dirname, '..', '..', 'prisma', 'migrations');
const FIRST = '20261207120000_evidence_failure';

/** Rows as captures stored them before the column: state, failureReason, and the failure they should get. */
const STORED = [
  [
    'BLOCKED',
    '127.0.0.1 is refused: 127.0.0.1 is a loopback address (OUTBOUND_ALLOWLIST can name it)',
    'BLOCKED_ADDRESS',
  ],
  ['BLOCKED', 'intranet.example does not resolve', 'BLOCKED_ADDRESS'],
  ['FAILED', 'HTTP 404', 'HTTP_ERROR'],
  ['FAILED', 'more than 5 redirects', 'HTTP_ERROR'],
  ['FAILED', 'content type application/json is not archived', 'UNSUPPORTED_TYPE'],
  ['FAILED', 'the response is larger than 1000 bytes', 'TOO_LARGE'],
  ['FAILED', 'the evidence archive is full (EVIDENCE_STORAGE_MAX_BYTES=40)', 'TOO_LARGE'],
  ['FAILED', 'the call took too long', 'TIMEOUT'],
  ['FAILED', 'connect ECONNREFUSED 10.1.2.3:443', 'UNREACHABLE'],
  ['FAILED', 'getaddrinfo ENOTFOUND gone.example', 'UNREACHABLE'],
  ['CAPTURED', null, null],
  ['PENDING', null, null],
] as const;

const apply = (client: Client, dir: string) =>
  client.query(fs.readFileSync(path.join(MIGRATIONS, dir, 'migration.sql'), 'utf8'));

it('backfills the failure of rows captured before it from their state and reason', async () => {
  const dirs = fs
    .readdirSync(MIGRATIONS)
    .filter((d) => fs.existsSync(path.join(MIGRATIONS, d, 'migration.sql')))
    .sort();
  const scratch = `tracker_failure_${process.pid}`;
  await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${scratch}`);
  await adminQuery(serverUrl(), `CREATE DATABASE ${scratch}`);
  const client = new Client({ connectionString: withDatabase(serverUrl(), scratch) });
  await client.connect();
  try {
    for (const dir of dirs.filter((d) => d < FIRST)) await apply(client, dir);
    for (const [position, [state, reason]] of STORED.entries())
      await client.query(
        `INSERT INTO "Evidence" ("progressUpdateId", "position", "url", "captureState", "failureReason")
         VALUES (1, $1, 'https://x.example/', $2, $3)`,
        [position, state, reason],
      );
    for (const dir of dirs.filter((d) => d >= FIRST)) await apply(client, dir);
    const { rows } = await client.query<{ failure: string | null }>(
      `SELECT "failure" FROM "Evidence" ORDER BY "position"`,
    );
    expect(rows.map((r) => r.failure)).toEqual(STORED.map(([, , failure]) => failure));
  } finally {
    await client.end();
    await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
});
