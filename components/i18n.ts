import type { Label } from '../engine/types';

/** Looks a message up in the UI language; components get one of these as the `t` prop. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** Wraps a getMessage (browser.i18n's in entrypoints, a table in tests); a missing key shows the key itself. */
export function makeTranslate(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}

export const LABEL_KEYS: Record<Label, string> = {
  automatable: 'labelAutomatable',
  augmentable: 'labelAugmentable',
  'human-led': 'labelHumanLed',
};

export const percent = (x: number): string => String(Math.round(x * 100));
