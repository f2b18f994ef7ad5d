// Contender (b): PostGraphile 5 with the amber preset over the same database, GraphQL generated from the
// PostgreSQL schema. Run as `node bench/postgraphileServer.mjs` (Node 24: no polyfill) with
// DATABASE_URL and PORT; prints "ready <port>" once it listens on loopback.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';

const port = Number(process.env.PORT);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false, graphqlPath: '/graphql' },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (err) => {
  console.error(err);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before announcing readiness, so the warm-up measures requests, not introspection.
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`ready ${server.address().port}`));

const stop = async () => {
  server.close();
  await pgl.release();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
