import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '../../entrypoints/background/index';
import { ProfileFileSchema } from '../../engine/recommend/profile-schema';
import { skillById } from '../../engine/skills/taxonomy';
import { parseProfileFile, serialiseProfileFile, toProfileFile } from '../../storage/profile-file';
import type { Profile } from '../../schemas/records';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';

// The CLI's example profile file, written by us: the extension must read what the CLI reads.
const CLI_PROFILE = readFileSync(new URL('../fixtures/skills/profile.json', import.meta.url), 'utf8');
const MINE: Profile = {
  skills: [{ id: 'nursing', level: 'expert', source: 'manual' }, { id: 'excel', level: 'learning', source: 'cv' }],
  targetRoles: ['care-technology-coordinator'],
  language: 'zh_CN',
};

const freshDb = freshDbs('import');
beforeEach(async () => {
  fakeBrowser.reset();
  main(freshDb());
  await fromPanel({ type: 'ui:saveProfile', profile: MINE });
});

const stored = async () => (await fromPanel({ type: 'ui:getProfile' })).data;

describe('export', () => {
  it('writes the CLI profile format, which reads back to the same profile', () => {
    const text = serialiseProfileFile(toProfileFile(MINE, 'en'));
    const file = ProfileFileSchema.parse(JSON.parse(text));
    expect(file).toMatchObject({ format: 'skillshift-profile', version: 1, language: 'zh', targetRoles: MINE.targetRoles });
    expect(parseProfileFile(text)).toEqual({ ok: true, data: MINE });
  });

  it("writes an 'auto' language as the UI language", () => {
    expect(toProfileFile({ ...MINE, language: 'auto' }, 'en').language).toBe('en');
  });
});

describe('import (all or nothing)', () => {
  it('replaces the profile with a valid file', async () => {
    const reply = await fromPanel({ type: 'ui:importProfile', text: CLI_PROFILE });
    expect(reply.ok).toBe(true);
    const want = { profile: { skills: JSON.parse(CLI_PROFILE).skills, targetRoles: ['ml-engineer'], language: 'en' } };
    expect(reply.data).toEqual(want);
    expect(await stored()).toEqual(want);
  });

  it.each([
    ['broken JSON', '{"format": "skillshift-profile", "version": 1, "skills": [', /^not JSON/],
    ['foreign JSON', JSON.stringify({ name: 'Ada', skills: ['SQL'] }), /format: .*\n.*version/s],
    ['the wrong version', CLI_PROFILE.replace('"version": 1', '"version": 2'), /^version: /],
    ['a bad level deep inside', CLI_PROFILE.replace('"expert"', '"guru"'), /^skills\.1\.level: /],
    ['an extra key', CLI_PROFILE.replace('"language": "en"', '"language": "en", "password": "x"'), /password/],
    ['an empty file', '', /^not JSON/],
    ['a skill id holding markup', CLI_PROFILE.replace('"skills": [', '"skills": [{ "id": "<img src=x onerror=alert(1)>", "level": "working", "source": "manual" },'), /^skills\.0\.id: .*not a skill SkillShift knows.*markup/],
    ['a skill id "__proto__"', CLI_PROFILE.replace('"skills": [', '"skills": [{ "id": "__proto__", "level": "working", "source": "manual" },'), /^skills\.0\.id: "__proto__" is not a skill/],
    ['a skill id "toString"', CLI_PROFILE.replace('"skills": [', '"skills": [{ "id": "toString", "level": "working", "source": "manual" },'), /^skills\.0\.id: "toString" is not a skill/],
  ])('changes nothing and says what is wrong on %s', async (_, text, why) => {
    const reply = await fromPanel({ type: 'ui:importProfile', text });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(why);
    expect(await stored()).toEqual({ profile: MINE });
  });
});

describe('skills SkillShift does not know', () => {
  it('are kept as the person\'s own named skills, never as taxonomy ids', async () => {
    const text = CLI_PROFILE.replace('"skills": [', '"skills": [{ "id": "Knitting circles", "level": "expert", "source": "manual" },');
    const reply = await fromPanel({ type: 'ui:importProfile', text });
    expect(reply.ok).toBe(true);
    const skills = (reply.data as { profile: Profile }).profile.skills;
    expect(skills[0]).toEqual({ id: 'Knitting circles', level: 'expert', source: 'manual' });
    expect(skillById('Knitting circles')).toBeUndefined();
  });
});

describe('title corrections travel with the profile', () => {
  const CORRECTED: Profile = { ...MINE, titleCorrections: [{ title: 'Caretaker', occupation: '37-2011.00' }] };

  it('are exported and read back, and a file without them still reads', () => {
    const text = serialiseProfileFile(toProfileFile(CORRECTED, 'en'));
    expect(JSON.parse(text).titleCorrections).toEqual([{ title: 'Caretaker', occupation: '37-2011.00' }]);
    expect(parseProfileFile(text)).toEqual({ ok: true, data: CORRECTED });
    expect(JSON.parse(serialiseProfileFile(toProfileFile(MINE, 'en')))).not.toHaveProperty('titleCorrections');
  });

  it('are imported into the database; a correction naming no occupation fails the whole import', async () => {
    const text = serialiseProfileFile(toProfileFile(CORRECTED, 'en'));
    expect((await fromPanel({ type: 'ui:importProfile', text })).ok).toBe(true);
    expect(((await stored()) as { profile: Profile }).profile.titleCorrections).toEqual(CORRECTED.titleCorrections);
    const bad = text.replace('37-2011.00', 'janitor');
    const reply = await fromPanel({ type: 'ui:importProfile', text: bad });
    expect(reply.ok).toBe(false);
    expect(((await stored()) as { profile: Profile }).profile.titleCorrections).toEqual(CORRECTED.titleCorrections);
  });

  it('keep one reading per title however it is decorated, the last one given', async () => {
    const profile: Profile = { ...MINE, titleCorrections: [{ title: 'Caretaker', occupation: '37-2011.00' }, { title: 'Sr. Caretaker (m/w/d)', occupation: '31-1122.00' }] };
    await fromPanel({ type: 'ui:saveProfile', profile });
    expect(((await stored()) as { profile: Profile }).profile.titleCorrections).toEqual([{ title: 'Sr. Caretaker (m/w/d)', occupation: '31-1122.00' }]);
  });
});
