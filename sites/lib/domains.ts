import type { SiteAdapter } from '../../engine/adapter';

/** Match patterns and URL test for a board served on several country domains and their subdomains. */
export function onDomains(domains: readonly string[]): Pick<SiteAdapter, 'matches' | 'test'> {
  const host = new RegExp(`(^|\\.)(${domains.map((d) => d.replace(/\./g, '\\.')).join('|')})$`);
  return { matches: domains.map((d) => `https://*.${d}/*`), test: (url) => host.test(url.hostname) };
}
