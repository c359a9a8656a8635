import { parseHTML } from 'linkedom';

const DOCTYPE = /^\s*(?:<!--[\s\S]*?-->\s*)*<!doctype[^>]*>/i;
const tag = (name: string): RegExp => new RegExp(`<${name}[\\s>]`, 'i');

/**
 * The markup as a browser would build it: linkedom makes no <html>, <head> or <body> it is not given, so an outerHTML
 * dump that starts at <head>, a page whose <head> tag is left out ("<html><title>…</title></head><body>…"), or a bare
 * fragment would read as an empty body. The missing tags are added (what a browser's parser adds by itself).
 */
export function parseAsBrowser(html: string): Document {
  const rest = html.replace(DOCTYPE, '');
  let whole = rest;
  if (!tag('html').test(rest)) {
    whole = tag('head').test(rest) || tag('body').test(rest) ? `<html>${rest}</html>` : `<html><head></head><body>${rest}</body></html>`;
  } else if (!tag('head').test(rest)) {
    whole = rest.replace(/<html[^>]*>/i, (open) => `${open}<head>`);
    if (!/<\/head>/i.test(whole)) whole = whole.replace(/<body[\s>]/i, (body) => `</head>${body}`);
  }
  return parseHTML(`<!doctype html>${whole}`).document as unknown as Document;
}
