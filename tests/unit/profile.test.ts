import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { suggestSkills } from '../../components/ProfileSkillSearch';
import { saveAnalysis } from '../../storage/analyses';
import { listLearning, markCourseDone, removeLearningItem, saveLearningItem } from '../../storage/learning';
import { getProfile, hasProfile, raiseSkill, saveProfile } from '../../storage/profile';
import type { LearningItem, Profile } from '../../schemas/records';
import { deleteMyData } from '../../storage/wipe';
import { fakeAnalysis } from '../fixtures/analysis';
import { freshDbs } from '../fixtures/fresh-db';

const freshDb = freshDbs('profile');

const profile = (skills: Profile['skills'], targetRoles: string[] = []): Profile => ({ skills, targetRoles, language: 'en' });
const course = (courseId: string, skillId: string, added = 1): LearningItem => ({
  courseId, skillId, title: `Course ${courseId}`, provider: 'Coursera', url: `https://www.coursera.org/learn/${courseId}`,
  language: 'en', free: true, added, doneAt: null,
});

describe('profile repository', () => {
  it('saves skills with level and source, target roles and language, one entry per skill', async () => {
    const db = freshDb();
    expect(await hasProfile(db)).toBe(false);
    await saveProfile(db, profile(
      [{ id: 'sql', level: 'learning', source: 'manual' }, { id: 'python', level: 'expert', source: 'cv' }, { id: 'sql', level: 'expert', source: 'posting' }],
      ['data-analyst', 'data-analyst'],
    ));
    expect(await hasProfile(db)).toBe(true);
    expect(await getProfile(db)).toEqual(profile(
      [{ id: 'python', level: 'expert', source: 'cv' }, { id: 'sql', level: 'expert', source: 'posting' }],
      ['data-analyst'],
    ));
  });

  it('refuses an unknown level or source and keeps the saved profile', async () => {
    const db = freshDb();
    await saveProfile(db, profile([{ id: 'sql', level: 'working', source: 'manual' }]));
    await expect(saveProfile(db, profile([{ id: 'sql', level: 'guru', source: 'manual' } as never]))).rejects.toThrow();
    expect((await getProfile(db)).skills).toEqual([{ id: 'sql', level: 'working', source: 'manual' }]);
  });

  it('raises a finished skill: absent → learning, learning → working, higher stays', () => {
    const p = profile([{ id: 'sql', level: 'learning', source: 'manual' }, { id: 'python', level: 'expert', source: 'cv' }]);
    expect(raiseSkill(p, 'sql').skills[0]).toEqual({ id: 'sql', level: 'working', source: 'manual' });
    expect(raiseSkill(p, 'python')).toBe(p);
    expect(raiseSkill(p, 'excel').skills.at(-1)).toEqual({ id: 'excel', level: 'learning', source: 'manual' });
  });
});

describe('learning list', () => {
  it('adds courses in order, once each, and removes them', async () => {
    const db = freshDb();
    await saveLearningItem(db, course('sql-basics', 'sql', 2));
    await saveLearningItem(db, course('python-101', 'python', 1));
    const again = await saveLearningItem(db, { ...course('sql-basics', 'sql', 9), title: 'SQL Basics' });
    expect(again.map((i) => [i.courseId, i.added, i.title])).toEqual([['python-101', 1, 'Course python-101'], ['sql-basics', 2, 'SQL Basics']]);
    expect((await removeLearningItem(db, 'python-101')).map((i) => i.courseId)).toEqual(['sql-basics']);
  });

  it('refuses a course link that is not https', async () => {
    await expect(saveLearningItem(freshDb(), { ...course('x', 'sql'), url: 'javascript:alert(1)' })).rejects.toThrow();
  });

  it('marking a course done raises its skill in the profile, once', async () => {
    const db = freshDb();
    await saveProfile(db, profile([{ id: 'sql', level: 'learning', source: 'manual' }]));
    await saveLearningItem(db, course('sql-basics', 'sql'));
    await saveLearningItem(db, course('excel-101', 'excel'));
    const first = await markCourseDone(db, 'sql-basics', 500);
    expect(first.items.find((i) => i.courseId === 'sql-basics')?.doneAt).toBe(500);
    expect(first.profile.skills).toEqual([{ id: 'sql', level: 'working', source: 'manual' }]);
    const second = await markCourseDone(db, 'excel-101', 600);
    expect(second.profile.skills.map((s) => [s.id, s.level])).toEqual([['sql', 'working'], ['excel', 'learning']]);
    // Done twice changes nothing more.
    expect((await markCourseDone(db, 'excel-101', 700)).profile).toEqual(second.profile);
    expect(await getProfile(db)).toEqual(second.profile);
    await expect(markCourseDone(db, 'nope')).rejects.toThrow(/no course/);
  });
});

describe('delete my data', () => {
  it('empties the profile, the learning list and the history', async () => {
    const db = freshDb();
    await saveProfile(db, profile([{ id: 'sql', level: 'working', source: 'manual' }]));
    await saveLearningItem(db, course('sql-basics', 'sql'));
    await saveAnalysis(db, fakeAnalysis());
    await deleteMyData(db);
    expect(await hasProfile(db)).toBe(false);
    expect(await listLearning(db)).toEqual([]);
    expect(await db.analyses.count()).toBe(0);
  });
});

describe('skill search', () => {
  it('finds skills by English name, Chinese name and alias, best match first', () => {
    expect(suggestSkills('sql')[0]?.id).toBe('sql');
    expect(suggestSkills('护理').map((s) => s.id)).toContain('nursing');
    expect(suggestSkills('pivot tables')[0]).toMatchObject({ id: 'excel', alias: 'pivot tables' });
    expect(suggestSkills('  ')).toEqual([]);
    expect(suggestSkills('py', 3)).toHaveLength(3);
  });

  it('leaves out skills already in the profile', () => {
    expect(suggestSkills('sql', 8, new Set(['sql'])).map((s) => s.id)).not.toContain('sql');
  });
});
