import { all, inertDocument } from '../../engine/extract/text';
import { visibleText } from './visible-text';

/**
 * One description container for a posting split over sibling blocks: missing or empty blocks are
 * dropped, a lone block stays live, several are cloned, in page order, into a detached <div>
 * (the page is never modified). With `drop`, the blocks are always cloned and the elements it
 * selects (page chrome inside the blocks) are removed from the copies.
 */
export function gather(doc: Document, candidates: readonly (Element | null)[], drop?: string): Element | null {
  const blocks = candidates.filter((b): b is Element => !!b && !!visibleText(b));
  if (blocks.length <= 1 && !drop) return blocks[0] ?? null;
  const box = blocks.length ? inertDocument(doc)?.createElement('div') : null;
  if (!box) return blocks[0] ?? null;
  for (const b of blocks) box.appendChild(b.cloneNode(true));
  if (drop) for (const el of all(box, drop)) el.remove();
  return box;
}
