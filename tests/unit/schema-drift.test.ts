import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { analyzeRead } from '../../engine/analyze';
import type { Exact } from '../../engine/exact';
import type { Analysis, CardSummary, PageRead } from '../../engine/types';
import { PageReadSchema } from '../../messaging/page-read';
import { ResponseSchemas } from '../../messaging/protocol';
import { AnalysisSchema, HistoryItemSchema } from '../../schemas/records';
import { fakeRead } from '../fixtures/analysis';

type Schema = z.output<typeof AnalysisSchema>;

// The checks the schemas carry (schemas/analysis.ts, messaging/page-read.ts), applied to drifted copies of
// the engine's types: each must fail the typecheck, or `npm run typecheck` fails on the unused @ts-expect-error.
// @ts-expect-error the engine gains a top-level field the schema would drop
const topLevel: Exact<Schema, Analysis & { salary: string }> = true;
// @ts-expect-error a nested field: a card gains a field
const nested: Exact<Schema, Omit<Analysis, 'cards'> & { cards: (CardSummary & { logo?: string })[] }> = true;
// @ts-expect-error a nested type narrows: the card's company may no longer be null
const narrowed: Exact<Schema, Omit<Analysis, 'cards'> & { cards: (Omit<CardSummary, 'company'> & { company: string })[] }> = true;
// @ts-expect-error the page read gains a field
const read: Exact<z.output<typeof PageReadSchema>, PageRead & { frames: number }> = true;
const same: [Exact<Schema, Analysis>, Exact<z.output<typeof PageReadSchema>, PageRead>] = [true, true];
void [topLevel, nested, narrowed, read, same];

describe('one schema per shape', () => {
  it("an engine analysis goes through the stored schema with nothing dropped or changed", () => {
    const analysis = analyzeRead(fakeRead());
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
  });

  it('history rows are sent with the schema they are stored with', () => {
    expect(ResponseSchemas['ui:listHistory'].shape.items.element).toBe(HistoryItemSchema);
    expect(HistoryItemSchema.safeParse({ url: 'u', analysedAt: 1, title: 't', company: null, exposure: 1.5, label: null }).success).toBe(false);
  });
});
