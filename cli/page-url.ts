import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A URL the page names for itself ("//host/…" taken as https), or null when it names none usable. */
function absolute(href: string | null | undefined): string | null {
  const raw = href?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw, 'https://invalid.invalid/');
    return url.hostname === 'invalid.invalid' || !/^https?:$/.test(url.protocol) ? null : url.href;
  } catch {
    return null;
  }
}

// The mark a browser's "Save page as" leaves: <!-- saved from url=(0047)https://… -->
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/** Where a saved page came from: its canonical link, else its og:url, else the browser's "saved from" mark, else the file itself (file://). */
export function pageUrl(doc: Document, html: string, file: string): string {
  return (
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ??
    absolute(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
    absolute(SAVED_FROM.exec(html.slice(0, 4096))?.[1]) ??
    pathToFileURL(resolve(file)).href
  );
}
