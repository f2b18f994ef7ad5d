// `npx tsx bench/restart.ts [--fresh]`: times `npm start` on the embedded default, from the command to the first
// successful GraphQL answer, and prints it with the machine's load average (a shared machine makes one number
// noisy, so the load is part of the figure, and so is the CPU time that the start took: npm, the build, the
// server and the embedded PostgreSQL, counted until they exit after the answer). --fresh removes the compiled server, the pages and the embedded
// database first, as on a fresh clone after `npm ci`; without it the start reuses whatever is there.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PORT = Number(process.env.RESTART_PORT ?? 4417);
const PG_PORT = Number(process.env.RESTART_PG_PORT ?? 55517);
const PG_DIR = '.data/restart-pg';
const QUERY = JSON.stringify({ query: '{ recommendation(code: "GOV-SANDBOX-01") { code } }' });

async function answered(): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: QUERY,
    });
    return res.ok && (await res.text()).includes('GOV-SANDBOX-01');
  } catch {
    return false;
  }
}

async function main() {
  if (process.argv.includes('--fresh')) {
    for (const dir of ['dist', 'web/dist', PG_DIR]) fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true });
  }
  const load = os.loadavg()[0].toFixed(2);
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    EMBEDDED_PG_DIR: PG_DIR,
    EMBEDDED_PG_PORT: String(PG_PORT),
  };
  delete env.DATABASE_URL;
  env.LOG_LEVEL = 'warn';
  // bash's `times` prints the CPU time of its children, npm and whatever npm waited for, once npm has exited.
  const script = 'npm start & echo "npm-pid $!"; wait $!; times';
  const child = spawn('bash', ['-c', script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    while (!(await answered())) {
      if (exited || performance.now() - started > 600_000) throw new Error(`no answer; its output:\n${output}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const seconds = (performance.now() - started) / 1000;
    // As a terminal would: SIGTERM to npm, which passes it on; the server drains and stops its PostgreSQL.
    process.kill(Number(/npm-pid (\d+)/.exec(output)?.[1]), 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const [user, sys] = [
      ...output
        .trim()
        .split('\n')
        .at(-1)!
        .matchAll(/(\d+)m([\d.]+)s/g),
    ].map(([, m, s]) => Number(m) * 60 + Number(s));
    console.log(
      `first answer after ${seconds.toFixed(2)} s, ${(user + sys).toFixed(2)} s of CPU (user ${user.toFixed(2)}, ` +
        `system ${sys.toFixed(2)}); 1-minute load average at the start ${load}`,
    );
  } catch (err) {
    const npm = /npm-pid (\d+)/.exec(output)?.[1];
    if (npm) process.kill(Number(npm), 'SIGTERM');
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
