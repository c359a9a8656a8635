import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules an import written in `file` breaks (the file need not exist: only its path places it behind a wall). */
async function broken(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// The first lint loads the parser and the config: seconds on a loaded machine.
describe('walls between layers (eslint.config.js)', { timeout: 60_000 }, () => {
  it.each([
    ['engine/extract/new.ts', "import { x } from '../../sites/registry';"],
    ['engine/new.ts', "import type { x } from '../schemas/records';"],
    ['schemas/new.ts', "import { x } from '../storage/db';"],
    ['schemas/new.ts', "import { x } from 'dexie';"],
    ['engine/new.ts', "import { x } from 'dexie';"],
    ['engine/new.ts', "import { x } from 'wxt/browser';"],
    ['sites/new.ts', "import { x } from '../messaging/page-client';"],
    ['sites/lib/new.ts', "import { x } from '../../components/i18n';"],
    ['storage/new.ts', "import { x } from '../sites/registry';"],
    ['storage/new.ts', "import { x } from '../messaging/protocol';"],
    ['messaging/new.ts', "import { x } from '../storage/db';"],
    ['messaging/protocol.ts', "import { x } from '../storage/db';"],
    ['components/New.tsx', "import { x } from 'wxt/browser';"],
    ['components/New.tsx', "import type { x } from '../storage/profile';"],
    ['components/New.tsx', "import { x } from '../schemas/records';"],
    ['components/New.tsx', "import { x } from '../messaging/client';"],
    ['components/New.tsx', "import { x } from '../entrypoints/shared/i18n';"],
    ['cli/new.ts', "import { x } from '../storage/db';"],
  ])('%s may not: %s', async (file, line) => {
    expect(await broken(file, line)).toContain('no-restricted-imports');
  });

  it.each([
    ['components/New.tsx', 'const x = browser.runtime;'],
    ['engine/new.ts', 'const x = chrome.runtime;'],
  ])('%s may not: %s', async (file, line) => {
    expect(await broken(file, line)).toContain('no-restricted-globals');
  });

  it.each([
    ['sites/new.ts', "import { x } from '../engine/extract/text';"],
    ['storage/new.ts', "import { x } from '../engine/types';"],
    ['storage/new.ts', "import { x } from '../schemas/records';"],
    ['messaging/protocol.ts', "import { x } from '../schemas/records';"],
    ['schemas/new.ts', "import { x } from '../engine/types';"],
    ['messaging/new.ts', "import { x } from 'wxt/browser';"],
    ['components/New.tsx', "import type { x } from '../messaging/protocol';"],
    ['entrypoints/background/new.ts', "import { x } from '../../storage/db';"],
  ])('%s may: %s', async (file, line) => {
    expect(await broken(file, line)).toEqual([]);
  });
});

const LAYERS = ['engine', 'sites', 'schemas', 'storage', 'messaging', 'components', 'entrypoints', 'cli'];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/**
 * Layer → the layers it imports, and within a layer, sub-folder → the sibling sub-folders it imports (a layer's
 * own top files, such as engine/types.ts, are the layer itself: they may be imported by its sub-folders and import them).
 */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const link = (from: string, to: string) => (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
  for (const file of LAYERS.flatMap(sources)) {
    const from = dirname(file).split('/');
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const to = relative(root, dirname(resolve(root, dirname(file), m[1] ?? m[2]!))).split('/');
      if (!LAYERS.includes(to[0]!)) continue;
      if (to[0] !== from[0]) link(from[0]!, to[0]!);
      else if (from.length > 1 && to.length > 1 && from[1] !== to[1]) link(from.slice(0, 2).join('/'), to.slice(0, 2).join('/'));
    }
  }
  return graph;
}

/** Strongly connected components with more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, low.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) component.push(w);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('folders', () => {
  it('import each other in no cycle', () => {
    const graph = folderGraph();
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['sites', 'components', 'entrypoints', 'engine/lines', 'entrypoints/background']));
    expect(graph.get('engine'), 'engine/ imports no other layer').toBeUndefined();
    expect(cycles(graph)).toEqual([]);
  });

  it('the cycle finder sees a cycle', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
