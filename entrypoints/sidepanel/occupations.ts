import { correctionKey } from '../../engine/titles/normalize';
import { occupationRef, OCCUPATIONS } from '../../engine/titles/occupations';
import type { OccupationRef } from '../../engine/types';
import type { Profile } from '../../schemas/records';

/** Occupations whose English or Chinese name holds every word of the query; names that start with it first. */
export function searchOccupations(query: string): OccupationRef[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = OCCUPATIONS.filter((o) => {
    const names = `${o.en} ${o.zh} ${o.soc ?? ''} ${o.cn ?? ''}`.toLowerCase();
    return words.every((w) => names.includes(w));
  });
  const starts = (o: (typeof OCCUPATIONS)[number]) => (o.en.toLowerCase().startsWith(words[0] ?? '') || o.zh.startsWith(query) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || a.en.length - b.en.length).map(occupationRef);
}

/** Whether the person chose the occupation of this title (however it is decorated: the key the engine uses). */
export const isCorrected = (profile: Profile, title: string): boolean => (profile.titleCorrections ?? []).some((c) => correctionKey(c.title) === correctionKey(title));

/** The profile with this title read as that occupation from now on (or, with null, as SkillShift reads it). */
export function correctTitle(profile: Profile, title: string, occupationId: string | null): Profile {
  const others = (profile.titleCorrections ?? []).filter((c) => correctionKey(c.title) !== correctionKey(title));
  const titleCorrections = occupationId ? [...others, { title, occupation: occupationId }] : others;
  return { ...profile, titleCorrections };
}
