/**
 * Work that follows an answer: the page's badge waits for the analysis only, while the tab's record, the history and
 * the toolbar badge are written after it, one piece of work at a time, in order. What reads them (the side panel's
 * questions) waits for the work under way first, so it never sees an older record than the page was answered with.
 */
export interface AfterAnswer {
  /** Runs `work` after the work before it; a failure is reported on the console and stops nothing after it. */
  run(what: string, work: () => Promise<void>): void;
  /** Resolves when the work given so far has ended. */
  settled(): Promise<void>;
}

export function afterAnswer(report: (message: string, error: unknown) => void = (m, e) => console.warn(m, e)): AfterAnswer {
  let last: Promise<void> = Promise.resolve();
  return {
    run(what, work) {
      last = last.then(work).catch((error: unknown) => report(`SkillShift: ${what} failed after the page was answered:`, error));
    },
    settled: () => last,
  };
}
