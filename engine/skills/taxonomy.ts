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
import { checkedData } from '../data-files';
import type { Skill, SkillFile } from './schema';

/** Every file in data/skills/, by file name (a test keeps this list and the folder in step). */
export const SKILL_FILES = {
  'ai.json': ai, 'care.json': care, 'communication.json': communication, 'data.json': data,
  'digital.json': digital, 'domain.json': domain, 'languages.json': languages,
  'management.json': management, 'software.json': software, 'teaching.json': teaching, 'trades.json': trades,
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
  return out;
}

export const SKILLS: readonly Skill[] = load();

const byId = new Map(SKILLS.map((skill) => [skill.id, skill]));

export function skillById(id: string): Skill | undefined {
  return byId.get(id);
}
