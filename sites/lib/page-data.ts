import { all } from '../../engine/extract/text';

/** End index (exclusive) of the JSON object or array starting at `start`, or -1 when unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
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

/**
 * The JSON literal a page script assigns to `window.<name>` (e.g. window.__appData = {...}), parsed
 * as data — never evaluated. `undefined` when absent or not valid JSON.
 */
export function assignedJson(doc: Document, name: string): unknown {
  const assign = new RegExp(`(?:window\\.|\\b)${name.replace(/[$.]/g, '\\$&')}\\s*=\\s*`);
  for (const script of all(doc, 'script:not([src])')) {
    const text = script.textContent ?? '';
    const at = assign.exec(text);
    if (!at) continue;
    const start = at.index + at[0].length;
    if (text[start] !== '{' && text[start] !== '[') continue;
    const end = balancedEnd(text, start);
    const value = end > 0 ? parse(text.slice(start, end)) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}
