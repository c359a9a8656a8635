// npx tsx scripts/skills-audit.ts — the skill extractor over every requirement and duty line of the hand-read
// postings (tests/fixtures/lines), one line each: "page | role | text → skill(as written), …", for a person to
// read for skills taken in the wrong sense and skills missed. Save two runs and diff them to see what a change did.
// Usage: npx tsx scripts/skills-audit.ts [--page <part of a page name>] [--empty] (--empty: lines with no skill too)
import { findSkills } from '../engine/skills/extract';
import { skillById } from '../engine/skills/taxonomy';
import { readAnnotations } from './lines-metrics';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const only = arg('--page');
const showEmpty = process.argv.includes('--empty');

let lines = 0;
let withSkills = 0;
let mentions = 0;
for (const annotation of readAnnotations()) {
  if (only && !annotation.page.includes(only)) continue;
  for (const line of annotation.lines) {
    if (line.role !== 'requirement' && line.role !== 'duty') continue;
    lines++;
    const seen = new Set<string>();
    const found = findSkills(line.text).filter((f) => !seen.has(f.id) && seen.add(f.id));
    if (found.length) withSkills++;
    mentions += found.length;
    if (!found.length && !showEmpty) continue;
    const named = found.map((f) => {
      const parent = skillById(f.id)?.parent;
      return `${f.id}${parent ? `<${parent}` : ''}(${f.matched})`;
    });
    console.log(`${annotation.page} | ${line.role} | ${line.text} → ${named.join(', ') || '—'}`);
  }
}
console.log(`\n${lines} requirement and duty lines, ${withSkills} with a skill, ${mentions} skills found`);
