import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import { adapterFor } from '../sites/registry';
import { decodeHtml } from './decode';

/** The contract's key order (GUIDE.md), so the JSON reads the same for people and diffs. */
function ordered(a: Analysis): Record<string, unknown> {
  return {
    url: a.url,
    kind: a.kind,
    source: a.source,
    posting: a.posting,
    tasks: a.tasks.map(({ text, section, label, exposure, rules }) => ({ text, section, label, exposure, rules })),
    exposure: a.exposure,
    cards: a.cards.map(({ id, title, company, exposure, label }) => ({ id, title, company, exposure, label })),
    skills: a.skills,
    ...(a.reason === undefined ? {} : { reason: a.reason }),
  };
}

export function runAnalyze(file: string, url: string | undefined): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const why = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    process.stderr.write(`skillshift analyze: cannot read ${file} (${why})\n`);
    return 2;
  }
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const { document } = parseHTML(decodeHtml(bytes));
  const analysis = analyzeDocument(document as unknown as Document, pageUrl, adapterFor(pageUrl));
  process.stdout.write(`${JSON.stringify(ordered(analysis))}\n`);
  return 0;
}
