// An annotation template for one saved page: every unit the engine reads from it today (section headings,
// then each line split into sentences), roles left blank for a careful reader to fill in by hand.
// Usage: npx tsx scripts/lines-template.ts <board>/<file.html>   (the page in ../shared/fixtures/pages)
//        npx tsx scripts/lines-template.ts --text <board>/<file.html>   (the whole page's text, to check against)
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../cli/decode';
import { extractPosting, toSections } from '../engine/extract/index';
import { splitSentences } from '../engine/lines/units';
import { adapterFor } from '../sites/registry';

const PAGES = '../shared/fixtures/pages/';
const args = process.argv.slice(2);
const text = args.includes('--text');
const page = args.find((a) => !a.startsWith('--'));
if (!page) throw new Error('usage: lines-template.ts [--text] <board>/<file.html>');
const entries = JSON.parse(readFileSync(`${PAGES}pages.json`, 'utf8')) as { board: string; file: string; url: string; lang?: string }[];
const entry = entries.find((e) => `${e.board}/${e.file}` === page);
if (!entry) throw new Error(`${page} is not in pages.json`);
const url = entry.url.replace(/<[^>]*>/g, 'x');
const { document } = parseHTML(decodeHtml(readFileSync(`${PAGES}${page}`)));
const doc = document as unknown as Document;

if (text) {
  for (const s of toSections(doc.body)) {
    if (s.heading) console.log(`# ${s.heading}`);
    for (const line of s.lines) console.log(line);
  }
} else {
  const read = extractPosting(doc, url, adapterFor(url));
  const lines: { text: string; role: string; label?: string }[] = [];
  if (read.ok) {
    const locale = read.posting.language.startsWith('zh') ? 'zh' : read.posting.language;
    for (const s of read.posting.sections) {
      if (s.heading) lines.push({ text: s.heading, role: '' });
      for (const line of s.lines) for (const sentence of splitSentences(line, locale)) if (sentence.trim()) lines.push({ text: sentence.trim(), role: '' });
    }
  }
  const out = { page, url: entry.url, lang: entry.lang ?? null, title: read.ok ? read.posting.title : null, lines };
  console.log(`{\n  "page": ${JSON.stringify(out.page)},\n  "url": ${JSON.stringify(out.url)},\n  "lang": ${JSON.stringify(out.lang)},\n  "title": ${JSON.stringify(out.title)},\n  "lines": [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(',\n')}\n  ]\n}`);
}
