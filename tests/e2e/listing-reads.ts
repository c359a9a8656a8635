/** In-page expressions for listing pages (strings: they run in the browser), and reads through the driver. */
import type { E2EPage } from './session';
import { settledRead } from './pierce';
import { pollUntil } from './tabs';

export interface CardBadgeRead {
  id: string | null;
  source: string | null;
  exposure: string | null;
  /** The badge's tooltip: what the estimate is and the occupation the title was read as. */
  hint: string;
  /** The shadow root's mode: 'closed'. */
  shadow: string | null;
  /** The id of the card element the badge sits in (its data-entity-urn's number). */
  inCard: string | null;
}

const CARD_HOSTS = `document.querySelectorAll('[data-skillshift="card"]')`;

/** What the page itself sees of each card badge: which card it names and which card element holds it. */
const READ_CARD_HOSTS = `[...${CARD_HOSTS}].map((h) => ({
  id: h.getAttribute('data-skillshift-card-id'),
  inCard: (/(\\d+)$/.exec(h.closest('[data-entity-urn]')?.getAttribute('data-entity-urn') ?? '') ?? [])[1] ?? null,
}))`;

/** The card badges with their figures, read through the browser's automation into their closed shadow roots. */
export const readCardBadges = (page: E2EPage): Promise<CardBadgeRead[]> => settledRead(() => readCardBadgesOnce(page));

async function readCardBadgesOnce(page: E2EPage): Promise<CardBadgeRead[]> {
  const placed = await page.evaluate<{ id: string | null; inCard: string | null }[]>(READ_CARD_HOSTS);
  const pierced = (await page.badges()).filter((b) => b.host['data-skillshift'] === 'card');
  if (pierced.length !== placed.length) throw new Error(`the page changed between two reads (${placed.length} vs ${pierced.length} badges)`);
  return pierced.map((b, i) => ({
    id: b.host['data-skillshift-card-id'] ?? null,
    source: b.inner['data-source'] ?? null,
    exposure: b.inner['data-exposure'] ?? null,
    hint: b.inner.title ?? '',
    shadow: b.shadow,
    inCard: placed[i]?.id === (b.host['data-skillshift-card-id'] ?? null) ? (placed[i]?.inCard ?? null) : null,
  }));
}

/** Waits until the badge of card `id` shows an estimate from `source`. */
export async function waitForCardSource(page: E2EPage, id: string, source: string, timeoutMs: number): Promise<void> {
  await pollUntil(async () => (await page.badges()).some((b) => b.host['data-skillshift-card-id'] === id && b.inner['data-source'] === source), `card ${id} from ${source}`, timeoutMs);
}

/** Ids of the job cards on a LinkedIn guest page, as the page holds them. */
export const READ_CARD_IDS = `[...new Set([...document.querySelectorAll('.base-search-card[data-entity-urn]')]
  .filter((el) => el.querySelector('.base-search-card__title')?.textContent.trim())
  .map((el) => /(\\d+)$/.exec(el.getAttribute('data-entity-urn'))[1]))]`;

/** Settled: n cards, each with exactly one live badge (a copied host without a shadow root doesn't count). */
export const allCardsBadged = (n: number): string => `(() => {
  const ids = ${READ_CARD_IDS};
  const hosts = [...${CARD_HOSTS}];
  // Settled: the background's answer drawn on every card (no quiet "…" badge left).
  return ids.length === ${n} && hosts.length === ${n} && hosts.every((h) => h.getAttribute('data-skillshift-state') === 'ready')
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
}

/** The computed look of a badge's host while the page carries rules aimed at it (without !important). */
export const RESTYLED_BADGE = `(() => {
  const style = document.createElement('style');
  style.textContent = 'li *, [data-skillshift] { display: block; font-size: 30px; border: 2px solid red; text-transform: uppercase; }';
  document.head.append(style);
  const host = document.querySelector('[data-skillshift="card"][data-skillshift-state="ready"]');
  const s = getComputedStyle(host);
  const read = { display: s.display, fontSize: s.fontSize, borderStyle: s.borderTopStyle, textTransform: s.textTransform };
  style.remove();
  return read;
})()`;
