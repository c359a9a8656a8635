import type { Posting, Source } from '../types';

export type ExtractResult =
  | { ok: true; posting: Posting; source: Source; /** description root used, when any */ root: Element | null }
  | { ok: false; kind: 'posting' | 'none'; reason: string };
