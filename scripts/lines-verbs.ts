// Derives data/lines/duty-verbs.json: the verbs duties open with, as stems (engine/rules/tokenize's stem()),
// from the first word of O*NET 30.3's task statements (../shared/data/onet/task_statements.csv, read-only),
// plus verbs postings use that O*NET doesn't, minus words that open requirement or label lines too.
// Usage: npm run lines:verbs
import { readFileSync, writeFileSync } from 'node:fs';
import { stem } from '../engine/rules/tokenize';

const SOURCE = '../shared/data/onet/task_statements.csv';
const MIN_COUNT = 2;
// Postings' own duty verbs ("Own the roadmap", "Ship features", "Champion best practices").
const POSTING_VERBS = 'undertake carry architect own ship drive champion scale deploy debug refactor automate partner leverage embed contribute ensure enhance stay take help work write code build implement translate streamline spearhead oversee liaise onboard mentor coach support handle run grow launch optimize migrate integrate prototype iterate triage investigate maintain develop design manage lead conduct prepare perform provide create analyze monitor execute facilitate deliver evaluate establish collaborate coordinate assist serve answer greet process post balance reconcile schedule book assemble install repair inspect clean operate load drive sell advise negotiate resolve respond report participate engage attend evangelize articulate advocate represent frame craft label rank resize source fine-tune annotate tag curate moderate transcribe localize proofread caption brew pick pack restock configure troubleshoot escalate upsell prospect pitch demo host summarize optimize prioritize standardize visualize chart restrain prep unlock lock fix';
// First words that open requirement, label or heading lines as often as duties.
const NOT_DUTY = 'have hold possess be know understand speak demonstrat key not pre back light level form lin str bor cur pag emb wet rid visually manually consider contract market cash sign view list access shar pos start open clos position servic model join'.split(' ');

const counts = new Map<string, number>();
for (const line of readFileSync(SOURCE, 'utf8').split('\n').slice(1)) {
  const first = /^[^,]+,(?:"[^"]*"|[^,]*),\d+,"?([A-Za-z]+)/.exec(line)?.[1];
  if (first) counts.set(stem(first.toLowerCase()), (counts.get(stem(first.toLowerCase())) ?? 0) + 1);
}
const verbs = new Set([...counts].filter(([, n]) => n >= MIN_COUNT).map(([w]) => w));
for (const v of POSTING_VERBS.split(/\s+/)) verbs.add(stem(v));
for (const v of NOT_DUTY) verbs.delete(v);
const sorted = [...verbs].sort();
const out = new URL('../data/lines/duty-verbs.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'O*NET 30.3 task statements (CC BY 4.0), first words; plus posting verbs', verbs: sorted })}\n`);
console.log(`lines:verbs: ${sorted.length} duty verb stems → data/lines/duty-verbs.json`);
