import occupationsJson from '../../data/occupations/occupations.json';
import { checkedData } from '../data-files';
import type { OccupationRef } from '../types';
import type { Occupation, OccupationsFile } from './schema';

// Shipped with the background, the side panel and the CLI (never the page), Zod-checked by the build and the
// tests (scripts/data-check.ts). The title index is apart (title-index-data.ts): only the background needs it.
export const OCCUPATIONS: readonly Occupation[] = checkedData<OccupationsFile>(occupationsJson).occupations;

const byId = new Map(OCCUPATIONS.map((o) => [o.id, o]));

/** An occupation by its id (an O*NET-SOC code, or "cn-" and a 2022 classification code). */
export const occupationById = (id: string): Occupation | undefined => byId.get(id);

/** How the analysis and the CLI name an occupation: its codes (soc null when O*NET has no such job) and names. */
export function occupationRef(o: Occupation): OccupationRef {
  return { id: o.id, soc: o.soc ?? null, ...(o.isco ? { isco: o.isco } : {}), ...(o.cn ? { cn: o.cn } : {}), en: o.en, zh: o.zh, ...(o.new ? { new: o.new } : {}) };
}
