import { useState } from 'preact/hooks';
import type { OccupationRef } from '../engine/types';
import type { CardOccupation } from '../messaging/page-read';
import { occupationWords } from './CardBadge';
import type { Translate } from './i18n';

export interface OccupationLineProps {
  /** The occupation the posting's title was read as; undefined when SkillShift knows none. */
  occupation: OccupationRef | undefined;
  /** The person chose it for this title. */
  corrected: boolean;
  t: Translate;
  /** Occupations whose names hold the query (EN or ZH), best first. */
  search(query: string): OccupationRef[];
  /** Read this title as that occupation from now on (null: as SkillShift reads it). */
  correct(occupationId: string | null): void;
}

const words = (o: OccupationRef, t: Translate): string => {
  const [name, codes] = occupationWords(o as CardOccupation, t);
  return codes ? `${name} (${codes})` : name;
};

/** "Read as Registered Nurses (O*NET 29-1141.00) · Change": the occupation behind the figures, and a way to correct it. */
export function OccupationLine({ occupation, corrected, t, search, correct }: OccupationLineProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const found = query.trim().length >= 2 ? search(query.trim()).slice(0, 8) : [];
  return (
    <section class="occupation" data-testid="occupation">
      <p>
        {occupation ? t('occupationReadAs', [words(occupation, t)]) : t('occupationUnknown')}
        {corrected && <span class="muted"> {t('occupationCorrected')}</span>}{' '}
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t(occupation ? 'occupationChange' : 'occupationChoose')}
        </button>
      </p>
      {open && (
        <div class="occupation__pick">
          <label>
            {t('occupationSearch')}
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} data-testid="occupation-search" />
          </label>
          <ul class="suggestions">
            {found.map((o) => (
              <li key={o.id}>
                <button type="button" data-testid="occupation-option" data-id={o.id} onClick={() => (correct(o.id), setOpen(false))}>
                  {words(o, t)}
                </button>
              </li>
            ))}
          </ul>
          {corrected && (
            <button type="button" class="link" onClick={() => (correct(null), setOpen(false))}>
              {t('occupationReset')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
