import { analyzeRead } from '../../engine/analyze';
import { cardSummaries } from '../../engine/cards';
import { classify, LEXICON, type Classifier } from '../../engine/rules/classify';
import { createUserClassifier, isUserRulesEmpty } from '../../engine/rules/user-rules';
import { skillIds } from '../../engine/skills/extract';
import { prepareTitleIndex } from '../../engine/titles/match';
import type { Analysis, CardRead, PageRead } from '../../engine/types';
import type { CardFigures } from '../../messaging/page-read';
import type { SkillShiftDb } from '../../storage/db';
import { getUserRules } from '../../storage/user-rules';

/** After the worker starts, the indexes are built in a later task, so the first message rarely waits for them. */
const WARM_AFTER_MS = 50;

/**
 * The engine as the background runs it: the user's rules compiled once per change, the classifier, title index
 * and skill index built once per worker start (lazily, or in the warm-up shortly after it).
 */
export function backgroundEngine(db: SkillShiftDb) {
  let key: string | null = null;
  let current: Classifier = classify;

  async function classifier(): Promise<Classifier> {
    const rules = await getUserRules(db);
    const next = JSON.stringify(rules);
    if (next !== key) {
      key = next;
      current = isUserRulesEmpty(rules) ? classify : createUserClassifier(LEXICON, rules);
    }
    return current;
  }

  return {
    async analyze(read: PageRead): Promise<Analysis> {
      return analyzeRead(read, await classifier());
    },
    cards(cards: readonly CardRead[]): CardFigures[] {
      return cardSummaries(cards).map(({ id, exposure, label }) => ({ id, exposure, label }));
    },
    /** Build what the first page would otherwise wait for. */
    warm(setTimer: (fn: () => void, ms: number) => unknown = setTimeout): void {
      setTimer(() => {
        prepareTitleIndex();
        classify('Prepare weekly reports');
        skillIds('SQL');
        void classifier().catch(() => undefined);
      }, WARM_AFTER_MS);
    },
  };
}

export type BackgroundEngine = ReturnType<typeof backgroundEngine>;
