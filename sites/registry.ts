import type { SiteAdapter } from './types';
import { linkedin } from './linkedin';
import { greenhouse } from './greenhouse';

export const adapters: SiteAdapter[] = [linkedin, greenhouse];

/** The adapter for a page URL, or null when no adapter knows the site (the engine then reads JSON-LD / Readability). */
export function adapterFor(url: string): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return adapters.find((a) => a.test(parsed)) ?? null;
}
