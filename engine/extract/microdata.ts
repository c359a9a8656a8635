import { all, cleanText, first } from './text';
import type { StructuredPosting } from './jsonld';

/** Properties belonging to `scope` itself, not to an itemscope nested inside it. */
function props(scope: Element, name: string): Element[] {
  return all(scope, `[itemprop~="${name}"]`).filter((el) => el.parentElement?.closest('[itemscope]') === scope);
}

function propValue(el: Element): string | null {
  const raw = el.hasAttribute('content')
    ? el.getAttribute('content')
    : el.tagName === 'A' || el.tagName === 'LINK' ? el.getAttribute('href') : el.textContent;
  return cleanText(raw) || null;
}

function propText(scope: Element, name: string): string | null {
  for (const el of props(scope, name)) {
    const v = el.hasAttribute('itemscope') ? propText(el, 'name') ?? propValue(el) : propValue(el);
    if (v) return v;
  }
  return null;
}

function location(scope: Element): string | null {
  const place = props(scope, 'jobLocation')[0];
  if (!place) return null;
  if (!place.hasAttribute('itemscope')) return propValue(place);
  const addr = props(place, 'address')[0];
  if (!addr || !addr.hasAttribute('itemscope')) return addr ? propValue(addr) : propText(place, 'name');
  const parts = ['addressLocality', 'addressRegion', 'addressCountry', 'postalCode']
    .map((n) => propText(addr, n))
    .filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

/** The page's schema.org JobPosting written as microdata (itemscope/itemprop), if any. */
export function microdataPosting(doc: Document): StructuredPosting | null {
  const scope = first(doc, ['[itemscope][itemtype*="JobPosting"]']);
  if (!scope) return null;
  const description = props(scope, 'description')[0] ?? null;
  return {
    title: propText(scope, 'title') ?? propText(scope, 'name'),
    company: propText(scope, 'hiringOrganization'),
    location: location(scope),
    url: propText(scope, 'url'),
    identifier: propText(scope, 'identifier'),
    description,
  };
}
