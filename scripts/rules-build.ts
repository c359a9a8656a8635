// Fits the lexicon on the O*NET dev file (read from ../shared, never copied) and writes
// data/rules/lexicon.json. Same input → same bytes: the date is the source file's, not today's.
// Usage: npx tsx scripts/rules-build.ts [source.tsv] [--out data/rules/lexicon.json]
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LexiconSchema, type Lexicon } from '../engine/rules/schema';
import { DEFAULT_SOURCE, readTaskFile, unlabelledBeside } from './rules-data';
import { fitContext } from './rules-context';
import { crossValidate } from './rules-eval';
import { DEFAULT_FIT, fitLexicon, type FitOptions } from './rules-fit';

export const LEXICON_PATH = 'data/rules/lexicon.json';
/** The posting context is fitted on out-of-fold results, as rules-eval measures it. */
const CONTEXT_FOLDS = 5;

export function buildLexicon(source: string, options: FitOptions = DEFAULT_FIT): Lexicon {
  const { rows, sha256 } = readTaskFile(source);
  const unlabelled = options.unlabelled > 0 ? unlabelledBeside(source, rows) : [];
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch ? new Date(Number(epoch) * 1000) : statSync(source).mtime;
  const lexicon: Lexicon = {
    version: 1,
    provenance: {
      source: basename(source),
      sha256,
      rows: rows.length,
      occupations: new Set(rows.map((r) => r.onet_soc)).size,
      date: date.toISOString().slice(0, 10),
      options: {
        ...options,
        ...(options.unlabelled > 0 ? { unlabelledTasks: unlabelled.length } : {}),
        model:
          'L2 logistic regression, truncated Newton; words, word pairs, lead verb and its object, opening-clause words (exposure), hand rules' +
          (options.unlabelled > 0 ? '; exposure self-trained on unlabelled O*NET tasks of other occupations' : ''),
      },
    },
    ...fitLexicon(rows, options, unlabelled),
    context: fitContext(rows, crossValidate(rows, CONTEXT_FOLDS, options, unlabelled)),
  };
  return LexiconSchema.parse(lexicon);
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  return value;
}

/** Compact JSON, one model section per line, keys sorted. */
export function serializeLexicon(lexicon: Lexicon): string {
  const { version, provenance, exposure, automation, handOnly, context } = lexicon;
  const parts = Object.entries({ version, provenance, context, handOnly, exposure, automation })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(key === 'provenance' ? value : sortedKeys(value))}`);
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** `[source.tsv] [--out lexicon.json]`, in either order; absolute paths. */
export function buildArgs(args: readonly string[]): { source: string; out: string } {
  const outAt = args.indexOf('--out');
  const out = resolve(outAt >= 0 ? (args[outAt + 1] ?? LEXICON_PATH) : LEXICON_PATH);
  const source = resolve(args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1)) ?? DEFAULT_SOURCE);
  return { source, out };
}

function main(args: string[]): number {
  const { source, out } = buildArgs(args);
  if (!existsSync(source)) {
    console.error(`rules-build: ${source} not found (it lives in ../shared/data; not part of this repo)`);
    return 2;
  }
  const started = performance.now();
  const lexicon = buildLexicon(source);
  const text = serializeLexicon(lexicon);
  writeFileSync(out, text);
  const { exposure, automation } = lexicon;
  console.log(
    `rules-build: ${lexicon.provenance.rows} tasks → ${out} (${(text.length / 1024).toFixed(1)} KB; ` +
      `exposure ${Object.keys(exposure.words).length} words/pairs, ${Object.keys(exposure.rules).length} rules; ` +
      `automation ${Object.keys(automation.words).length} words/pairs) in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
