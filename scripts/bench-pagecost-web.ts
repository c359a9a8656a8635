// The offline web of bench-pagecost.ts: a local proxy that every request of the browser goes through. It serves
// the saved page being measured at its real URL (plain http, or https on CONNECT with a throwaway self-signed
// certificate), with a probe injected first in <head>; answers 404 to everything else; and takes the probe's
// figures back on a path of the page's own host. No request interception in the browser (that would attach a
// debugger to the page), and nothing reaches the network: the browser knows no route but this proxy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { declaredCharset } from '../cli/decode';

/** How long after navigation start the probe watches the page, and when it reports. */
export const WINDOW_MS = 4000;
const REPORT_PATH = '/__skillshift_pagecost/';

export const Figures = z.object({
  token: z.string(),
  /** DOMContentLoaded, ms after navigation start. */
  dcl: z.number().nullable(),
  /** Long tasks [start, duration] that started in the window. */
  longTasks: z.array(z.tuple([z.number(), z.number()])),
  /** When the posting badge reached its final state, and that state. */
  badge: z.number().nullable(),
  badgeState: z.string().nullable(),
  /** When the posting badge was first drawn (its waiting state, before the answer). */
  shown: z.number().nullable(),
  /** cardAt[k] = when the (k+1)-th card badge was on the page (up to 100). */
  cardAt: z.array(z.number()),
  cards: z.number(),
  visibility: z.string(),
});
export type Figures = z.infer<typeof Figures>;

// The probe runs in the page's world before any of its scripts: it keeps its own references (pages patch
// globals), reads the badges' hosts by their attribute (the same query in both arms, so it costs both the same) and
// reports after the window by navigating to the report URL: a navigation passes any CSP the page sets (a beacon
// or fetch falls under connect-src, which SingleFile's saved pages set to 'none'); the 204 answer keeps the page.
const probe = (token: string, windowMs: number): string => `<script>(() => {
const perf = performance, now = perf.now.bind(perf), later = setTimeout, leave = location.replace.bind(location), json = JSON.stringify;
const report = location.origin + ${JSON.stringify(REPORT_PATH)} + ${JSON.stringify(token)};
const longTasks = [], cardAt = [];
const hosts = (kind) => document.querySelectorAll('[data-skillshift="' + kind + '"]');
let badge = null, badgeState = null, shown = null, observer = null;
try {
  observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); });
  observer.observe({ type: 'longtask', buffered: true });
} catch {}
const check = () => {
  const posting = hosts('posting')[0];
  const state = posting ? posting.getAttribute('data-skillshift-state') : null;
  if (posting && shown === null) shown = now();
  if (state !== badgeState) { badgeState = state; badge = state !== null && state !== 'loading' ? now() : null; }
  for (let n = Math.min(hosts('card').length, 100); cardAt.length < n; ) cardAt.push(now());
};
new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-skillshift-state'] });
later(() => {
  check();
  if (observer) for (const e of observer.takeRecords()) longTasks.push([e.startTime, e.duration]);
  const nav = perf.getEntriesByType('navigation')[0];
  leave(report + '?figures=' + encodeURIComponent(json({ token: ${JSON.stringify(token)}, dcl: nav && nav.domContentLoadedEventStart > 0 ? nav.domContentLoadedEventStart : null,
    longTasks: longTasks.filter(([start]) => start < ${windowMs}), badge, badgeState, shown, cardAt, cards: hosts('card').length,
    visibility: document.visibilityState })));
}, ${windowMs} - now());
})();</script>`;

/** The page with the probe as the first element of <head> (byte-wise: GBK pages stay GBK). */
function withProbe(page: Buffer, token: string, windowMs: number): Buffer {
  const head = page.subarray(0, 1 << 16).toString('latin1');
  const at = [/<head\b[^>]*>/i, /<html\b[^>]*>/i, /<!doctype[^>]*>/i].map((re) => re.exec(head)).find((m) => m !== null);
  const offset = at ? at.index + at[0].length : 0;
  return Buffer.concat([page.subarray(0, offset), Buffer.from(probe(token, windowMs)), page.subarray(offset)]);
}

