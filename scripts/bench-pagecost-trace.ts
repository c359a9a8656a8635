// What the extension's scripts cost in CPU time, from a browser trace of a page's load (Chromium.trace in
// bench-pagecost-chromium.ts): the content script on the page's main thread, and the background's service worker
// (another thread, but the same cores): each its evaluation and every call the browser makes into it (timers,
// observers, events, message listeners), by the thread time the trace gives each event. Long tasks are wall time
// and grow with a shared machine's load; this does not, nearly. It leaves out the style and layout our badges
// cause, which the long tasks include, and promise continuations (the trace names no script for them: the
// content script drawing an answer, the background's awaited work after a message).
import { z } from 'zod';

/** One event of a Chrome trace, the fields the benches read. */
export const TraceEvent = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  pid: z.number(),
  tid: z.number(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  args: z.object({ data: z.object({ url: z.string().optional() }).optional() }).optional(),
});
export type TraceEvent = z.infer<typeof TraceEvent>;

/** CPU in ms of one of the extension's scripts over the traced events: evaluation and callbacks; null when it never ran. */
export function scriptCpu(events: unknown[], script: string): number | null {
  const ours = events.flatMap((e) => {
    const parsed = TraceEvent.safeParse(e);
    if (!parsed.success || parsed.data.ph !== 'X' || !['EvaluateScript', 'FunctionCall'].includes(parsed.data.name)) return [];
    const url = parsed.data.args?.data?.url ?? '';
    return url.startsWith('chrome-extension://') && url.endsWith(script) ? [parsed.data] : [];
  });
  if (ours.length === 0) return null;
  ours.sort((a, b) => a.ts - b.ts);
  const end = new Map<string, number>();
  let cpu = 0;
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    // A callback run inside another of ours (an event it dispatched) is counted with it.
    if (e.ts < (end.get(thread) ?? -1)) continue;
    end.set(thread, e.ts + (e.dur ?? 0));
    cpu += (e.tdur ?? 0) / 1000;
  }
  return cpu;
}

/** The trace's complete ('X') events, the ones with a duration. */
export function completeEvents(raw: unknown[]): TraceEvent[] {
  return raw.flatMap((e) => {
    const parsed = TraceEvent.safeParse(e);
    return parsed.success && parsed.data.ph === 'X' ? [parsed.data] : [];
  });
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
export const isTask = (e: TraceEvent): boolean => TASKS.has(e.name);
/** The browser's calls into a script whose URL `script` matches: its evaluation, callbacks, timers and frames. */
export const callsInto = (events: TraceEvent[], script: RegExp): TraceEvent[] =>
  events.filter((e) => ['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame'].includes(e.name) && script.test(e.args?.data?.url ?? ''));

/**
 * The longest top-level task (ms, wall) on a thread that ran any of `script` (the style and layout inside that task
 * included), the longest of the calls into it (wall), and the most CPU one of those calls took (thread time).
 */
export function longestTaskRunning(events: TraceEvent[], script: RegExp): { task: number; call: number; cpu: number } {
  const ours = callsInto(events, script);
  const tasks = events.filter(isTask);
  let task = 0;
  let call = 0;
  let cpu = 0;
  for (const e of ours) {
    call = Math.max(call, (e.dur ?? 0) / 1000);
    cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
    const around = tasks.filter((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
    for (const t of around) task = Math.max(task, (t.dur ?? 0) / 1000);
  }
  return { task, call, cpu };
}
