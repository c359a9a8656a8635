import type { AdapterFailure, Posting, Source } from '../types';

export type ExtractResult = (
  | {
      ok: true;
      posting: Posting;
      source: Source;
      /** description root used, when any */
      root: Element | null;
      /** The board's id of the job on screen, when its adapter knows it (a two-pane page's open card). */
      jobId: string | null;
    }
  | { ok: false; kind: 'posting' | 'none'; reason: string }
) & {
  /** The site adapter threw; the result is what the next readers (JSON-LD, Readability) made of the page. */
  adapterError?: AdapterFailure;
};
