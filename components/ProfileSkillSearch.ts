import { skillById, SKILLS } from '../engine/skills/taxonomy';

export interface SkillSuggestion {
  id: string;
  en: string;
  zh: string;
  /** The name or alias the query matched, when it is neither the English nor the Chinese name. */
  alias?: string;
}

// Built once: every name and alias of every skill, lower-cased.
const TERMS = SKILLS.flatMap((skill) =>
  [skill.en, skill.zh, ...skill.aliases].map((name) => ({ skill, name, key: name.toLowerCase() })),
);

function rank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.split(/[\s\-/]+/).some((word) => word.startsWith(query))) return 2;
  return key.includes(query) ? 3 : -1;
}

/** Skills whose English or Chinese name or an alias matches `query`: exact, then prefix, word prefix, anywhere. */
export function suggestSkills(query: string, max = 8, exclude: ReadonlySet<string> = new Set()): SkillSuggestion[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const best = new Map<string, { r: number; name: string }>();
  for (const { skill, name, key } of TERMS) {
    if (exclude.has(skill.id)) continue;
    const r = rank(key, q);
    const seen = best.get(skill.id);
    if (r >= 0 && (!seen || r < seen.r)) best.set(skill.id, { r, name });
  }
  return [...best]
    .sort(([a, x], [b, y]) => x.r - y.r || a.localeCompare(b))
    .slice(0, max)
    .map(([id, { name }]) => {
      const skill = skillById(id);
      const en = skill?.en ?? id;
      const zh = skill?.zh ?? id;
      return name === en || name === zh ? { id, en, zh } : { id, en, zh, alias: name };
    });
}
