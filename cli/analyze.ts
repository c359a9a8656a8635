import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import { adapterFor } from '../sites/registry';
import { decodeHtml } from './decode';
import { parseAsBrowser } from './parse';
import { listPages } from './files';
import { pageUrl } from './page-url';
import { summaryHeader, summaryRow } from './summary';

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
    ...(a.adapterError === undefined ? {} : { adapterError: a.adapterError }),
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

/** Analyses a saved page as the content script would at `url` (default: the page's canonical link or og:url, else its file:// URL), or says why it cannot be read. */
export function analyzeFile(file: string, url: string | undefined): Analysis | string {
  const bytes = readBytes(file);
  if (typeof bytes === 'string') return bytes;
  const html = decodeHtml(bytes);
  if (html.trim() === '') return 'the file is empty';
  const document = parseAsBrowser(html);
  const at = url ?? pageUrl(document, html, file);
  return analyzeDocument(document, at, adapterFor(at, document));
}

export interface AnalyzeOptions {
  url?: string;
  summary?: boolean;
}

/** Exit code: 0 all read, 2 a file could not be read, 3 an adapter failed (the worse of the two). */
export function runAnalyze(paths: readonly string[], { url, summary = false }: AnalyzeOptions = {}): number {
  let code = 0;
  const say = (file: string, message: string): void => void process.stderr.write(`skillshift analyze: ${file}: ${message}\n`);
  if (summary) process.stdout.write(summaryHeader());
  for (const listed of listPages(paths)) {
    const analysis = 'error' in listed ? listed.error : analyzeFile(listed.file, url);
    if (typeof analysis === 'string') {
      say(listed.file, `cannot read it (${analysis})`);
      code = Math.max(code, 2);
      continue;
    }
    const failure = analysis.adapterError;
    if (failure) {
      say(listed.file, `the ${failure.adapter} adapter failed finding the ${failure.step === 'cards' ? 'job cards' : 'posting'}: ${failure.message}`);
      code = 3;
    }
    process.stdout.write(summary ? summaryRow(listed.file, analysis) : `${JSON.stringify(ordered(analysis))}\n`);
  }
  return code;
}
