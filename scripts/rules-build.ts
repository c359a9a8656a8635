// Fits the lexicon on the O*NET dev file and its Chinese tasks (read from ../shared, never copied) and writes
// data/rules/lexicon.json. Same input → same bytes: the date is the source file's, not today's.
// Usage: npx tsx scripts/rules-build.ts [source.tsv] [--out data/rules/lexicon.json] [--zh source.zh.tsv]
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LexiconSchema, type Lexicon } from '../engine/rules/schema';
import { DEFAULT_SOURCE, DEFAULT_ZH_SOURCE, labelledSourceFor, readTaskFile, readZhTaskFile, unlabelledBeside, type TaskRow } from './rules-data';
import { fitWithPostingDuties, labelledDutyRows, postingDutyRows } from './fresh-postings';
import { fitContext, ZH_CONTEXT_FIT } from './rules-context';
import { crossValidate } from './rules-eval';
import { DEFAULT_FIT, type FitOptions } from './rules-fit';
import { DEFAULT_ZH_FIT, fitZhLexicon } from './rules-fit-zh';

export const LEXICON_PATH = 'data/rules/lexicon.json';
/** The posting context is fitted on out-of-fold results, as rules-eval measures it. */
const CONTEXT_FOLDS = 5;

/** Where a fit came from: the file, its hash, its rows and occupations, the file's date (not today's) and the options. */
function provenanceOf(source: string, sha256: string, rows: readonly TaskRow[], options: Lexicon['provenance']['options']): Lexicon['provenance'] {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const date = epoch ? new Date(Number(epoch) * 1000) : statSync(source).mtime;
  return {
    source: basename(source),
    sha256,
    rows: rows.length,
    occupations: new Set(rows.map((r) => r.onet_soc)).size,
    date: date.toISOString().slice(0, 10),
    options,
  };
}

/** The Chinese lexicon from a Chinese task file (joined to the labelled file beside it), its posting context fitted out of fold. */
export function buildZhLexicon(zhSource: string, options: FitOptions = DEFAULT_ZH_FIT): NonNullable<Lexicon['zh']> {
  const { rows, sha256 } = readZhTaskFile(zhSource);
  const english = readTaskFile(labelledSourceFor(zhSource)).rows;
  return {
    provenance: provenanceOf(zhSource, sha256, rows, {
      ...options,
      model: "L2 logistic regression, truncated Newton, targets mixed with GPT-4 labels and the English lexicon's reading of each task's English original; Intl.Segmenter words and character bigrams found as substrings, lead verb and object, hand rules",
    }),
    ...fitZhLexicon(rows, options, english),
    context: fitContext(rows, crossValidate(rows, CONTEXT_FOLDS, options, [], 'zh', english), undefined, ZH_CONTEXT_FIT),
  };
}

export function buildLexicon(source: string, options: FitOptions = DEFAULT_FIT, zhSource?: string): Lexicon {
  const { rows, sha256 } = readTaskFile(source);
  const unlabelled = options.unlabelled > 0 ? unlabelledBeside(source, rows) : [];
  const lexicon: Lexicon = {
    version: 1,
    provenance: provenanceOf(source, sha256, rows, {
        ...options,
        ...(options.unlabelled > 0 ? { unlabelledTasks: unlabelled.length } : {}),
        model:
          'L2 logistic regression, truncated Newton; words, word pairs, lead verb and its object, opening-clause words (exposure), verb classes, hand rules' +
          (options.unlabelled > 0 ? '; exposure self-trained on unlabelled O*NET tasks of other occupations' : '') +
          (options.postings
            ? `; beside them ${postingDutyRows().length + labelledDutyRows().length} hand-read English posting duties (tests/fixtures/postings-fresh, duty-labels), each weighing ${options.postings}`
            : ''),
    }),
    ...fitWithPostingDuties(rows, options, unlabelled),
    context: fitContext(rows, crossValidate(rows, CONTEXT_FOLDS, options, unlabelled)),
    ...(zhSource ? { zh: buildZhLexicon(zhSource) } : {}),
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
  const { version, provenance, exposure, automation, handOnly, classes, context, zh } = lexicon;
  const parts = Object.entries({ version, provenance, context, handOnly, exposure, automation, classes })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(key === 'provenance' ? value : sortedKeys(value))}`);
  if (zh) {
    const { provenance: zhProvenance, ...models } = zh;
    const zhParts = Object.entries({ provenance: zhProvenance, ...sortedKeys(models) as object }).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
    parts.push(`"zh":{\n${zhParts.join(',\n')}\n}`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** `[source.tsv] [--out lexicon.json] [--zh source.zh.tsv]`, in any order; absolute paths. */
export function buildArgs(args: readonly string[]): { source: string; out: string; zhSource: string } {
  const valueOf = (flag: string, fallback: string): string => {
    const at = args.indexOf(flag);
    return resolve(at >= 0 ? (args[at + 1] ?? fallback) : fallback);
  };
  const source = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? DEFAULT_SOURCE);
  return { source, out: valueOf('--out', LEXICON_PATH), zhSource: valueOf('--zh', DEFAULT_ZH_SOURCE) };
}

function main(args: string[]): number {
  const { source, out, zhSource } = buildArgs(args);
  for (const file of [source, zhSource])
    if (!existsSync(file)) {
      console.error(`rules-build: ${file} not found (it lives in ../shared/data; not part of this repo)`);
      return 2;
    }
  const started = performance.now();
  const lexicon = buildLexicon(source, DEFAULT_FIT, zhSource);
  const text = serializeLexicon(lexicon);
  writeFileSync(out, text);
  const { exposure, automation } = lexicon;
  console.log(
    `rules-build: ${lexicon.provenance.rows} tasks → ${out} (${(text.length / 1024).toFixed(1)} KB; ` +
      `exposure ${Object.keys(exposure.words).length} words/pairs, ${Object.keys(exposure.rules).length} rules; ` +
      `automation ${Object.keys(automation.words).length} words/pairs; ` +
      `zh: exposure ${Object.keys(lexicon.zh?.exposure.words ?? {}).length} terms, automation ${Object.keys(lexicon.zh?.automation.words ?? {}).length} terms, ` +
      `context ${lexicon.zh?.context?.alpha}/${lexicon.zh?.context?.center}) in ${Math.round(performance.now() - started)} ms`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main(process.argv.slice(2));
