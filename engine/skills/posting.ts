import { skillIds } from './extract';

/** Skill ids named in a posting's title and task lines (what `Analysis.skills` holds). */
export function postingSkills(title: string, taskTexts: readonly string[]): string[] {
  return skillIds([title, ...taskTexts].join('\n'));
}
