import { computeGap, describeProfileErrors, nearestRoles, ProfileFileSchema, type ProfileFile } from '../engine/recommend/index';
import { analyzeFile, readBytes } from './analyze';

function fail(message: string): number {
  process.stderr.write(`skillshift recommend: ${message}\n`);
  return 2;
}

export function loadProfile(file: string): ProfileFile | string {
  const bytes = readBytes(file);
  if (typeof bytes === 'string') return `cannot read profile ${file} (${bytes})`;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return `profile ${file} is not JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const parsed = ProfileFileSchema.safeParse(json);
  return parsed.success ? parsed.data : `profile ${file} is not a skillshift-profile v1:\n${describeProfileErrors(parsed.error)}`;
}

/** `skillshift recommend --profile P.json FILE.html [--url URL]`: match, ranked gap with courses, nearest roles. */
export function runRecommend(profileFile: string, file: string, url: string | undefined): number {
  const profile = loadProfile(profileFile);
  if (typeof profile === 'string') return fail(profile);
  const analysis = analyzeFile(file, url);
  if (typeof analysis === 'string') return fail(`cannot read ${file} (${analysis})`);
  const { match, gap } = computeGap(analysis, profile, profile.language, profile.region);
  const out = {
    url: analysis.url,
    posting: analysis.posting ? { title: analysis.posting.title, company: analysis.posting.company } : null,
    match,
    gap: gap.map(({ id, en, zh, score, courses }) => ({
      id, en, zh, score,
      courses: courses.map(({ id: courseId, title, provider, url: link, language }) => ({ id: courseId, title, provider, url: link, language })),
    })),
    ...(profile.skills.length > 0 ? { paths: nearestRoles(profile, 3, profile.language, profile.region) } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}
