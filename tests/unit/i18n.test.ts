import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

type Messages = Record<string, { message: string }>;
const placeholders = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('locales', () => {
  it('en and zh_CN have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['en', en as Messages],
    ['zh_CN', zh as Messages],
  ])('%s has no empty message', (_, messages) => {
    for (const [key, { message }] of Object.entries(messages)) expect(message.trim(), key).not.toBe('');
  });

  it('substitutions match between languages', () => {
    for (const [key, { message }] of Object.entries(en as Messages)) {
      expect(placeholders((zh as Messages)[key]?.message ?? ''), key).toEqual(placeholders(message));
    }
  });

  it('the store description fits in 132 characters', () => {
    expect((en as Messages).extDescription?.message.length).toBeLessThanOrEqual(132);
    expect((zh as Messages).extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
