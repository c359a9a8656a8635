import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/cli';

// cli/bundle.mjs gives linkedom's nodes their map of listeners when a first one is added, not when they are made.
type Target = {
  addEventListener(type: string, listener: (e: { type: string }) => void, options?: { once?: boolean }): void;
  removeEventListener(type: string, listener: (e: { type: string }) => void): void;
  dispatchEvent(event: unknown): boolean;
};
type Module = { EventTarget: new () => Target };
type Event = new (type: string, init?: { bubbles?: boolean; cancelable?: boolean }) => { stopImmediatePropagation(): void; preventDefault(): void };

const SOURCE = join(ROOT, 'node_modules/linkedom/esm/interface/event-target.js');
const { Event } = (await import(pathToFileURL(join(ROOT, 'node_modules/linkedom/esm/interface/event.js')).href)) as { Event: Event };
const { lazyListenerSource } = (await import(pathToFileURL(join(ROOT, 'cli/bundle.mjs')).href)) as { lazyListenerSource: (s: string) => string | null };
const dir = mkdtempSync(join(tmpdir(), 'skillshift-lazy-listeners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a run of adds, removals and dispatches on a child and its parent calls, in order. */
function calls({ EventTarget }: Module): string[] {
  const log: string[] = [];
  const parent = new EventTarget();
  const child = new (class extends EventTarget {
    _getParent(): Target {
      return parent;
    }
  })();
  const stopper = (): void => void log.push('child stopper');
  const kept = (e: { type: string }): void => void log.push(`child ${e.type}`);
  child.removeEventListener('ping', kept); // nothing added yet
  child.addEventListener('ping', kept);
  child.addEventListener('ping', () => void log.push('child once'), { once: true });
  parent.addEventListener('ping', (e) => void log.push(`parent ${e.type}`));
  log.push(String(child.dispatchEvent(new Event('ping', { bubbles: true }))));
  log.push(String(child.dispatchEvent(new Event('ping'))));
  child.removeEventListener('ping', kept);
  log.push(String(child.dispatchEvent(new Event('ping'))), 'removed');
  child.addEventListener('halt', (e) => ((e as unknown as InstanceType<Event>).stopImmediatePropagation(), void log.push('child halt')));
  child.addEventListener('halt', stopper);
  child.addEventListener('cancel', (e) => (e as unknown as InstanceType<Event>).preventDefault());
  log.push(String(child.dispatchEvent(new Event('halt'))), String(child.dispatchEvent(new Event('cancel', { cancelable: true }))));
  log.push(String(new EventTarget().dispatchEvent(new Event('ping', { bubbles: true }))));
  return log;
}

describe('the CLI bundle’s linkedom listeners', () => {
  it('patch the event-target module installed, and events run as in linkedom itself', async () => {
    const patched = lazyListenerSource(readFileSync(SOURCE, 'utf8'));
    expect(patched, 'linkedom changed: update EAGER in cli/bundle.mjs').not.toBeNull();
    expect(patched).not.toContain('wm.set(this, new Map);');
    const file = join(dir, 'event-target.mjs');
    writeFileSync(file, patched!);
    const lazy = (await import(pathToFileURL(file).href)) as Module;
    const eager = (await import(pathToFileURL(SOURCE).href)) as Module;
    expect(calls(lazy)).toEqual(calls(eager));
    expect(calls(lazy)).toContain('parent ping');
  });

  it('leaves code it was not written for alone', () => {
    expect(lazyListenerSource('class DOMEventTarget {}')).toBeNull();
  });
});
