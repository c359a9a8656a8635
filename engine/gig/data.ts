import { z } from 'zod';
import triggersJson from '../../data/gig/triggers.json';
import factsJson from '../../data/gig/facts.json';
import linksJson from '../../data/gig/links.json';
import { checkedData } from '../data-files';
import { GIG_ASPECTS, GIG_KINDS } from '../types';

const Pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');


// Each file says what it holds in a "$comment", which the extension reads as part of the file.
const COMMENT = { $comment: z.string().optional() };

export const TriggersFile = z.object({
  ...COMMENT,
  triggers: z.array(z.object({ id: z.string().min(1), kind: z.enum(GIG_KINDS), weight: z.number().positive().max(1), pattern: Pattern })),
});
export const FactsFile = z.object({
  ...COMMENT,
  facts: z.array(z.object({ aspect: z.enum(GIG_ASPECTS), value: z.string().min(1), pattern: Pattern })),
});
export const LinksFile = z.object({
  ...COMMENT,
  links: z.array(
    z.object({
      id: z.string().min(1),
      lang: z.enum(['en', 'zh', 'any']),
      url: z.url({ protocol: /^https$/ }),
      title: z.object({ en: z.string().min(1), zh_CN: z.string().min(1) }),
    }),
  ),
});


// Unicode mode only where a pattern needs it (\p{…}, \u{…}): V8 matches these ASCII and CJK phrases ~8× slower with it.
const compile = (pattern: string): RegExp => new RegExp(pattern, /\\[pPu]\{/.test(pattern) ? 'iu' : 'i');

export const TRIGGERS = checkedData<z.output<typeof TriggersFile>>(triggersJson).triggers.map((t) => ({ ...t, re: compile(t.pattern) }));
export const FACTS = checkedData<z.output<typeof FactsFile>>(factsJson).facts.map((f) => ({ ...f, re: compile(f.pattern) }));
export const LINKS = checkedData<z.output<typeof LinksFile>>(linksJson).links;
