// P (issue 27): a measure's public page, /en/measures/<CODE>, server-rendered HTML, for H's record (the one with
// the most log entries, so the page lists its full public log). Every timed GET sends no If-None-Match, so every
// reply is a render, and must equal the first (nothing is written meanwhile). Statements per page: the page
// rendered once in-process through a handle that counts what it sends (as bench/capture.ts does for L).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient } from '../src/db/client';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createApp } from '../src/http/createApp';
import type { Contender } from './contenders';
import { drive, mergeRuns, type LoadResult } from './drive';
import { probeCpu } from './cpu';
import type { PhaseSettings } from './phases';
import type { Row } from './report';

const pagePath = (code: string) => `/en/measures/${encodeURIComponent(code)}`;

/** The statements one anonymous render of the page sends, the change counter's read (its ETag) included. */
async function statementsPerPage(databaseUrl: string, code: string): Promise<number> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl });
  let count = 0;
  const db = createPrismaClient(databaseUrl, { onQuery: () => void count++ });
  const app = await createApp({ db, config, log: createLogger(config) });
  const server = http.createServer(app.handler);
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${pagePath(code)}`;
    await fetch(url); // the first render fills the handle's caches (prepared statements, the change version)
    count = 0;
    const res = await fetch(url);
    if (res.status !== 200) throw new Error(`P: ${url} answered ${res.status}`);
    await res.text();
    return count;
  } finally {
    server.close();
    await app.stop();
    await db.$disconnect();
  }
}

export async function timePublicPage(ours: Contender, code: string, databaseUrl: string, s: PhaseSettings) {
  const url = `${ours.baseUrl}${pagePath(code)}`;
  const first = await fetch(url);
  const body = await first.text();
  if (first.status !== 200 || !body.includes(code)) throw new Error(`P: ${url} answered ${first.status}`);
  const statements = await statementsPerPage(databaseUrl, code);
  const runs: LoadResult[] = [];
  for (let round = 1; round <= s.load.rounds; round++) {
    s.log(
      `P on ours (${pagePath(code)}), round ${round}/${s.load.rounds}: ${s.load.warmup} s warm-up, ${s.load.duration} s timed`,
    );
    const target = { url, method: 'GET', expectBody: body, cpu: () => probeCpu(ours.pid, s.pgPids), rssPid: ours.pid };
    runs.push(await drive(target, s.load));
  }
  s.log(`P: ${Buffer.byteLength(body)} bytes of HTML and CSS, ${statements} statements per page`);
  const row: Omit<Row, 'ratioToOurs'> = { operation: 'P', contender: 'ours', ...mergeRuns(runs), statements };
  return { row };
}
