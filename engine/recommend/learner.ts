import type { Learner } from './courses';
import type { ProfileLike } from './profile-schema';

// A senior title, or a person expert at something already, starts a new skill past the introductions.
const SENIOR = /\b(?:senior|sr\.?|lead|principal|staff|head of|architect|director|vp)\b|高级|资深|专家|主管|总监|架构师|负责人/i;

/** The learner a posting's gap is for: its skills and the person's, and the level to start at. */
export function learnerFor(title: string | null | undefined, postingSkills: readonly string[], profile: ProfileLike): Learner {
  const skills = new Set([...postingSkills, ...profile.skills.map((s) => s.id)]);
  const experienced = SENIOR.test(title ?? '') || profile.skills.some((s) => s.level === 'expert');
  return { skills, level: experienced ? 'intermediate' : 'beginner' };
}
