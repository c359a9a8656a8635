import { analyzeRead } from '../../engine/analyze';
import { cardSummaries, correctionKey, type TitleCorrections } from '../../engine/cards';
import { classify, LEXICON, type Classifier } from '../../engine/rules/classify';
import { createUserClassifier, isUserRulesEmpty } from '../../engine/rules/user-rules';
import type { UserRules } from '../../engine/rules/user-rules-schema';
import { skillIds } from '../../engine/skills/extract';
import { prepareTitleIndex } from '../../engine/titles/match';
import type { Analysis, CardRead, OccupationRef, PageRead } from '../../engine/types';
import type { CardFigures } from '../../messaging/page-read';
import type { SkillShiftDb } from '../../storage/db';
import type { TitleCorrection } from '../../schemas/records';
import { getProfile } from '../../storage/profile';
import { getUserRules } from '../../storage/user-rules';
import { keptRead } from '../../storage/kept-read';
import { EMPTY_USER_RULES } from '../../engine/rules/user-rules-schema';
import type { StorageGuard } from './storage-guard';

/** What a card's badge is sent: its figures and the occupation its title was read as (names and codes only). */
export function cardFigures({ id, exposure, label, occupation }: { id: string; exposure: number | null; label: CardFigures['label']; occupation: OccupationRef | null }): CardFigures {
  return { id, exposure, label, occupation: occupation && { en: occupation.en, zh: occupation.zh, soc: occupation.soc, ...(occupation.cn ? { cn: occupation.cn } : {}), ...(occupation.new ? { new: occupation.new } : {}) } };
}

/** After the worker starts, the indexes are built in a later task, so the first message rarely waits for them. */
const WARM_AFTER_MS = 50;

/**
 * The engine as the background runs it: the user's rules compiled once per change, the classifier, title index
 * and skill index built once per worker start (lazily, or in the warm-up shortly after it).
 */
/** What `make` builds from a stored value, built again only when the value read is another (kept reads return the same). */
function rebuiltOnChange<T, U>(make: (value: T) => U): (value: T) => U {
  let from: { value: T; made: U } | null = null;
  return (value) => {
    if (from?.value !== value) from = { value, made: make(value) };
    return from.made;
  };
}

export function backgroundEngine(db: SkillShiftDb, guard: StorageGuard) {
  const classifierFor = rebuiltOnChange((rules: UserRules): Classifier => (isUserRulesEmpty(rules) ? classify : createUserClassifier(LEXICON, rules)));
  /** The person's readings of titles (from the profile), as a lookup. */
  const correctionsFor = rebuiltOnChange((list: readonly TitleCorrection[]): TitleCorrections => new Map(list.map((c) => [correctionKey(c.title), c.occupation])));
  // Read once and kept until the person saves them, so a page's answer rarely waits on the database.
  const storedRules = keptRead(db, ['settings'], () => guard.run(() => getUserRules(db), false));
  const storedCorrections = keptRead(db, ['profile'], () => guard.run(async () => (await getProfile(db)).titleCorrections ?? [], false));
  // Without a usable database the page is still read, with the built-in rules and no corrections.
  const classifier = async (): Promise<Classifier> => classifierFor(await storedRules().catch(() => EMPTY_USER_RULES));
  const titleCorrections = async (): Promise<TitleCorrections> => correctionsFor(await storedCorrections().catch((): TitleCorrection[] => []));

  return {
    async analyze(read: PageRead): Promise<Analysis> {
      // Both kept in memory after the first read; else two reads of the database, side by side.
      const [rules, corrections] = await Promise.all([classifier(), titleCorrections()]);
      return analyzeRead(read, rules, corrections);
    },
    async cards(cards: readonly CardRead[]): Promise<CardFigures[]> {
      return cardSummaries(cards, await titleCorrections()).map(cardFigures);
    },
    /** Build what the first page would otherwise wait for. */
    warm(setTimer: (fn: () => void, ms: number) => unknown = setTimeout): void {
      setTimer(() => {
        prepareTitleIndex();
        classify('Prepare weekly reports');
        skillIds('SQL');
        void classifier().catch(() => undefined);
        void titleCorrections().catch(() => undefined);
      }, WARM_AFTER_MS);
    },
  };
}

export type BackgroundEngine = ReturnType<typeof backgroundEngine>;
