// Applies the committed migrations with Prisma's CLI (WASM schema engine, no download).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');

/** Environment that stops the Prisma CLI from trying to download engine binaries at start. */
export const prismaCliEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
  PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
});

export async function migrateDeploy(databaseUrl: string): Promise<string> {
  const cli = require.resolve('prisma/build/index.js', { paths: [root] });
  const { stdout } = await run(process.execPath, [cli, 'migrate', 'deploy'], {
    cwd: root,
    env: prismaCliEnv(databaseUrl),
  });
  return stdout;
}
