/** In-page expressions for listing pages (strings: they run in the browser). */

export interface CardBadgeRead {
  id: string | null;
  source: string | null;
  exposure: string | null;
  /** The host's tooltip: what the estimate is and the occupation the title was read as. */
  hint: string;
  shadow: boolean;
  /** The id of the card element the badge sits in (its data-entity-urn's number). */
  inCard: string | null;
}

export const READ_CARD_BADGES = `[...document.querySelectorAll('skillshift-card-badge')].map((h) => ({
  id: h.getAttribute('data-skillshift-card-id'),
  source: h.getAttribute('data-source'),
  exposure: h.getAttribute('data-exposure'),
  hint: h.title,
  shadow: h.shadowRoot !== null,
  inCard: (/(\\d+)$/.exec(h.closest('[data-entity-urn]')?.getAttribute('data-entity-urn') ?? '') ?? [])[1] ?? null,
}))`;

/** Ids of the job cards on a LinkedIn guest page, as the page holds them. */
export const READ_CARD_IDS = `[...new Set([...document.querySelectorAll('.base-search-card[data-entity-urn]')]
  .filter((el) => el.querySelector('.base-search-card__title')?.textContent.trim())
  .map((el) => /(\\d+)$/.exec(el.getAttribute('data-entity-urn'))[1]))]`;

/** Settled: n cards, each with exactly one live badge (a copied host without a shadow root doesn't count). */
export const allCardsBadged = (n: number): string => `(() => {
  const ids = ${READ_CARD_IDS};
  const hosts = [...document.querySelectorAll('skillshift-card-badge')];
  // Settled: the background's answer drawn on every card (no quiet "…" badge left).
  return ids.length === ${n} && hosts.length === ${n} && hosts.every((h) => h.shadowRoot !== null && h.getAttribute('data-source') !== 'pending')
    && ids.every((id) => hosts.filter((h) => h.getAttribute('data-skillshift-card-id') === id).length === 1);
})()`;

/** Appends copies of the last card (our badge host copied along, as a page cloning markup would) with new ids and titles. */
export function appendCards(cards: { id: string; title: string }[]): string {
  return `(() => {
    const items = [...document.querySelectorAll('.base-search-card[data-entity-urn]')].map((c) => c.closest('li') ?? c);
    const last = items[items.length - 1];
    for (const { id, title } of ${JSON.stringify(cards)}) {
      const copy = last.cloneNode(true);
      const card = copy.matches('[data-entity-urn]') ? copy : copy.querySelector('[data-entity-urn]');
      card.setAttribute('data-entity-urn', 'urn:li:jobPosting:' + id);
      card.querySelector('.base-search-card__title').textContent = title;
      last.parentElement.append(copy);
    }
    return true;
  })()`;
}

/** A virtualised list reusing a card element for another job: new id, new title, same element. */
export function recycleCard(oldId: string, id: string, title: string): string {
  return `(() => {
    const card = document.querySelector('[data-entity-urn$=":${oldId}"]');
    card.setAttribute('data-entity-urn', 'urn:li:jobPosting:${id}');
    card.querySelector('.base-search-card__title').textContent = ${JSON.stringify(title)};
    return true;
  })()`;
}

export function cardSourceIs(id: string, source: string): string {
  return `document.querySelector('skillshift-card-badge[data-skillshift-card-id="${id}"]')?.getAttribute('data-source') === '${source}'`;
}

/** Opens another job inside the page the way a two-pane board does: pushState, then the detail pane changes. */
export function openJobInPage(url: string, job: { id: string; title: string; bullets: string[] }): string {
  return `(() => {
    history.pushState({}, '', ${JSON.stringify(url)});
    const pane = document.querySelector('.details-pane');
    pane.querySelector('.top-card-layout__title').textContent = ${JSON.stringify(job.title)};
    pane.querySelector('.top-card-layout__entity-info a').setAttribute('href', 'https://www.linkedin.com/jobs/view/${job.id}');
    pane.querySelector('.show-more-less-html__markup').innerHTML = '<ul>' + ${JSON.stringify(job.bullets)}.map((b) => '<li>' + b + '</li>').join('') + '</ul>';
    return true;
  })()`;
}

export interface RestyledBadge {
  display: string;
  fontSize: string;
  borderStyle: string;
  textTransform: string;
  text: string;
}

/** The computed look of a title-prior badge while the page carries rules aimed at it (without !important). */
export const RESTYLED_BADGE = `(() => {
  const style = document.createElement('style');
  style.textContent = 'li *, skillshift-card-badge { display: block; font-size: 30px; border: 0; text-transform: uppercase; }';
  document.head.append(style);
  const host = document.querySelector('skillshift-card-badge[data-source="title-prior"]');
  const s = getComputedStyle(host);
  const read = { display: s.display, fontSize: s.fontSize, borderStyle: s.borderTopStyle, textTransform: s.textTransform, text: host.shadowRoot.textContent };
  style.remove();
  return read;
})()`;
