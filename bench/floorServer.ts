// Contender (c), the floors: a bare node:http handler that runs ONE SQL statement per request and sends the
// JSON that PostgreSQL built. No GraphQL, no ORM: the least work any server can do for each operation.
// POST /L, /S, /Q (search: the body is {"values": [pattern]}), /H ({"values": [code]}); /PL, the prepared
// floor: the very statement our compiled path sends for L (captured by bench/capture.ts, passed as a JSON
// file in BENCH_PREPARED_L), prepared by name; /W, the write floor (floorWrite.ts), with our API's body;
// /I ({"values": [code]}), a record's indicators and values; /A, a password sign-in's floor: our sign-in's body
// ({ name, password }), the account's hash read by one statement and checked by a bare Argon2 verify, 204 or 401.
// Prints "ready <port>".
import fs from 'node:fs';
import http from 'node:http';
import { verify } from '@node-rs/argon2';
import { Pool } from 'pg';
import { FLOOR_HISTORY, FLOOR_INDICATORS, FLOOR_L, FLOOR_PASSWORD_HASH, FLOOR_S, FLOOR_SEARCH } from './floorSql';
import { logProgressFloor } from './floorWrite';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const prepared = process.env.BENCH_PREPARED_L
  ? (JSON.parse(fs.readFileSync(process.env.BENCH_PREPARED_L, 'utf8')) as { text: string; values: unknown[] })
  : null;
/** `wrap`: the compiled statement builds `data` only; our server puts it under "data" (compiledQuery/run.ts). */
const STATEMENTS: Record<string, { name: string; text: string; values?: unknown[]; wrap?: boolean }> = {
  '/L': { name: 'floor_l', text: FLOOR_L },
  '/S': { name: 'floor_s', text: FLOOR_S },
  '/Q': { name: 'floor_q', text: FLOOR_SEARCH },
  '/H': { name: 'floor_h', text: FLOOR_HISTORY },
  '/I': { name: 'floor_i', text: FLOOR_INDICATORS },
  ...(prepared && { '/PL': { name: 'prepared_l', text: prepared.text, values: prepared.values, wrap: true } }),
};

const send = (res: http.ServerResponse, status: number, body: string) => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
};
const failed = (res: http.ServerResponse) => (err: Error) =>
  send(res, 500, JSON.stringify({ errors: [{ message: err.message }] }));

function answer(url: string, raw: string, res: http.ServerResponse) {
  if (url === '/W') {
    const { input } = (JSON.parse(raw) as { variables: { input: { code: string; note: string } } }).variables;
    return void logProgressFloor(pool, input).then((body) => send(res, 200, body), failed(res));
  }
  if (url === '/A') return void signIn(raw, res);
  const statement = STATEMENTS[url];
  if (!statement) return void res.writeHead(404).end();
  const values = statement.values ?? (raw ? (JSON.parse(raw) as { values?: unknown[] }).values : undefined);
  pool.query<{ body: string }>({ name: statement.name, text: statement.text, values }).then((r) => {
    const body = r.rows[0].body;
    send(res, 200, statement.wrap ? `{"data":${body}}` : body);
  }, failed(res));
}

async function signIn(raw: string, res: http.ServerResponse) {
  const { name, password } = JSON.parse(raw) as { name: string; password: string };
  try {
    const { rows } = await pool.query<{ hash: string | null }>({
      name: 'floor_a',
      text: FLOOR_PASSWORD_HASH,
      values: [name],
    });
    const hash = rows[0]?.hash;
    res.writeHead(hash && (await verify(hash, password)) ? 204 : 401).end();
  } catch (err) {
    failed(res)(err as Error);
  }
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      answer(req.url ?? '', Buffer.concat(chunks).toString(), res);
    } catch (err) {
      failed(res)(err as Error);
    }
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : ''}`);
});

const stop = () => {
  server.close();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
