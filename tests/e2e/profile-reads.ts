/** Expressions run inside the side panel page for the profile end-to-end cases (strings: they run in the browser). */
import type { E2EPage } from './session';

const q = (s: string) => JSON.stringify(s);

export const typeInto = (selector: string, value: string) => `(() => {
  const input = document.querySelector(${q(selector)});
  input.value = ${q(value)};
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
})()`;

export const click = (selector: string) => `(() => {
  const el = document.querySelector(${q(selector)});
  if (!el) return false;
  el.click();
  return true;
})()`;

export const choose = (selector: string, value: string) => `(() => {
  const select = document.querySelector(${q(selector)});
  select.value = ${q(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;

export const exists = (selector: string) => `document.querySelector(${q(selector)}) !== null`;

/** Adds a skill in the profile view by search: types `query`, picks the suggestion `id`, waits for it in the list. */
export async function addSkill(panel: E2EPage, query: string, id: string): Promise<void> {
  await panel.evaluate(typeInto('[data-testid="skill-search"]', query));
  const suggestion = `[data-testid="skill-suggestion"][data-skill="${id}"]`;
  await panel.waitFor(exists(suggestion));
  await panel.evaluate(click(suggestion));
  await panel.waitFor(exists(`[data-testid="profile-skill"][data-skill="${id}"]`));
}
export const count = (selector: string) => `document.querySelectorAll(${q(selector)}).length`;

export interface ProfileShown {
  skills: { id: string; level: string }[];
  targets: string[];
}
export const READ_PROFILE = `({
  skills: [...document.querySelectorAll('[data-testid="profile-skill"]')].map((li) => ({ id: li.dataset.skill, level: li.dataset.level })),
  targets: [...document.querySelectorAll('[data-testid="target-role"]')].filter((c) => c.checked).map((c) => c.dataset.role),
})`;

export interface GapShown {
  match: string[];
  gap: { id: string; courses: { href: string; target: string; rel: string; text: string; search: boolean }[] }[];
  computeMs: number;
}
export const READ_GAP = `({
  match: [...document.querySelectorAll('[data-testid="match-skill"]')].map((e) => e.dataset.skill),
  gap: [...document.querySelectorAll('[data-testid="gap-skill"]')].map((e) => ({
    id: e.dataset.skill,
    courses: [...e.querySelectorAll('a[data-testid="course-link"], a[data-testid="course-search-link"]')].map((a) => ({
      href: a.href, target: a.target, rel: a.rel, text: a.textContent, search: a.dataset.testid === 'course-search-link',
    })),
  })),
  computeMs: Number(document.querySelector('[data-testid="gap"]')?.dataset.computeMs),
})`;

/** Replaces the download with a capture: the file's text is read back from its blob URL in the page. */
export const CAPTURE_DOWNLOADS = `(() => {
  window.__downloads = [];
  HTMLAnchorElement.prototype.click = function () {
    if (!this.download) return;
    const name = this.download;
    window.__downloads.push(fetch(this.href).then((r) => r.text()).then((text) => ({ name, text, url: this.href })));
  };
  return true;
})()`;
export const READ_DOWNLOADS = `Promise.all(window.__downloads ?? [])`;

/** Chooses a file in the import input the way a person would, with the given text as its content. */
export const importText = (text: string) => `(() => {
  const input = document.querySelector('[data-testid="import-profile"]');
  const files = new DataTransfer();
  files.items.add(new File([${q(text)}], 'skillshift-profile.json', { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
})()`;
