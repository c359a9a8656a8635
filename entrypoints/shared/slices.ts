// Work on the page's main thread in slices: a step runs while its slice lasts, then the page gets its turn.

/** How long one slice of our work may hold the page's main thread (a long task is 50 ms). */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** The next task: the browser's scheduler.yield() where there is one (it keeps our place in line), else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice's clock: true while the slice has time left. */
export function sliceClock(ms = SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() < end;
}

/**
 * Runs a resumable step (undefined: not done yet) to its answer, a slice at a time with the page's tasks between.
 * Synchronous when the first slice decides, so a small page costs no task switch.
 */
export function inSlices<T>(step: (more: () => boolean) => T | undefined): T | Promise<T> {
  const first = step(sliceClock());
  if (first !== undefined) return first;
  return (async () => {
    for (;;) {
      await nextTask();
      const answer = step(sliceClock());
      if (answer !== undefined) return answer;
    }
  })();
}

/**
 * Runs `work` in a task of its own just after the browser's next frame, when the page's layout is fresh: reading a
 * box then doesn't make the page's own pending style and layout run inside our task (in a timer, or in the frame's
 * callbacks before the browser lays out). Without frames (a hidden tab) it waits for the tab to show. When
 * `frameNeeded` says no (the work reads no box, the tab shows), it runs in a task of its own at once: a callback in
 * the frame would make the page's own frame (its style, layout and paint) a task running ours.
 */
export function afterNextFrame(
  work: () => void,
  frame: (run: () => void) => unknown = (run) => requestAnimationFrame(run),
  later: (run: () => void) => unknown = (run) => setTimeout(run, 0),
  frameNeeded: () => boolean = () => true,
): void {
  if (frameNeeded()) frame(() => later(work));
  else later(work);
}
