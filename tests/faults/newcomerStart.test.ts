// A newcomer's first hour on the embedded default, with the real entry point: `npm start` shows the URLs and
// a first admin's one-time sign-in link, which works once, `npm run token` works beside it, SIGTERM to npm's PID leaves no process behind, a start
// after SIGKILL recovers by itself, and a busy port or a missing database costs one line and exit code 1.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { freePort, withDatabase } from '../setup/testDatabase';
import { readCatalog } from '../../prisma/catalogFile';
import {
  embeddedEnv,
  freshDataDir,
  graphql,
  isAlive,
  isReady,
  postmasterPid,
  root,
  spawnProcess,
  spawnServer,
  waitFor,
} from './support/spawnedServer';

const ME = '{ me { name role } }';
const COUNT = '{ recommendations { totalCount } }';
const run = promisify(execFile);

let dir: string;
let pgPort: number;

beforeAll(async () => {
  dir = freshDataDir('newcomer-pg');
  pgPort = await freePort();
  // `npm start` compiles first (prestart); here only the server is compiled, so that no test rebuilds the
  // web pages that the browser tests are serving at the same time.
  await run('npm', ['run', '-s', 'build:server'], { cwd: root });
}, 120_000);

afterAll(() => {
  const pid = postmasterPid(dir);
  if (pid) process.kill(pid, 'SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.owner`, { force: true });
});

/** Follows a printed link (on the literal loopback address) without following its redirect. */
const followLink = (port: number, link: string) =>
  fetch(link.replace(`http://localhost:${port}`, `http://127.0.0.1:${port}`), { redirect: 'manual' });

/** `me` as a session cookie's request, from our own pages (the default PUBLIC_URL's origin). */
async function meByCookie(port: number, cookie: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: `http://localhost:${port}` },
    body: JSON.stringify({ query: ME }),
  });
  return res.json();
}

it('shows the three URLs and a first admin link that works once, lets npm run token work beside it, and SIGTERM to npm leaves nothing running', async () => {
  const port = await freePort();
  const server = spawnProcess('npm', ['start', '--ignore-scripts'], embeddedEnv(dir, pgPort, port));
  await waitFor(() => isReady(port), 'the server to be ready');
  await waitFor(() => server.stderr().includes('Console'), 'the URLs');
  expect(server.stderr()).toContain(`GraphQL API   http://localhost:${port}/graphql`);
  expect(server.stderr()).toContain(`Playground    http://localhost:${port}/playground/`);
  expect(server.stderr()).toContain(`Console       http://localhost:${port}/admin/`);
  // No token to paste: a link, printed once on stderr, that signs the admin in and leads to My account.
  expect(server.stderr()).not.toContain('ADMIN_TOKEN=');
  const link = new RegExp(`  (http://localhost:${port}/auth/link/[\\w-]{43})\n`).exec(server.stderr())?.[1];
  expect(link).toEqual(expect.any(String));
  expect(server.stdout()).not.toContain(link!.split('/').at(-1));
  const followed = await followLink(port, link!);
  expect([followed.status, followed.headers.get('location')]).toEqual([303, '/admin/#/account']);
  const cookie = followed.headers.getSetCookie()[0].split(';')[0];
  expect(await meByCookie(port, cookie)).toEqual({ data: { me: { name: 'admin', role: 'ADMIN' } } });
  const again = await followLink(port, link!);
  expect([again.status, again.headers.getSetCookie()]).toEqual([410, []]);

  const cli = await run('npm', ['run', '-s', 'token', '--', '--name', 'alice', '--role', 'analyst'], {
    cwd: root,
    env: embeddedEnv(dir, pgPort, port),
  });
  const analystToken = cli.stdout.trim().split('\n').at(-1);
  expect(cli.stderr).toContain("using the running server's embedded PostgreSQL");
  expect(await graphql(port, ME, analystToken)).toEqual({ data: { me: { name: 'alice', role: 'ANALYST' } } });

  const postmaster = postmasterPid(dir)!;
  expect(postmaster).toEqual(expect.any(Number));
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  // Within the drain time (SHUTDOWN_GRACE_MS, 10 s): the server, npm and the embedded PostgreSQL are all gone.
  await waitFor(() => !isAlive(postmaster), 'the embedded PostgreSQL to stop', 10_000);
  expect(postmasterPid(dir)).toBeNull();
  expect(fs.existsSync(`${dir}.owner`)).toBe(false);
}, 120_000);

