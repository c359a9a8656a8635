import type Dexie from 'dexie';
import { z } from 'zod';

/** A stored analysis as v1/v2 wrote it (frozen here: schemas/records.ts moves on); only what v3 reshapes. */
const AnalysisV2 = z.looseObject({
  tasks: z.array(z.looseObject({ text: z.string(), section: z.string(), rules: z.array(z.string()) })),
  exposure: z.looseObject({}).nullable(),
  cards: z.array(z.looseObject({})),
});
const RowV2 = z.looseObject({ analysis: AnalysisV2 });

/**
 * v3: an analysis lists duties only as tasks, each with a confidence and whether SkillShift could tell;
 * requirements, benefits and every line's role beside them. A v2 task from a requirements section becomes a
 * requirement (its skills are found again when the posting is next read); the others are kept as duties,
 * unclear when no rule had spoken for them. The lines of a posting read before v3 are not known, nor the occupation
 * its cards were read as.
 */
export function analysisFromV2(raw: unknown): Record<string, unknown> | null {
  const parsed = RowV2.safeParse(raw);
  if (!parsed.success) return null;
  const { analysis } = parsed.data;
  const duties = analysis.tasks.filter((t) => t.section !== 'requirements');
  const tasks = duties.map((t) => {
    const unclear = t.rules.length === 0 || (t.rules.length === 1 && t.rules[0] === 'no-signal');
    return { ...t, confidence: unclear ? 0 : 0.5, unclear };
  });
  const requirements = analysis.tasks.filter((t) => t.section === 'requirements').map((t) => ({ text: t.text, skills: [] }));
  const unclear = tasks.filter((t) => t.unclear).length;
  return {
    ...parsed.data,
    analysis: {
      ...analysis,
      tasks,
      requirements,
      benefits: [],
      lines: [],
      exposure: analysis.exposure && { ...analysis.exposure, unclear },
      cards: analysis.cards.map((card) => ({ ...card, occupation: null })),
    },
  };
}

export function v3(db: Dexie): void {
  db.version(3)
    .stores({})
    .upgrade(async (tx) => {
      // A row v2 could not have written is left as it is rather than dropped (the history skips it).
      await tx.table('analyses').toCollection().modify((row: Record<string, unknown>) => {
        const next = analysisFromV2(row);
        if (next) Object.assign(row, next);
      });
    });
}
