// Which Chromium the browser tests drive. A fresh machine has no system browser, so the default is the
// one that the npm package @sparticuz/chromium ships inside its tarball (no download); Debian's Chromium is
// preferred when present, because with fonts-noto-cjk it renders the Chinese text of the screenshots.
import fs from 'node:fs';
import path from 'node:path';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/**
 * Where the packaged browser is unpacked: inside this checkout, so two clones never race on one file, and
 * per package version, since the package keeps whatever file it finds there.
 */
const unpackDir = (version: string) => path.join(__dirname, '..', '..', '.data', 'chromium', version);

export interface ResolvedBrowser {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedBrowser> {
  if (env.CHROMIUM_PATH) {
    if (!fs.existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.`);
    return { executablePath: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system' };
  return { executablePath: await unpackPackagedChromium(), source: '@sparticuz/chromium' };
}

/**
 * The package unpacks its brotli-compressed browser into os.tmpdir() on first use, and skips that when the
 * file exists. TMPDIR points it at this checkout's .data/ for the duration of the call.
 */
async function unpackPackagedChromium(): Promise<string> {
  const version = packageVersion('@sparticuz/chromium');
  const dir = unpackDir(version);
  fs.mkdirSync(dir, { recursive: true });
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    // ESM-only package; Node 24 loads it through require, outside Jest's module sandbox (globalSetup).
    const mod = (await import('@sparticuz/chromium')) as unknown as { default: { executablePath(): Promise<string> } };
    return await mod.default.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
}

/** The package exports no ./package.json, so its manifest is found by walking up from its entry point. */
function packageVersion(name: string): string {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version: string };
    if (pkg.name === name) return pkg.version;
  }
  throw new Error(`Cannot find the package.json of ${name}.`);
}
