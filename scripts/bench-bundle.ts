// One page bundle for the browser benchmarks, built the way the extension's build treats its code: JSON files
// over 10 kB become JSON.parse("…") as Vite emits them (object literals that size parse and behave differently).
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';

const VITE_JSON_STRINGIFY_LIMIT = 10 * 1024;

const jsonAsVite: Plugin = {
  name: 'json-as-vite',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const min = JSON.stringify(JSON.parse(text));
      if (min.length <= VITE_JSON_STRINGIFY_LIMIT) return { contents: text, loader: 'json' };
      return { contents: `export default JSON.parse(${JSON.stringify(min)});`, loader: 'js' };
    });
  },
};

/** The entry bundled as an IIFE exposing its exports as `globalName`. */
export async function pageBundle(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    target: 'es2022',
    logLevel: 'silent',
    plugins: [jsonAsVite],
  });
  return out.outputFiles[0]!.text;
}
