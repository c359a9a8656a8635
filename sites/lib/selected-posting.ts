import type { AdapterPosting, SiteAdapter } from '../../engine/adapter';
import type { Language } from '../../engine/language';
import { first } from '../../engine/extract/text';
import { visibleText } from './visible-text';

/** Where a board's job page shows each part of the posting: selectors tried in order. */
export interface PostingParts {
  title: string[];
  company: string[];
  location: string[];
  description: string[];
  language?: Language;
  jobId(url: URL): string | null;
}

/** The reader and badge anchor of a job page whose parts sit in elements named by selectors (no posting without a title). */
export function selectedPosting(parts: PostingParts): Pick<SiteAdapter, 'extractPosting' | 'titleAnchor'> {
  return {
    extractPosting: (doc, url): AdapterPosting | null => {
      const titleEl = first(doc, parts.title);
      if (!titleEl) return null;
      return {
        jobId: parts.jobId(url),
        title: visibleText(titleEl),
        company: visibleText(first(doc, parts.company)) || null,
        location: visibleText(first(doc, parts.location)) || null,
        language: parts.language ?? null,
        description: first(doc, parts.description),
      };
    },
    titleAnchor: (doc) => first(doc, parts.title),
  };
}
