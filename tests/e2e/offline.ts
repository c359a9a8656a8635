import { readFileSync } from 'node:fs';

/** A saved page served at its real board URL; `html` (a page written by a test) instead of the file when given. */
export interface ServedPage {
  url: string;
  file: string;
  html?: string;
}

export type Reply = { body: Buffer; contentType: string } | 'abort';

const NOT_NETWORK = /^(chrome-extension|moz-extension|data|blob|about|chrome|resource):/;

function withoutHash(url: string): string {
  return url.split('#')[0] ?? url;
}

/**
 * Serves saved pages at their real URLs and aborts everything else, so the run is offline.
 * The interceptor records what it answered; listeners record every response the browser delivered
 * and every request the extension made. A delivered response we did not produce came from the network.
 */
export class OfflineWeb {
  readonly answered = new Map<string, 'served' | 'aborted'>();
  readonly delivered: string[] = [];
  readonly extensionRequests: string[] = [];
  private readonly pages = new Map<string, ServedPage>();

  constructor(pages: ServedPage[]) {
    for (const page of pages) this.pages.set(withoutHash(page.url), page);
  }

  reply(url: string): Reply {
    const page = this.pages.get(withoutHash(url));
    this.answered.set(url, page ? 'served' : 'aborted');
    if (!page) return 'abort';
    return { body: page.html === undefined ? readFileSync(page.file) : Buffer.from(page.html), contentType: 'text/html; charset=utf-8' };
  }

  onDelivered(url: string): void {
    if (!NOT_NETWORK.test(url)) this.delivered.push(url);
  }

  onExtensionRequest(url: string): void {
    if (!NOT_NETWORK.test(url)) this.extensionRequests.push(url);
  }

  escaped(): string[] {
    return this.delivered.filter((url) => this.answered.get(url) !== 'served');
  }

  served(): string[] {
    return [...this.answered].filter(([, how]) => how === 'served').map(([url]) => url);
  }
}
