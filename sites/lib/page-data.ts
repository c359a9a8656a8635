import { all } from '../../engine/extract/text';

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([123, 91]); // { [
const CLOSERS = new Set([125, 93]); // } ]

/** End index (exclusive) of the JSON object or array starting at `start`, or -1 when unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Through the string to its closing quote, past escaped characters.
      for (i++; i < text.length && text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) i++;
    } else if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c) && --depth === 0) return i + 1;
  }
  return -1;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Boards put megabytes of JSON in one script, and a page run reads it for the posting and again for the cards:
// a script whose text is unchanged is parsed once.
const parsed = new WeakMap<Element, Map<string, { text: string; value: unknown }>>();

function scriptJson(script: Element, name: string, assign: RegExp): unknown {
  const text = script.textContent ?? '';
  const known = parsed.get(script)?.get(name);
  if (known?.text === text) return known.value;
  const at = assign.exec(text);
  const start = at ? at.index + at[0].length : -1;
  let value: unknown;
  if (at && (text[start] === '{' || text[start] === '[')) {
    const end = balancedEnd(text, start);
    value = end > 0 ? parse(text.slice(start, end)) : undefined;
  }
  parsed.set(script, (parsed.get(script) ?? new Map()).set(name, { text, value }));
  return value;
}

/**
 * The JSON literal a page script assigns to `window.<name>` (e.g. window.__appData = {...}), parsed
 * as data — never evaluated. `undefined` when absent or not valid JSON.
 */
export function assignedJson(doc: Document, name: string): unknown {
  const assign = new RegExp(`(?:window\\.|\\b)${name.replace(/[$.]/g, '\\$&')}\\s*=\\s*`);
  for (const script of all(doc, 'script:not([src])')) {
    const value = scriptJson(script, name, assign);
    if (value !== undefined) return value;
  }
  return undefined;
}
