import ai from '../../data/skills/ai.json';
import care from '../../data/skills/care.json';
import communication from '../../data/skills/communication.json';
import data from '../../data/skills/data.json';
import digital from '../../data/skills/digital.json';
import domain from '../../data/skills/domain.json';
import languages from '../../data/skills/languages.json';
import management from '../../data/skills/management.json';
import software from '../../data/skills/software.json';
import teaching from '../../data/skills/teaching.json';
import trades from '../../data/skills/trades.json';
import toolsAi from '../../data/skills/tools-ai.json';
import toolsData from '../../data/skills/tools-data.json';
import toolsDigital from '../../data/skills/tools-digital.json';
import toolsSoftware from '../../data/skills/tools-software.json';
import { checkedData } from '../data-files';
import type { Skill, SkillFile } from './schema';

/** Every file in data/skills/, by file name (a test keeps this list and the folder in step). */
export const SKILL_FILES = {
  'ai.json': ai, 'care.json': care, 'communication.json': communication, 'data.json': data,
  'digital.json': digital, 'domain.json': domain, 'languages.json': languages,
  'management.json': management, 'software.json': software, 'teaching.json': teaching, 'trades.json': trades,
  // Derived by `npm run skills:build`: tools and products, each under a broader skill above.
  'tools-ai.json': toolsAi, 'tools-data.json': toolsData, 'tools-digital.json': toolsDigital, 'tools-software.json': toolsSoftware,
} as const;

function load(): Skill[] {
  const out: Skill[] = [];
  const seen = new Set<string>();
  for (const [file, json] of Object.entries(SKILL_FILES)) {
    const { cluster, skills } = checkedData<SkillFile>(json);
    for (const skill of skills) {
      if (seen.has(skill.id)) throw new Error(`data/skills/${file}: duplicate skill id ${skill.id}`);
      seen.add(skill.id);
      out.push({ ...skill, cluster });
    }
  }
  return withoutClaimedNames(out);
}

/** A skill name as names are compared: NFKC, lower case, one space. */
export const foldName = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** A broader skill gives up the names its tools now answer to ("PowerPoint" is its own skill, under presentation software). */
function withoutClaimedNames(skills: Skill[]): Skill[] {
  const claimed = new Set(skills.filter((s) => s.parent).flatMap((s) => [s.en, s.zh, ...s.aliases, ...(s.exact ?? []), ...(s.listOnly ?? [])].map(foldName)));
  const free = (names: readonly string[]): string[] => names.filter((a) => !claimed.has(foldName(a)));
  return skills.map((s) =>
    s.parent ? s : { ...s, aliases: free(s.aliases), ...(s.exact ? { exact: free(s.exact) } : {}), ...(s.listOnly ? { listOnly: free(s.listOnly) } : {}) },
  );
}

export const SKILLS: readonly Skill[] = load();

const byId = new Map(SKILLS.map((skill) => [skill.id, skill]));

export function skillById(id: string): Skill | undefined {
  return byId.get(id);
}
