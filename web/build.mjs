// Builds the two browser apps into web/dist/: the GraphiQL playground (served at /playground/) and
// the analyst console (served at /admin/). Usage: node web/build.mjs
// Each run starts from empty output folders, so it is idempotent and leaves no stale files.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(webDir, 'dist');
const rootDir = path.dirname(webDir);

const common = {
  absWorkingDir: rootDir,
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file' },
  logLevel: 'error',
};

const monacoWorkers = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

async function buildPlayground() {
  const outdir = path.join(distDir, 'playground');
  await Promise.all([
    build({
      ...common,
      entryPoints: { main: path.join(webDir, 'playground/main.tsx') },
      outdir,
      format: 'esm', // setup-workers.ts resolves the workers with import.meta.url
      jsx: 'automatic',
      assetNames: '[name]-[hash]',
    }),
    build({ ...common, entryPoints: monacoWorkers, outdir, format: 'iife' }),
  ]);
  await extractInlineFonts(path.join(outdir, 'main.css'));
  await copyStatic('playground', outdir);
  return outdir;
}

async function buildAdmin() {
  const outdir = path.join(distDir, 'admin');
  await build({
    ...common,
    entryPoints: { main: path.join(webDir, 'admin/main.ts') },
    outdir,
    format: 'esm',
  });
  await copyStatic('admin', outdir);
  return outdir;
}

const copyStatic = (app, outdir) =>
  Promise.all([
    copyFile(path.join(webDir, app, 'index.html'), path.join(outdir, 'index.html')),
    copyFile(path.join(webDir, 'shared/favicon.svg'), path.join(outdir, 'favicon.svg')),
  ]);

/**
 * GraphiQL's stylesheet inlines its fonts as data: URIs. Writing them out as files lets the
 * page's CSP keep font-src to 'self' (no data:), and shrinks the stylesheet by half.
 */
async function extractInlineFonts(cssFile) {
  const css = await readFile(cssFile, 'utf8');
  const fonts = new Map();
  const out = css.replace(
    /url\(\s*(["']?)data:font\/(ttf|otf|woff2?|truetype|opentype)(?:;charset=[^;,]*)?;base64,([A-Za-z0-9+/=]+)\1\s*\)/g,
    (_match, _quote, kind, base64) => {
      const bytes = Buffer.from(base64, 'base64');
      const ext = { truetype: 'ttf', opentype: 'otf' }[kind] ?? kind;
      const name = `font-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.${ext}`;
      fonts.set(name, bytes);
      return `url(./${name})`;
    },
  );
  await Promise.all([...fonts].map(([name, bytes]) => writeFile(path.join(path.dirname(cssFile), name), bytes)));
  await writeFile(cssFile, out);
}

async function folderSize(dir) {
  const files = await readdir(dir);
  const sizes = await Promise.all(files.map(async (f) => [f, (await stat(path.join(dir, f))).size]));
  return Object.fromEntries(sizes);
}

const kB = (bytes) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
const total = (sizes) => Object.values(sizes).reduce((a, b) => a + b, 0);

async function main() {
  const started = performance.now();
  await rm(path.join(distDir, 'playground'), { recursive: true, force: true });
  await rm(path.join(distDir, 'admin'), { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  const [playgroundDir, adminDir] = await Promise.all([buildPlayground(), buildAdmin()]);
  const pg = await folderSize(playgroundDir);
  const admin = await folderSize(adminDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `web build ok in ${seconds}s: playground ${kB(total(pg))} (main.js ${kB(pg['main.js'])}, main.css ${kB(pg['main.css'])}, ` +
      `${Object.keys(pg).length} files); admin ${kB(total(admin))} (main.js ${kB(admin['main.js'])}, main.css ${kB(admin['main.css'] ?? 0)})`,
  );
}

main().catch((error) => {
  // esbuild has already printed its diagnostics (logLevel 'error'); add the one-line cause.
  console.error(`web build failed: ${error?.message ?? error}`);
  process.exit(1);
});
