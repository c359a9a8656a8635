// The CLI as one esbuild bundle (esbuild is a devDependency), kept under node_modules/.cache and built again when
// any file it was built from changes (size or mtime). Node then loads a few files of plain JavaScript instead of
// tsx transforming ~450 modules in a loader thread: start-up fell from ≈1.6 s to ≈0.45 s of CPU.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledReadability } from '../scripts/quiet-readability-source.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/skillshift-cli');
const CURRENT = join(CACHE, 'current.json');
const KEEP_OLD_MS = 60 * 60 * 1000;

const stamp = (file) => {
  const { size, mtimeMs } = statSync(join(ROOT, file));
  return `${size}:${mtimeMs}`;
};

/** The entry of the bundle when every file it was built from is as it was; null otherwise. */
function upToDate() {
  try {
    const { dir, inputs } = JSON.parse(readFileSync(CURRENT, 'utf8'));
    for (const [file, was] of Object.entries(inputs)) if (stamp(file) !== was) return null;
    return join(CACHE, dir, 'main.mjs');
  } catch {
    return null;
  }
}

// A data file becomes JSON.parse of a string: V8 reads a string far faster than the same object literal.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

/** An esbuild plugin giving the module whose path matches `filter` the source `patch` makes of it (as it is, when null). */
const patching = (name, filter, patch) => ({
  name,
  setup(build) {
    build.onLoad({ filter }, async ({ path }) => {
      const contents = patch(await readFile(path, 'utf8'));
      return contents === null ? undefined : { contents, loader: 'js' };
    });
  },
});

// linkedom gives every node (element, text, attribute) an entry of a WeakMap holding a Map of its listeners,
// when it is made: of the CLI's CPU on 100 saved pages, about a quarter went on those entries and on the garbage
// collector tracing them. The bundle makes the entry when a first listener is added; events behave the same
// (tests/unit/cli-bundle.test.ts). Null when linkedom's code is no longer the code this was written for.
const EAGER = [
  ['    wm.set(this, new Map);\n', ''],
  ['    const map = wm.get(this);\n    if (!map.has(type))', '    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n    if (!map.has(type))'],
  ['    const map = wm.get(this);\n    if (map.has(type)) {', '    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];
export function lazyListenerSource(source) {
  if (!EAGER.every(([from]) => source.split(from).length === 2)) return null;
  return EAGER.reduce((code, [from, to]) => code.replace(from, to), source);
}

const lazyListeners = patching('lazy-listeners', /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/, lazyListenerSource);

// linkedom compiles a selector with css-select on every closest(), matches(), querySelector() and querySelectorAll():
// of the CLI's CPU on 100 saved pages, about a tenth went on compiling the same few dozen selectors again. The
// bundle keeps each compiled selector (by its text and the document's case mode; one bound to a :scope element is
// not kept, and the store starts afresh past 500); matching is the same (tests/unit/cli-bundle.test.ts). Null when linkedom's code is no longer the code
// this was written for.
const COMPILES = [
  ['export const prepareMatch = (element, selectors) => CSSselect.compile(', 'const compileMatch = (element, selectors) => CSSselect.compile('],
  ['export const matches = (element, selectors) => CSSselect.is(\n  element,\n  selectors,\n', 'const compileIs = (element, selectors) => CSSselect.compile(\n  selectors,\n'],
];
const KEPT_COMPILES = `
const kept = new Map();
const keptCompile = (compile, mark) => (element, selectors) => {
  if (typeof selectors !== 'string' || selectors.includes(':scope')) return compile(element, selectors);
  const key = (ignoreCase(element) ? 'h' : 'x') + mark + selectors;
  let test = kept.get(key);
  if (!test) {
    // Selectors a page's own text went into would pile up over a long batch: keep at most a few hundred.
    if (kept.size >= 500) kept.clear();
    kept.set(key, (test = compile(element, selectors)));
  }
  return test;
};
export const prepareMatch = keptCompile(compileMatch, 'c');
const isMatch = keptCompile(compileIs, 'i');
export const matches = (element, selectors) => isMatch(element, selectors)(element);
`;
export function keptSelectorSource(source) {
  if (!COMPILES.every(([from]) => source.split(from).length === 2)) return null;
  return COMPILES.reduce((code, [from, to]) => code.replace(from, to), source) + KEPT_COMPILES;
}

const keptSelectors = patching('kept-selectors', /[\\/]linkedom[\\/]esm[\\/]shared[\\/]matches\.js$/, keptSelectorSource);

// Readability without its debug logging, as in the extension's bundles (scripts/quiet-readability.ts): its log calls
// serialise the article three times a page though nothing is logged, about 2% of the CLI's CPU on saved pages; and asking
// linkedom for no more than it uses (leanReadability): its page copied as nodes, texts and styles built only when read;
// and without the methods SkillShift never needs (bundledReadability).
const quietLogging = {
  name: 'quiet-readability',
  setup(build) {
    build.onLoad({ filter: /[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, async ({ path }) => ({
      contents: await bundledReadability(await readFile(path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** Builds the bundle into a directory of its own; records it as current unless a source changed meanwhile. */
async function rebuild() {
  const { build } = await import('esbuild');
  const started = Date.now();
  const dir = `build-${started}-${process.pid}`;
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: ['cli/main.ts'],
    outdir: join(CACHE, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['canvas'],
    // linkedom asks for the optional `canvas` package with require().
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'silent',
    plugins: [jsonAsParse, lazyListeners, keptSelectors, quietLogging],
  });
  // This file and esbuild make the bundle too.
  const files = [...Object.keys(metafile.inputs), 'cli/bundle.mjs', 'scripts/quiet-readability-source.mjs', 'node_modules/esbuild/package.json'];
  const inputs = Object.fromEntries(files.map((file) => [file, stamp(file)]));
  // An edit during the build may or may not be in it: use the bundle this once, build again next time.
  if (files.every((file) => statSync(join(ROOT, file)).mtimeMs < started)) {
    const temporary = `${CURRENT}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify({ dir, inputs }));
    renameSync(temporary, CURRENT);
    // Older bundles go after an hour: a run that started from one may still load its chunks.
    for (const old of readdirSync(CACHE)) {
      const path = join(CACHE, old);
      if (old.startsWith('build-') && old !== dir && Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    }
  }
  return join(CACHE, dir, 'main.mjs');
}

/** The CLI's main(): from the bundle (built first when missing or stale), else through tsx when esbuild fails. */
export async function loadMain() {
  let entry = upToDate();
  if (!entry) {
    try {
      mkdirSync(CACHE, { recursive: true });
      entry = await rebuild();
    } catch {
      entry = null;
    }
  }
  if (entry) return import(pathToFileURL(entry).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import('./main.ts');
}
