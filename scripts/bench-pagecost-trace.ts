// What the extension's content script costs a page's main thread in CPU time, from a browser trace of the page's
// load (Chromium.trace in bench-pagecost-chromium.ts): its evaluation and every callback of it (timers, observers, messages, frames), by
// the thread time the trace gives each event. Long tasks are wall time and grow with a shared machine's load;
// this does not, nearly. It leaves out the style and layout our badges cause, which the long tasks include.
import { z } from 'zod';

const Event = z.object({
  name: z.string(),
  ph: z.string(),
  ts: z.number(),
  pid: z.number(),
  tid: z.number(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  args: z.object({ data: z.object({ url: z.string().optional() }).optional() }).optional(),
});
type Event = z.infer<typeof Event>;

/** The content script's main-thread CPU in ms over the traced events; null when it never ran. */
export function contentScriptCpu(events: unknown[], script = '/content-scripts/jobs.js'): number | null {
  const ours = events.flatMap((e) => {
    const parsed = Event.safeParse(e);
    if (!parsed.success || parsed.data.ph !== 'X' || !['EvaluateScript', 'FunctionCall'].includes(parsed.data.name)) return [];
    const url = parsed.data.args?.data?.url ?? '';
    return url.startsWith('chrome-extension://') && url.endsWith(script) ? [parsed.data] : [];
  });
  if (!ours.some((e) => e.name === 'EvaluateScript')) return null;
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