// A header charset, so the probe pushing <meta charset> past the parser's prescan cannot change the decoding.
// As cli/decode: bytes that are valid UTF-8 are UTF-8 whatever the <meta> says.
function charsetOf(page: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(page);
    return 'utf-8';
  } catch {
    return declaredCharset(page) ?? 'gbk';
  }
}

/** Where a URL is found: host, path and query (not the scheme: a board's page is the same at http and https). */
const keyOf = (url: URL): string => `${url.host.replace(/:(80|443)$/, '')}${url.pathname}${url.search}`;

export class OfflineWeb {
  private readonly pages = new Map<string, { file: string; token: string }>();
  private readonly waiting = new Map<string, (figures: Figures) => void>();
  private readonly sockets = new Set<Socket>();
  private readonly certDir = mkdtempSync(join(tmpdir(), 'skillshift-pagecost-cert-'));
  private proxy: Server | null = null;
  /** Requests answered 404, by host: what the saved pages (and the browser's own services) asked for. */
  readonly refused = new Map<string, number>();
  port = 0;

  /** `windowMs`: how long after navigation start the probe watches a page. */
  constructor(private readonly windowMs = WINDOW_MS) {}

  async start(): Promise<void> {
    // A throwaway key and certificate; --ignore-certificate-errors accepts it for every host.
    const [key, cert] = [join(this.certDir, 'key.pem'), join(this.certDir, 'cert.pem')];
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
        '-subj', '/CN=skillshift-bench', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    } catch (e) {
      // Node can make the key but not the certificate.
      throw new Error(`the page cost bench needs openssl for its throwaway certificate: ${String(e)}`, { cause: e });
    }
    const handle = (secure: boolean) => (req: IncomingMessage, res: ServerResponse) => this.answer(req, res, secure);
    const http = createHttpServer(handle(false));
    const https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, handle(true));
    http.on('connect', (req: IncomingMessage, socket: Socket) => {
      // Every https origin is tunnelled here: open the tunnel and speak TLS on it ourselves.
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      https.emit('connection', socket);
    });
    const proxy = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => this.sockets.delete(socket));
      http.emit('connection', socket);
    });
    this.proxy = proxy;
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const address = proxy.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** Serves `file` at `url` from now on with a probe reporting as `token`; resolves to its figures, or null after `timeoutMs`. */
  expect(url: string, file: string, token: string, timeoutMs: number): Promise<Figures | null> {
    this.pages.set(keyOf(new URL(url)), { file, token });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(token);
        resolve(null);
      }, timeoutMs);
      this.waiting.set(token, (figures) => {
        clearTimeout(timer);
        this.waiting.delete(token);
        resolve(figures);
      });
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse, secure: boolean): void {
    req.resume();
    // A proxied http request carries an absolute URL; a tunnelled one a path and a Host header.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${req.headers.host ?? 'unknown'}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (url.pathname.startsWith(REPORT_PATH)) {
      // 204: the browser stays on the page it was told to leave.
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      let body: unknown = null;
      try {
        body = JSON.parse(url.searchParams.get('figures') ?? '');
      } catch {
        // A broken report counts as none: the page is reported without figures.
      }
      const figures = Figures.safeParse(body);
      if (figures.success) this.waiting.get(figures.data.token)?.(figures.data);
      return;
    }
    const page = req.method === 'GET' ? this.pages.get(keyOf(url)) : undefined;
    if (!page) {
      this.refused.set(url.host, (this.refused.get(url.host) ?? 0) + 1);
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end();
      return;
    }
    const bytes = readFileSync(page.file);
    // no-store: every open is served (and probed) afresh, never from the browser's cache.
    res.writeHead(200, { 'content-type': `text/html; charset=${charsetOf(bytes)}`, 'cache-control': 'no-store' });
    res.end(withProbe(bytes, page.token, this.windowMs));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.proxy ? this.proxy.close(() => resolve()) : resolve()));
    rmSync(this.certDir, { recursive: true, force: true });
  }
}
