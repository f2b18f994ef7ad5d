// `npm start` builds first (prestart). These run the real build commands on temporary copies, with real files:
// an unchanged input must cost no rebuild, and a changed one must be rebuilt.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** A scratch project sharing this one's node_modules; removed afterwards. */
function scratchProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-start-'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs one of package.json's scripts in `cwd` as npm would (node_modules/.bin first on PATH). */
async function runScript(name: string, cwd: string): Promise<string> {
  const env = { ...process.env, PATH: `${path.join(cwd, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
  const { stdout } = await run('sh', ['-c', scripts[name]], { cwd, env });
  return stdout;
}

describe('the build before npm start', () => {
  let dir: string;
  beforeEach(() => (dir = scratchProject()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds a page again only when its content hash changed, and the other page not at all', async () => {
    fs.cpSync(path.join(root, 'web'), path.join(dir, 'web'), {
      recursive: true,
      filter: (src) => src !== path.join(root, 'web', 'dist'),
    });
    fs.copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
    const adminJs = path.join(dir, 'web', 'dist', 'admin', 'main.js');

    expect(await runScript('build:web', dir)).toMatch(/playground built.*admin built/);
    const firstBuild = fs.readFileSync(adminJs, 'utf8');
    expect(await runScript('build:web', dir)).toMatch(/playground unchanged.*admin unchanged/);

    fs.appendFileSync(path.join(dir, 'web', 'admin', 'main.ts'), '\nconsole.info("changed-since-the-last-build");\n');
    expect(await runScript('build:web', dir)).toMatch(/playground unchanged.*admin built/);
    expect(firstBuild).not.toContain('changed-since-the-last-build');
    expect(fs.readFileSync(adminJs, 'utf8')).toContain('changed-since-the-last-build');

    fs.rmSync(path.join(dir, 'web', 'dist', 'admin'), { recursive: true });
    expect(await runScript('build:web', dir)).toMatch(/playground unchanged.*admin built/);
    expect(fs.existsSync(adminJs)).toBe(true);
  }, 300_000);

  it("compiles the server from tsc's build info: only a changed file is emitted again", async () => {
    for (const file of ['tsconfig.json', 'tsconfig.build.json'])
      fs.copyFileSync(path.join(root, file), path.join(dir, file));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'src', 'kept.ts'), 'export const kept = 1;\n');
    fs.writeFileSync(
      path.join(dir, 'src', 'edited.ts'),
      "import { kept } from './kept';\nexport const edited = kept + 1;\n",
    );
    const out = (name: string) => path.join(dir, 'dist', 'src', `${name}.js`);
    const mtime = (file: string) => fs.statSync(file).mtimeMs;

    await runScript('build:server', dir);
    const buildInfo = path.join(dir, 'dist', '.tsbuildinfo');
    const first = { kept: mtime(out('kept')), edited: mtime(out('edited')), info: mtime(buildInfo) };
    await new Promise((resolve) => setTimeout(resolve, 50)); // so that a rewrite would show in the mtimes

    await runScript('build:server', dir);
    expect({ kept: mtime(out('kept')), edited: mtime(out('edited')), info: mtime(buildInfo) }).toEqual(first);

    fs.writeFileSync(
      path.join(dir, 'src', 'edited.ts'),
      "import { kept } from './kept';\nexport const edited = kept + 2;\n",
    );
    await runScript('build:server', dir);
    expect(fs.readFileSync(out('edited'), 'utf8')).toContain('kept_1.kept + 2');
    expect(mtime(out('kept'))).toBe(first.kept);

    fs.rmSync(buildInfo);
    await runScript('build:server', dir);
    expect(mtime(out('kept'))).toBeGreaterThan(first.kept);
  }, 300_000);
});
