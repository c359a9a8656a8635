import { describeProfileErrors, ProfileFileSchema, type ProfileFile } from '../engine/recommend/profile-schema';
import { languageOf, localeFor, type Locale } from '../engine/language';
import { skillById } from '../engine/skills/taxonomy';
import { normaliseProfile } from './profile';
import { ProfileSchema, type Profile } from '../schemas/records';

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

/** The export file; an 'auto' locale is written as the language the UI shows now, a region only when one was chosen. */
export function toProfileFile(profile: Profile, uiLocale: Locale): ProfileFile {
  const language = languageOf(profile.language === 'auto' ? uiLocale : profile.language);
  const corrections = profile.titleCorrections?.length ? { titleCorrections: profile.titleCorrections } : {};
  const region = profile.region && profile.region !== 'auto' ? { region: profile.region } : {};
  return { format: 'skillshift-profile', version: 1, skills: profile.skills, targetRoles: profile.targetRoles, language, ...region, ...corrections };
}

export function fromProfileFile(file: ProfileFile): Profile {
  const corrections = file.titleCorrections?.length ? { titleCorrections: file.titleCorrections } : {};
  return { skills: file.skills, targetRoles: file.targetRoles, language: localeFor(file.language), ...(file.region ? { region: file.region } : {}), ...corrections };
}

/**
 * A skill id no taxonomy knows is kept as the person's own named skill (as v1's free text was) when it reads as a
 * name; markup, control characters and the names of an object's own properties ("__proto__", "toString") are not.
 */
const isControl = (c: string): boolean => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

export function unknownSkillProblem(id: string): string | null {
  if (skillById(id)) return null;
  if (/[<>{}]/.test(id) || [...id].some(isControl)) return `"${id.slice(0, 60)}" is not a skill SkillShift knows, nor a name (it holds markup or control characters)`;
  if (id in Object.prototype || id === '__proto__') return `"${id}" is not a skill SkillShift knows, nor a name`;
  return null;
}

/** Reads an exported profile: the whole file or nothing, with what is wrong when it is not one of ours. */
export function parseProfileFile(text: string): Parsed<Profile> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const file = ProfileFileSchema.safeParse(json);
  if (!file.success) return { ok: false, error: describeProfileErrors(file.error) };
  const profile = ProfileSchema.safeParse(fromProfileFile(file.data));
  if (!profile.success) return { ok: false, error: describeProfileErrors(profile.error) };
  const unknown = profile.data.skills.flatMap((skill, i) => {
    const problem = unknownSkillProblem(skill.id);
    return problem ? [`skills.${i}.id: ${problem}`] : [];
  });
  if (unknown.length > 0) return { ok: false, error: unknown.join('\n') };
  return { ok: true, data: normaliseProfile(profile.data) };
}

export const PROFILE_FILE_NAME = 'skillshift-profile.json';
export const serialiseProfileFile = (file: ProfileFile): string => `${JSON.stringify(file, null, 2)}\n`;
export type { ProfileFile };
