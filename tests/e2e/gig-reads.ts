/** Reads of the side panel's gig notice (strings: they run in the extension page, not in node). */

export interface GigAspectRead {
  value: string | null;
  text: string;
  omitted: boolean;
}

export interface GigNoticeRead {
  heading: string;
  kinds: string[];
  aspects: Record<string, GigAspectRead>;
  triggers: string;
  links: string[];
}

export const READ_GIG_NOTICE = `(() => {
  const notice = document.querySelector('[data-testid="gig-notice"]');
  return notice && {
    heading: notice.querySelector('h2')?.textContent ?? '',
    kinds: (notice.getAttribute('data-kinds') ?? '').split(',').filter(Boolean),
    aspects: Object.fromEntries([...notice.querySelectorAll('[data-aspect]')].map((el) => [el.getAttribute('data-aspect'), {
      value: el.getAttribute('data-value'),
      text: el.querySelector('dd')?.textContent ?? '',
      omitted: el.querySelector('dd.gig__omitted') !== null,
    }])),
    triggers: notice.querySelector('[data-testid="gig-triggers"]')?.textContent ?? '',
    links: [...notice.querySelectorAll('a[data-testid="gig-link"]')].map((a) => a.href),
  };
})()`;
