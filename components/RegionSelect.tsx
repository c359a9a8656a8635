import type { LocaleChoice } from '../engine/language';
import { REGION_CHOICES, regionOf, type Region, type RegionChoice } from '../engine/region';
import type { MessageKey, Translate } from './i18n';

const REGION_NAMES: Record<Region, MessageKey> = { cn: 'regionCn', uk: 'regionUk', us: 'regionUs', other: 'regionOther' };
const isChoice = (value: string): value is RegionChoice => (REGION_CHOICES as readonly string[]).includes(value);

export interface RegionSelectProps {
  testid: string;
  /** The profile's choice (absent in profiles saved before there was one: automatic). */
  choice: RegionChoice | undefined;
  /** What 'auto' reads the region from: the language chosen and the browser's locale ("en-GB"). */
  language: LocaleChoice;
  browserLocale: string;
  t: Translate;
  onChange(region: RegionChoice): void;
}

/** Where the person is, for the courses offered; "Automatic" names the region it stands for now. */
export function RegionSelect({ testid, choice = 'auto', language, browserLocale, t, onChange }: RegionSelectProps) {
  const name = (region: RegionChoice): string => (region === 'auto' ? t('regionAuto', [t(REGION_NAMES[regionOf('auto', language, browserLocale)])]) : t(REGION_NAMES[region]));
  return (
    <>
      <label class="region">
        {t('regionLabel')}{' '}
        <select data-testid={testid} value={choice} aria-describedby={`${testid}-hint`} onChange={(e) => isChoice(e.currentTarget.value) && onChange(e.currentTarget.value)}>
          {REGION_CHOICES.map((region) => (
            <option key={region} value={region}>
              {name(region)}
            </option>
          ))}
        </select>
      </label>
      <p id={`${testid}-hint`} class="muted">
        {t('regionHint')}
      </p>
    </>
  );
}
