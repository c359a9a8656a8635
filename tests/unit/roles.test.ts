import { describe, expect, it } from 'vitest';
import { nearestRoles, ROLES } from '../../engine/recommend/roles';

describe('AI-era roles', () => {
  it('has ≥12 roles, each with known required skills', () => {
    expect(ROLES.length).toBeGreaterThanOrEqual(12);
    for (const id of ['data-annotator', 'ai-trainer', 'prompt-engineer', 'mlops-engineer', 'ai-ethics-specialist', 'conversation-designer'])
      expect(ROLES.map((r) => r.id)).toContain(id);
  });

  it('ranks roles by how much of them a profile covers, with courses for what is missing', () => {
    const profile = { skills: ['data-analysis', 'sql', 'excel', 'data-visualization', 'statistics'].map((id) => ({ id, level: 'working' as const })) };
    const [first, ...rest] = nearestRoles(profile, 3, 'en');
    expect(first?.id).toBe('data-analyst');
    expect(first?.coverage).toBeCloseTo(5 / 7, 3);
    expect(first?.missing.map((m) => m.id).sort()).toEqual(['data-storytelling', 'python']);
    expect(first?.missing.every((m) => m.courses.length > 0)).toBe(true);
    expect(rest.length).toBe(2);
    for (const r of rest) expect(r.coverage).toBeLessThanOrEqual(first?.coverage ?? 0);
  });
});
