import { z } from 'zod';
import triggersJson from '../../data/gig/triggers.json';
import factsJson from '../../data/gig/facts.json';
import linksJson from '../../data/gig/links.json';
import { GIG_ASPECTS, GIG_KINDS } from '../types';

const Pattern = z.string().min(1).refine((p) => {
  try {
    new RegExp(p, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');


export const TriggersFile = z.object({
  triggers: z.array(z.object({ id: z.string().min(1), kind: z.enum(GIG_KINDS), weight: z.number().positive().max(1), pattern: Pattern })),
});
export const FactsFile = z.object({
  facts: z.array(z.object({ aspect: z.enum(GIG_ASPECTS), value: z.string().min(1), pattern: Pattern })),
});
export const LinksFile = z.object({
  links: z.array(
    z.object({
      id: z.string().min(1),
      lang: z.enum(['en', 'zh', 'any']),
      url: z.url({ protocol: /^https$/ }),
      title: z.object({ en: z.string().min(1), zh_CN: z.string().min(1) }),
    }),
  ),
});

function load<T extends z.ZodType>(schema: T, json: unknown, name: string): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`data/gig/${name}: ${parsed.error.message}`);
  return parsed.data;
}

const compile = (pattern: string): RegExp => new RegExp(pattern, 'iu');

export const TRIGGERS = load(TriggersFile, triggersJson, 'triggers.json').triggers.map((t) => ({ ...t, re: compile(t.pattern) }));
export const FACTS = load(FactsFile, factsJson, 'facts.json').facts.map((f) => ({ ...f, re: compile(f.pattern) }));
export const LINKS = load(LinksFile, linksJson, 'links.json').links;
