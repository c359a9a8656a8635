// Every data file the extension ships and reads as typed (engine/data-files.ts `checkedData`), with its schema.
// The build (wxt.config.ts) and the tests run dataProblems(): each file must parse, and parse to itself — a
// default filled in or an unknown key dropped would mean the extension reads something other than what Zod
// checked. The occupation files are derived by `npm run titles:build`; tests/unit/titles-build.test.ts checks them current.
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import lexiconJson from '../data/rules/lexicon.json';
import priorsJson from '../data/occupations/priors.json';
import occupationsJson from '../data/occupations/occupations.json';
import titleIndexJson from '../data/occupations/title-index.json';
import triggersJson from '../data/gig/triggers.json';
import factsJson from '../data/gig/facts.json';
import linksJson from '../data/gig/links.json';
import dutyVerbsJson from '../data/lines/duty-verbs.json';
import glossJson from '../data/lines/gloss.json';
import { FactsFile, LinksFile, TriggersFile } from '../engine/gig/data';
import { DutyVerbsFileSchema, GlossFileSchema } from '../engine/lines/schema';
import { COURSE_FILES } from '../engine/recommend/catalog';
import { CourseFileSchema } from '../engine/recommend/course-schema';
import { ROLE_FILES, RoleFileSchema } from '../engine/recommend/roles';
import { RULE_PACK_FILES } from '../engine/rules/packs';
import { LexiconSchema, RulePackSchema } from '../engine/rules/schema';
import { SkillFileSchema } from '../engine/skills/schema';
import { SKILL_FILES } from '../engine/skills/taxonomy';
import { OccupationsFileSchema, PriorsSchema, TitleIndexSchema } from '../engine/titles/schema';

export interface DataFile {
  /** Path from the project root. */
  path: string;
  schema: z.ZodType;
  json: unknown;
}

const folder = (dir: string, files: Record<string, unknown>, schema: z.ZodType): DataFile[] =>
  Object.entries(files).map(([name, json]) => ({ path: `data/${dir}/${name}`, schema, json }));

export const SHIPPED_DATA: readonly DataFile[] = [
  ...folder('rules', RULE_PACK_FILES, RulePackSchema),
  { path: 'data/rules/lexicon.json', schema: LexiconSchema, json: lexiconJson },
  ...folder('skills', SKILL_FILES, SkillFileSchema),
  ...folder('courses', COURSE_FILES, CourseFileSchema),
  ...folder('roles', ROLE_FILES, RoleFileSchema),
  { path: 'data/occupations/occupations.json', schema: OccupationsFileSchema, json: occupationsJson },
  { path: 'data/occupations/title-index.json', schema: TitleIndexSchema, json: titleIndexJson },
  { path: 'data/occupations/priors.json', schema: PriorsSchema, json: priorsJson },
  { path: 'data/gig/triggers.json', schema: TriggersFile, json: triggersJson },
  { path: 'data/gig/facts.json', schema: FactsFile, json: factsJson },
  { path: 'data/gig/links.json', schema: LinksFile, json: linksJson },
  { path: 'data/lines/duty-verbs.json', schema: DutyVerbsFileSchema, json: dutyVerbsJson },
  { path: 'data/lines/gloss.json', schema: GlossFileSchema, json: glossJson },
];

/** JSON under data/ that the extension doesn't read (none today). */
export const GENERATED_DATA: readonly string[] = [];

/** One line per file that doesn't match its schema, naming the file and the first problem. */
export function dataProblems(files: readonly DataFile[] = SHIPPED_DATA): string[] {
  return files.flatMap(({ path, schema, json }) => {
    const parsed = schema.safeParse(json);
    if (!parsed.success) return [`${path}: ${parsed.error.issues[0]?.path.join('.') || '(root)'}: ${parsed.error.issues[0]?.message}`];
    return isDeepStrictEqual(parsed.data, json) ? [] : [`${path}: reads differently once parsed (a default filled in or an unknown key dropped)`];
  });
}
