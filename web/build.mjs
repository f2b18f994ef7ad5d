// Builds the two browser apps into web/dist/: the GraphiQL playground (served at /playground/) and
// the analyst console (served at /admin/). Usage: node web/build.mjs [--force]
// An app is built again only when the content hash of its inputs changed (`npm start` runs this on every start,
// and the playground alone takes 2-20 s): its own files that esbuild read, the files it copies, this script and
// package-lock.json (which pins what came from node_modules). A build starts from an empty output folder, so it
// leaves no stale files; the hash is written last, so an interrupted build is redone.
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
  const results = await Promise.all([
    build({
      ...common,
      metafile: true,
      entryPoints: { main: path.join(webDir, 'playground/main.tsx') },
      outdir,
      format: 'esm', // setup-workers.ts resolves the workers with import.meta.url
      jsx: 'automatic',
      assetNames: '[name]-[hash]',
    }),
    build({ ...common, metafile: true, entryPoints: monacoWorkers, outdir, format: 'iife' }),
  ]);
  await extractInlineFonts(path.join(outdir, 'main.css'));
  await copyStatic('playground', outdir);
  return results;
}

async function buildAdmin() {
  const outdir = path.join(distDir, 'admin');
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: { main: path.join(webDir, 'admin/main.ts') },
    outdir,
    format: 'esm',
  });
  await copyStatic('admin', outdir);
  return [result];
}

const staticFiles = (app) => [`web/${app}/index.html`, 'web/shared/favicon.svg'];

const copyStatic = (app, outdir) =>
  Promise.all(
    staticFiles(app).map((file) => copyFile(path.join(rootDir, file), path.join(outdir, path.basename(file)))),
  );

const APPS = { playground: buildPlayground, admin: buildAdmin };
const hashFile = (app) => path.join(distDir, `.${app}.build.json`);

/** One hash over the inputs' paths and bytes (a missing file counts as such, so deleting one rebuilds). */
async function contentHash(inputs) {
  const hash = createHash('sha256');
  for (const file of [...inputs].sort()) {
    const bytes = await readFile(path.join(rootDir, file)).catch(() => null);
    hash.update(`${file}\0${bytes ? bytes.length : -1}\0`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The files an app's build depends on, besides node_modules (package-lock.json stands for those). */
const inputsOf = (app, results) => [
  ...new Set([
    ...results.flatMap((r) => Object.keys(r.metafile.inputs)).filter((f) => !f.includes('node_modules/')),
    ...staticFiles(app),
    'web/build.mjs',
    'package-lock.json',
  ]),
];

/** The hash recorded by the app's last complete build, if its inputs still hash to it. */
async function upToDate(app) {
  const recorded = await readFile(hashFile(app), 'utf8').then(JSON.parse, () => null);
  if (!recorded || !(await stat(path.join(distDir, app)).catch(() => null))) return false;
  return (await contentHash(recorded.inputs)) === recorded.hash;
}

/** Builds the app unless its content hash is unchanged; returns whether it built. */
async function buildIfChanged(app, force) {
  if (!force && (await upToDate(app))) return false;
  await rm(hashFile(app), { force: true });
  await rm(path.join(distDir, app), { recursive: true, force: true });
  const inputs = inputsOf(app, await APPS[app]());
  await writeFile(hashFile(app), JSON.stringify({ hash: await contentHash(inputs), inputs }));
  return true;
}

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
  const force = process.argv.includes('--force');
  await mkdir(distDir, { recursive: true });
  const [playgroundBuilt, adminBuilt] = await Promise.all([
    buildIfChanged('playground', force),
    buildIfChanged('admin', force),
  ]);
  const pg = await folderSize(path.join(distDir, 'playground'));
  const admin = await folderSize(path.join(distDir, 'admin'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const how = (built) => (built ? 'built' : 'unchanged');
  console.log(
    `web build ok in ${seconds}s: playground ${how(playgroundBuilt)}, ${kB(total(pg))} (main.js ${kB(pg['main.js'])}, ` +
      `main.css ${kB(pg['main.css'])}, ${Object.keys(pg).length} files); admin ${how(adminBuilt)}, ` +
      `${kB(total(admin))} (main.js ${kB(admin['main.js'])}, main.css ${kB(admin['main.css'] ?? 0)})`,
  );
}

main().catch((error) => {
  // esbuild has already printed its diagnostics (logLevel 'error'); add the one-line cause.
  console.error(`web build failed: ${error?.message ?? error}`);
  process.exit(1);
});
