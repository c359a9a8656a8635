import { describe, expect, it } from 'vitest';
import { CardsReplySchema, PostingReplySchema } from '../../messaging/page-read';
import { cardsReply, postingReply } from '../../messaging/page-replies';

const occupation = { en: 'Registered Nurses', zh: '注册护士', soc: '29-1141.00', cn: '2-05-08-01', new: 1 };
const posting = {
  badge: { score: 0.42, label: 'augmentable', counts: { automatable: 2, augmentable: 3, 'human-led': 1 }, unclear: 0 },
  cards: [
    { id: '4100000101', exposure: 0.3, label: 'human-led', occupation },
    { id: 'b', exposure: null, label: null, occupation: null },
    { id: 'c', exposure: 1, label: 'automatable', occupation: { en: 'Cooks', zh: '厨师', soc: null } },
  ],
};

// Values that break one field or another: wrong types, out of range, too long, not whole, not finite.
const WRONG = [undefined, null, '', 'x'.repeat(301), 'augmentable', -1, 0, 1, 1.5, 2, Number.NaN, Infinity, 2 ** 60, true, {}, []];

/** Every way to change one value (or drop one key) of `value`, at any depth. */
function* variants(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return;
  const entries = Object.entries(value);
  for (const [key, inner] of entries) {
    const set = (v: unknown) => (Array.isArray(value) ? value.map((x, i) => (String(i) === key ? v : x)) : { ...value, [key]: v });
    for (const wrong of WRONG) yield set(wrong);
    if (!Array.isArray(value)) yield Object.fromEntries(entries.filter(([k]) => k !== key));
    for (const deeper of variants(inner)) yield set(deeper);
  }
}

describe('the content script checks the answers by hand as the background schemas do', () => {
  it('accepts what the schemas accept, with the same data, and refuses what they refuse', () => {
    let refused = 0;
    let seen = 0;
    for (const [check, schema, sample] of [
      [postingReply, PostingReplySchema, posting],
      [postingReply, PostingReplySchema, { ...posting, badge: null }],
      [cardsReply, CardsReplySchema, { cards: posting.cards }],
    ] as const) {
      for (const v of [sample, ...variants(sample)]) {
        const expected = schema.safeParse(v);
        const got = check(v);
        seen++;
        if (!expected.success) refused++;
        expect({ v, ok: got !== undefined }).toEqual({ v, ok: expected.success });
        if (expected.success) expect(got).toEqual(expected.data);
      }
    }
    // The variants reach both answers: most break the reply, some (an extra-range id, a dropped optional) don't.
    expect(refused).toBeGreaterThan(300);
    expect(seen - refused).toBeGreaterThan(20);
  });

  it('refuses what is no reply at all', () => {
    for (const v of [undefined, null, 'ok', 3, [], { cards: {} }]) {
      expect(postingReply(v)).toBeUndefined();
      expect(cardsReply(v)).toBeUndefined();
    }
  });
});