it('recovers by itself after SIGKILL, reusing the PostgreSQL the killed server left, shows no second admin link, and stops on SIGINT', async () => {
  const port = await freePort();
  const killed = spawnServer(embeddedEnv(dir, pgPort, port));
  await waitFor(() => isReady(port), 'the first server');
  const orphan = postmasterPid(dir)!;
  killed.child.kill('SIGKILL');
  await killed.exited;
  expect(isAlive(orphan)).toBe(true);

  const next = spawnServer(embeddedEnv(dir, pgPort, port));
  await waitFor(() => isReady(port), 'the restarted server');
  expect(await graphql(port, COUNT)).toEqual({
    data: { recommendations: { totalCount: readCatalog().recommendations.length } },
  });
  expect(next.stdout()).toContain('reusing the embedded PostgreSQL that a previous start left running');
  expect(next.stderr()).not.toContain('/auth/link/');
  // Ctrl-C: SIGINT drains and stops the same way.
  next.child.kill('SIGINT');
  expect(await next.exited).toBe(0);
  await waitFor(() => !isAlive(orphan), 'the adopted PostgreSQL to stop', 10_000);
}, 120_000);

it('refuses a busy HTTP port in one line with exit code 1, before starting or migrating anything', async () => {
  const port = await freePort();
  const blocker = (await import('node:net')).createServer().listen(port, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  try {
    const server = spawnServer(embeddedEnv(dir, pgPort, port));
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toBe(`Port ${port} is already in use; stop what listens there or set PORT.\n`);
    expect(server.stdout()).toBe('');
    expect(postmasterPid(dir)).toBeNull();
  } finally {
    blocker.close();
  }
}, 60_000);

it('names a database that does not exist in one line and exits 1', async () => {
  // The tests' own server is up; only the database is missing.
  const url = withDatabase(process.env.TEST_PG_SERVER_URL!, 'no_such_db');
  const where = `${new URL(url).hostname}:${new URL(url).port || 5432}`;
  const server = spawnServer({ ...embeddedEnv(dir, pgPort, await freePort()), DATABASE_URL: url });
  expect(await server.exited).toBe(1);
  expect(server.stderr()).toBe(
    `The database "no_such_db" does not exist on ${where}: create it (createdb no_such_db) or fix DATABASE_URL.\n`,
  );
});

it('names a server that is not running in one line, without the password, and exits 1', async () => {
  const unused = await freePort();
  const server = spawnServer({
    ...embeddedEnv(dir, pgPort, await freePort()),
    DATABASE_URL: `postgresql://postgres:secret@127.0.0.1:${unused}/tracker`,
  });
  expect(await server.exited).toBe(1);
  expect(server.stderr()).toBe(
    `Cannot reach PostgreSQL at 127.0.0.1:${unused} (connection refused): is it running? Check DATABASE_URL.\n`,
  );
});

it('creates no admin and shows no link or token in production mode', async () => {
  const prodDir = freshDataDir('newcomer-prod-pg');
  const port = await freePort();
  const server = spawnServer(embeddedEnv(prodDir, await freePort(), port, { NODE_ENV: 'production' }));
  try {
    await waitFor(() => isReady(port), 'the production server');
    await waitFor(() => server.stderr().includes('Console'), 'the URLs');
    expect(server.stderr()).toContain('Playground    off (PLAYGROUND=true turns it on)');
    expect(server.stderr()).not.toContain('ADMIN_TOKEN=');
    expect(server.stderr()).not.toContain('/auth/link/');
  } finally {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    fs.rmSync(prodDir, { recursive: true, force: true });
  }
}, 120_000);
