// Chromium driven over a browser-level DevTools pipe only (--remote-debugging-pipe), for bench-pagecost.ts.
// Pages are opened with Target.createTarget and never attached to: a debugger session on the page would make
// WXT's start-up capture an async stack and re-parse the content script (≈250 ms that users never pay), and
// puppeteer's and playwright's newPage() both attach. So a small raw client: NUL-delimited JSON on fds 3/4.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';

const Reply = z.object({
  id: z.number(),
  result: z.record(z.string(), z.unknown()).optional(),
  error: z.object({ message: z.string() }).optional(),
});
const TargetInfos = z.object({ targetInfos: z.array(z.object({ targetId: z.string(), type: z.string(), url: z.string() })) });
const Created = z.object({ targetId: z.string() });
const TraceEvent = z.object({ method: z.string(), params: z.object({ value: z.array(z.unknown()).optional() }).optional() });
const COMMAND_MS = 15_000;

export interface LaunchOptions {
  profileDir: string;
  /** The unpacked extension to load, or null for the browser without it. */
  extensionDir: string | null;
  /** Every request goes to this proxy (the bench's web), loopback included: nothing reaches the network. */
  proxyPort: number;
}

export class Chromium {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private exited = false;
  /** Trace events collected since trace() began, and who waits for the trace to complete. */
  private traced: unknown[] = [];
  private traceDone: (() => void) | null = null;
  private readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
  ) {
    this.exit = new Promise((resolve) =>
      child.once('exit', () => {
        this.exited = true;
        for (const { reject } of this.pending.values()) reject(new Error('chromium exited'));
        this.pending.clear();
        resolve();
      }),
    );
  }

  static launch({ profileDir, extensionDir, proxyPort }: LaunchOptions): Promise<Chromium> {
    // Preconnects to hosts seen before would open connections outside the page's own requests. Seeded once: the
    // browser keeps the installed extension's state in the same file.
    const preferences = join(profileDir, 'Default', 'Preferences');
    if (!existsSync(preferences)) {
      mkdirSync(join(profileDir, 'Default'), { recursive: true });
      writeFileSync(preferences, JSON.stringify({ net: { network_prediction_options: 2 } }));
    }
    const args = [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-pipe',
      `--user-data-dir=${profileDir}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      // Every https origin is the proxy's, with its self-signed certificate.
      '--ignore-certificate-errors',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      'about:blank',
    ];
    const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    const input = child.stdio[3] as Writable;
    // Writing to a browser that died fails the command (see send), not the bench.
    input.on('error', () => undefined);
    const browser = new Chromium(child, input);
    browser.listen(child.stdio[4] as Readable);
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      // The first answered command says the browser is up; a browser that never answers is not left running.
      browser.send('Browser.getVersion').then(
        () => resolve(browser),
        (e: unknown) => {
          child.kill('SIGKILL');
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  private listen(output: Readable): void {
    let buffered = '';
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      buffered += chunk;
      for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 1);
        let parsed: unknown;
        try {
          parsed = JSON.parse(message);
        } catch {
          continue;
        }
        // The only events: a trace's data and its end (see trace()).
        const event = TraceEvent.safeParse(parsed);
        if (event.success && event.data.method === 'Tracing.dataCollected') this.traced.push(...(event.data.params?.value ?? []));
        if (event.success && event.data.method === 'Tracing.tracingComplete') this.traceDone?.();
        const reply = Reply.safeParse(parsed);
        if (!reply.success) continue;
        const waiter = this.pending.get(reply.data.id);
        this.pending.delete(reply.data.id);
        if (reply.data.error) waiter?.reject(new Error(reply.data.error.message));
        else waiter?.resolve(reply.data.result ?? {});
      }
    });
  }

  /** A command to the browser target (no sessionId: never a page's session). */
  send(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new Error('chromium exited'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out`));
      }, COMMAND_MS);
      this.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.input.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  }

  async targets(): Promise<z.infer<typeof TargetInfos>['targetInfos']> {
    return TargetInfos.parse(await this.send('Target.getTargets')).targetInfos;
  }

  /** Opens `url` in a new foreground tab, unattached; resolves to its target id. */
  async open(url: string): Promise<string> {
    return Created.parse(await this.send('Target.createTarget', { url })).targetId;
  }

  async closeTarget(targetId: string): Promise<void> {
    await this.send('Target.closeTarget', { targetId }).catch(() => undefined);
  }

  /** The extension's service worker target, waiting up to `ms` for it to start. */
  async serviceWorker(ms: number): Promise<string | null> {
    for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 100))) {
      const worker = (await this.targets()).find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
      if (worker || Date.now() > end) return worker?.targetId ?? null;
    }
  }

  /**
   * The browser's trace (devtools.timeline and v8 events, with thread CPU time) while `during` runs. Tracing is
   * the browser's own: it attaches no DevTools session to any page.
   */
  async trace<T>(during: () => Promise<T>, categories: readonly string[] = ['devtools.timeline', 'v8']): Promise<{ result: T; events: unknown[] }> {
    this.traced = [];
    await this.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    let result: T;
    try {
      result = await during();
    } finally {
      const complete = new Promise<void>((resolve) => (this.traceDone = resolve));
      await this.send('Tracing.end');
      await Promise.race([complete, new Promise((r) => setTimeout(r, COMMAND_MS))]);
      this.traceDone = null;
    }
    return { result, events: this.traced };
  }

  /**
   * Waits until the browser has stopped the extension's idle service worker (Chrome does after ~30 s without an
   * event), up to `ms`; resolves to whether it did. Stopping it from DevTools instead (closing its target, or
   * ServiceWorker.stopWorker from a blank tab's session) leaves it dead in Chromium 156: no message starts it
   * again, so no posting badge got its answer (measured: "loading" for 12 s and more, or "unreadable" at once).
   */
  async idleStopped(ms: number): Promise<boolean> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) {
      if ((await this.serviceWorker(0)) === null) return true;
    }
    return false;
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await Promise.race([this.send('Browser.close').catch(() => undefined), this.exit]);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exit;
    clearTimeout(timer);
  }
}
