import { describe, expect, it } from 'vitest';
import { parseAsBrowser } from '../../cli/parse';

describe('parseAsBrowser: a saved page built as a browser builds it', () => {
  it.each([
    ['an outerHTML dump that starts at <head>', '<head><title>Data Engineer</title></head><body><main><p>Build pipelines</p></main></body>'],
    ['a page whose <head> tag is left out', '\n\n<!DOCTYPE html>\n<html>\n<title>Data Engineer</title><meta charset="utf-8">\n</head>\n<body><main><p>Build pipelines</p></main></body></html>'],
    ['a whole page', '<!doctype html><html lang="en"><head><title>Data Engineer</title></head><body><main><p>Build pipelines</p></main></body></html>'],
  ])('%s', (_, html) => {
    const doc = parseAsBrowser(html);
    expect(doc.title).toBe('Data Engineer');
    expect(doc.body.textContent?.trim()).toBe('Build pipelines');
    expect(doc.body.querySelector('main p')).not.toBeNull();
  });

  it('puts a bare fragment or plain text in the body', () => {
    expect(parseAsBrowser('<section class="description"><ul><li>Build pipelines</li></ul></section>').body.querySelector('section li')?.textContent).toBe('Build pipelines');
    expect(parseAsBrowser('just some text').body.textContent).toBe('just some text');
  });
});
