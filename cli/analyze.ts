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
    tasks: a.tasks.map(({ text, section, label, exposure, confidence, unclear, rules }) => ({ text, section, label, exposure, confidence, unclear, rules })),
    requirements: a.requirements,
    benefits: a.benefits,
    lines: a.lines.map(({ text, role }) => ({ text, role })),
    exposure: a.exposure,
    cards: a.cards.map(({ id, title, company, exposure, label, occupation }) => ({ id, title, company, exposure, label, occupation })),
    skills: a.skills,
    ...(a.occupation === undefined ? {} : { occupation: a.occupation }),
    ...(a.reason === undefined ? {} : { reason: a.reason }),
  };
}

/** The file's bytes, or why it cannot be read (the error code, such as ENOENT). */
export function readBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (e) {
    return e instanceof Error && 'code' in e ? String(e.code) : String(e);
  }
}

/** Analyses a saved page as the content script would at `url` (default: the file's own file:// URL), or says why it cannot be read. */
export function analyzeFile(file: string, url: string | undefined): Analysis | string {
  const bytes = readBytes(file);
  if (typeof bytes === 'string') return bytes;
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const { document } = parseHTML(decodeHtml(bytes));
  return analyzeDocument(document as unknown as Document, pageUrl, adapterFor(pageUrl));
}

export function runAnalyze(file: string, url: string | undefined): number {
  const analysis = analyzeFile(file, url);
  if (typeof analysis === 'string') {
    process.stderr.write(`skillshift analyze: cannot read ${file} (${analysis})\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(ordered(analysis))}\n`);
  return 0;
}
