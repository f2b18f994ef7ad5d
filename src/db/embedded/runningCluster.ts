// What is already running in an embedded data directory. A server killed with SIGKILL leaves its PostgreSQL
// behind, and `npm run token` runs beside a live server: both cases find the cluster through the
// postmaster.pid file that PostgreSQL keeps in its data directory, and a sibling file naming the process that
// owns (and will stop) the cluster.
import fs from 'node:fs';
import path from 'node:path';

export interface RunningCluster {
  pid: number;
  port: number;
}

/** postmaster.pid: line 1 the PID, line 4 the port (PostgreSQL's documented layout). */
export function runningCluster(dir: string): RunningCluster | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  return isPostmaster(pid) ? { pid, port } : null;
}

/** After a reboot the file's PID may name another program; on Linux /proc tells them apart. */
function isPostmaster(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return true; // no /proc (macOS): trust the live PID
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user (the cluster runs as `postgres` under root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFile = (dir: string) => `${dir}.owner`;

/** The live process that started or adopted the cluster, if any. */
export function clusterOwner(dir: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(ownerFile(dir), 'utf8').trim());
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

export function claimCluster(dir: string): void {
  fs.writeFileSync(ownerFile(dir), `${process.pid}\n`);
}

export function releaseCluster(dir: string): void {
  fs.rmSync(ownerFile(dir), { force: true });
}

/** Stops a cluster this process did not start: SIGINT is PostgreSQL's fast shutdown. */
export async function stopCluster(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
