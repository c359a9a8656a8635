import type { Label } from '../engine/types';
import type messages from '../public/_locales/en/messages.json';

/** A message's name: a key of the locale files (tests/unit/i18n.test.ts keeps zh_CN's the same as en's). */
export type MessageKey = keyof typeof messages;

/** Looks a message up in the UI language; components get one of these as the `t` prop. */
export type Translate = (key: MessageKey, substitutions?: string[]) => string;

/** Wraps a getMessage (browser.i18n's in entrypoints, a table in tests); a missing key shows the key itself. */
export function makeTranslate(getMessage: (key: string, substitutions?: string[]) => string): Translate {
  return (key, substitutions) => getMessage(key, substitutions) || key;
}

export const LABEL_KEYS: Record<Label, MessageKey> = {
  automatable: 'labelAutomatable',
  augmentable: 'labelAugmentable',
  'human-led': 'labelHumanLed',
};

/** Items as one list in the UI language: "a, b, c" in English, "a、b、c" in Chinese. */
export const joinList = (t: Translate, items: readonly string[]): string => (items.length === 0 ? '' : items.reduce((list, item) => t('listJoin', [list, item])));

export const percent = (x: number): string => String(Math.round(x * 100));

/** Where an exposure figure sits on the scale a reader can hold on to: low, moderate, high. */
export const scaleKey = (score: number): MessageKey => (score < 0.34 ? 'glanceScaleLow' : score < 0.67 ? 'glanceScaleModerate' : 'glanceScaleHigh');
