// `npm run token`: spawned for real against this file's database, and its token used over HTTP.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { parseTokenArgs } from '../../src/cli/tokenArgs';
import { hashToken } from '../../src/domain/access/auth';
import { bootstrapToken } from '../../src/domain/access/users';
import { useTestServer } from '../helpers/testServer';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

const ME = 'query Me { me { name role } }';
const CREATE_USER = 'mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { name role } }';

const s = useTestServer();

async function runCli(args: string[], databaseUrl = s.url) {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ['src/cli/token.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lastLine = (out: string) => out.trimEnd().split('\n').at(-1)!;
const gql = (token: string, query: string, variables?: object) =>
  request(s.http).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables });

describe('npm run token', () => {
  it('creates the user, prints a working token alone on its last line and stores only its hash', async () => {
    const run = await runCli(['--name', 'alice', '--role', 'admin']);
    expect(run.code).toBe(0);
    const token = lastLine(run.stdout);
    expect(token).toMatch(/^agt_[\w-]{43}$/);
    expect((await gql(token, ME)).body.data).toEqual({ me: { name: 'alice', role: 'ADMIN' } });
    const created = await gql(token, CREATE_USER, { input: { name: 'bob', role: 'VIEWER' } });
    expect(created.body).toEqual({ data: { createUser: { name: 'bob', role: 'VIEWER' } } });
    const stored = await s.db.apiToken.findMany({ include: { user: true } });
    expect(stored).toEqual([
      expect.objectContaining({
        label: 'cli',
        tokenHash: hashToken(token),
        expiresAt: null,
        user: expect.objectContaining({ name: 'alice' }),
      }),
    ]);
  });

  it('issues another token for an existing user with the given role, label and expiry when --change-role allows it', async () => {
    // In-process: a second spawn would cost seconds and cover nothing the first one does not.
    await s.db.user.create({ data: { name: 'dave', role: 'ADMIN' } });
    const args = parseTokenArgs([
      '--name',
      'dave',
      '--role',
      'viewer',
      '--label',
      'laptop',
      '--expires-in-days',
      '7',
      '--change-role',
    ]);
    const expiresAt = new Date(Date.now() + 7 * 86_400_000);
    const issued = await bootstrapToken(s.db, { ...args, expiresAt });
    expect(issued).toMatchObject({ created: false, previousRole: 'ADMIN' });
    expect((await gql(issued.token, ME)).body.data).toEqual({ me: { name: 'dave', role: 'VIEWER' } });
    const row = await s.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(issued.token) } });
    expect(row).toMatchObject({ label: 'laptop', expiresAt });
    expect(await s.db.user.count({ where: { name: 'dave' } })).toBe(1);
  });

  it("refuses to change an existing user's role without --change-role, and says how", async () => {
    await s.db.user.create({ data: { name: 'erin', role: 'ADMIN' } });
    const run = await runCli(['--name', 'erin', '--role', 'analyst']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('User erin is admin, not analyst; pass --change-role to change it.'),
    });
    expect(await s.db.user.findUniqueOrThrow({ where: { name: 'erin' } })).toMatchObject({ role: 'ADMIN' });
    expect(await s.db.apiToken.count({ where: { user: { name: 'erin' } } })).toBe(0);
  });

  it('issues a token for an existing user with the same role without --change-role', async () => {
    await s.db.user.create({ data: { name: 'fay', role: 'ANALYST' } });
    const issued = await bootstrapToken(s.db, parseTokenArgs(['--name', 'fay', '--role', 'analyst']));
    expect(issued).toMatchObject({ created: false, previousRole: 'ANALYST' });
    expect((await gql(issued.token, ME)).body.data).toEqual({ me: { name: 'fay', role: 'ANALYST' } });
  });

  it('exits with status 2, a usage message and no token when a flag is bad', async () => {
    const run = await runCli(['--name', 'carol', '--role', 'superuser']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('--role: must be viewer, analyst, reviewer or admin'),
    });
    expect(run.stderr).toContain('Usage: npm run token');
    expect(await s.db.user.count({ where: { name: 'carol' } })).toBe(0);
  });
});

describe('token CLI flags', () => {
  it.each([
    [[], '--name and --role are required'],
    [['--name', 'alice'], '--name and --role are required'],
    [['--name', 'has space', '--role', 'admin'], '--name: names are 1-64'],
    [['--name', 'alice', '--role', 'admin', '--expires-in-days', '0'], '--expires-in-days: must be at least 1'],
    [['--name', 'alice', '--role', 'admin', '--expires-in-days', 'soon'], '--expires-in-days: must be a whole number'],
    [['--name', 'alice', '--role', 'admin', '--label', '  '], '--label: must not be empty'],
    [['--name', 'alice', '--role', 'admin', '--bogus', 'x'], "Unknown option '--bogus'"],
    [['--name', 'alice', '--role', 'admin', 'extra'], 'positional'],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(message);
  });

  it('accepts roles in any case and defaults the label to cli', () => {
    expect(parseTokenArgs(['--name', 'alice', '--role', 'Analyst'])).toEqual({
      name: 'alice',
      role: 'ANALYST',
      label: 'cli',
      expiresInDays: null,
      changeRole: false,
    });
  });
});
