// Contender (c), the floor: a bare node:http handler that runs ONE SQL statement per request and sends the
// JSON that PostgreSQL built. No GraphQL, no ORM: the least work any server can do for L and S.
// POST /L and POST /S (the body is read and ignored); prints "ready <port>".
import http from 'node:http';
import { Pool } from 'pg';
import { FLOOR_L, FLOOR_S } from './floorSql';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });
const STATEMENTS: Record<string, { name: string; text: string }> = {
  '/L': { name: 'floor_l', text: FLOOR_L },
  '/S': { name: 'floor_s', text: FLOOR_S },
};

const server = http.createServer((req, res) => {
  const statement = STATEMENTS[req.url ?? ''];
  req.resume();
  req.on('end', () => {
    if (!statement) return void res.writeHead(404).end();
    pool.query<{ body: string }>(statement).then(
      (result) => {
        const body = result.rows[0].body;
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      },
      (err: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: err.message }] }));
      },
    );
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
