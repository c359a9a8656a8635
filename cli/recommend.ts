import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../engine/analyze';
import { computeGap, describeProfileErrors, nearestRoles, ProfileFileSchema, type ProfileFile } from '../engine/recommend/index';
import { adapterFor } from '../sites/registry';
import { decodeHtml } from './decode';

function fail(message: string): number {
  process.stderr.write(`skillshift recommend: ${message}\n`);
  return 2;
}

function readBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (e) {
    return e instanceof Error && 'code' in e ? String(e.code) : String(e);
  }
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
  const bytes = readBytes(file);
  if (typeof bytes === 'string') return fail(`cannot read ${file} (${bytes})`);
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const { document } = parseHTML(decodeHtml(bytes));
  const analysis = analyzeDocument(document as unknown as Document, pageUrl, adapterFor(pageUrl));
  const { match, gap } = computeGap(analysis, profile, profile.language);
  const out = {
    url: analysis.url,
    posting: analysis.posting ? { title: analysis.posting.title, company: analysis.posting.company } : null,
    match,
    gap: gap.map(({ id, en, zh, score, courses }) => ({
      id, en, zh, score,
      courses: courses.map(({ id: courseId, title, provider, url: link, language }) => ({ id: courseId, title, provider, url: link, language })),
    })),
    ...(profile.skills.length > 0 ? { paths: nearestRoles(profile, 3, profile.language) } : {}),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}
