import { inertDocument } from '../../engine/extract/text';
import { visibleText } from './visible-text';

/**
 * One description container for a posting split over sibling blocks: missing or empty blocks are
 * dropped, a lone block stays live, several are cloned, in page order, into a detached <div>
 * (the page is never modified).
 */
export function gather(doc: Document, candidates: readonly (Element | null)[]): Element | null {
  const blocks = candidates.filter((b): b is Element => !!b && !!visibleText(b));
  if (blocks.length <= 1) return blocks[0] ?? null;
  const box = inertDocument(doc)?.createElement('div');
  if (!box) return blocks[0] ?? null;
  for (const b of blocks) box.appendChild(b.cloneNode(true));
  return box;
}
