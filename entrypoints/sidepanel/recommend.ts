import { languageOf, type Locale } from '../../engine/language';
import { computeGap, nearestRoles, type Gap, type RoleMatch } from '../../engine/recommend/index';
import { ROLES } from '../../engine/recommend/roles';
import type { Region } from '../../engine/region';
import type { Analysis } from '../../engine/types';
import type { Profile } from '../../schemas/records';

/**
 * Gap and courses (for the person's region, when known) for the posting in view, computed here in the extension page
 * (never in the job site's page).
 */
export function gapFor(analysis: Analysis, profile: Profile, lang: Locale, region?: Region): { gap: Gap; ms: number } {
  const start = performance.now();
  const gap = computeGap(analysis, profile, languageOf(lang), region);
  return { gap, ms: performance.now() - start };
}

/** The target roles first, then up to `n` of the nearest others — only roles the person already shares a skill with. */
export function pathsFor(profile: Profile, lang: Locale, n = 3, region?: Region): RoleMatch[] {
  const all = nearestRoles(profile, ROLES.length, languageOf(lang), region);
  const targets = new Set(profile.targetRoles);
  return [...all.filter((r) => targets.has(r.id)), ...all.filter((r) => !targets.has(r.id) && r.have.length > 0).slice(0, n)];
}
