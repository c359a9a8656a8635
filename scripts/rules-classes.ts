// The lexicon's word classes: a hand-made table of what a task's verb does — handle things, operate machines,
// care for people, teach, persuade, meet, document, analyse, inspect, direct — stemmed as the engine stems.
// The fit (rules-fit.ts) weighs each class as a feature of its own ("%document" for any of its words, "^%document"
// for a task led by one, "^%document>%analyze" with the next word's class), so what the class's common verbs
// teach reaches its rare ones. Written by hand from the verbs' general senses, never from a label; verbs whose
// posting sense differs from O*NET's are left out ("build" and "run" software, "feed" data, "drive" growth, "lead"
// a team, "plant", "cover", "track"), as the bag-of-class feature also fires on a word used as a noun.
// Distributional classes (k-means over O*NET task statements) were tried: they teach O*NET's senses ("load" is
// freight) and cost the posting lines 2–4 points. rules-build writes the classes some weight names into
// data/rules/lexicon.json ("classes").
import { STOPWORDS } from '../engine/rules/features';
import { stem } from '../engine/rules/tokenize';

/** Class → verbs; a verb stays in the first class that names it. */
export const VERB_CLASSES: Readonly<Record<string, string>> = {
  handle:
    'clean remove install repair adjust assemble disassemble attach lift erect construct fabricate smooth carry stack pack unload align replace ' +
    'paint weld sand polish grind drill dig harvest lay trim insert spray wash thread mix load transport',
  operate: 'operate drive tend pilot steer navigate',
  care: 'treat bathe comfort diagnose prescribe administer examine nurse groom reassure',
  teach: 'teach train instruct educate coach mentor counsel tutor demonstrate lecture',
  persuade: 'negotiate sell persuade promote recruit hire represent solicit advocate',
  meet: 'confer consult meet discuss collaborate communicate contact greet interview visit attend participate',
  document: 'prepare write compile record document draft edit enter maintain update publish translate transcribe summarize',
  analyze: 'analyze calculate compute estimate interpret research study evaluate assess investigate forecast compare review',
  inspect: 'inspect check test measure verify observe monitor weigh count examine',
  direct: 'direct supervise coordinate manage oversee plan organize schedule assign establish implement develop design create devise',
};

/** Class → its stemmed words, space-separated (features.ts classMap reads it). */
export function wordClasses(table: Readonly<Record<string, string>> = VERB_CLASSES): Record<string, string> {
  const seen = new Set<string>();
  const out: Record<string, string> = {};
  for (const [name, words] of Object.entries(table)) {
    const stems = [...new Set(words.split(' ').map(stem))].filter((w) => !seen.has(w) && !STOPWORDS.has(w));
    stems.forEach((w) => seen.add(w));
    out[name] = stems.join(' ');
  }
  return out;
}

