import type { SiteAdapter } from '../../engine/adapter';

/** Match patterns and URL test for a board served on several country domains and their subdomains. */
export function onDomains(domains: readonly string[]): Pick<SiteAdapter, 'matches' | 'test'> {
  const host = new RegExp(`(^|\\.)(${domains.map((d) => d.replace(/\./g, '\\.')).join('|')})$`);
  return { matches: domains.map((d) => `https://*.${d}/*`), test: (url) => host.test(url.hostname) };
}

/**
 * Match patterns and URL test for a board that gives each company a subdomain of `domain` (acme.breezy.hr) and keeps
 * the `own` subdomains and the bare domain for itself (its recruiter app, marketing site, help): those are excluded.
 */
export function companySubdomains(domain: string, own: readonly string[]): Pick<SiteAdapter, 'matches' | 'excludeMatches' | 'test'> {
  const ownHosts = own.map((name) => `${name}.${domain}`);
  return {
    matches: [`https://*.${domain}/*`],
    excludeMatches: [domain, ...ownHosts].map((host) => `https://${host}/*`),
    test: (url) => url.hostname.endsWith(`.${domain}`) && !ownHosts.includes(url.hostname),
  };
}
