import { inertDocument } from '../../engine/extract/text';

/**
 * One description container for a posting split over sibling blocks: a lone block stays live,
 * several are cloned, in page order, into a detached <div> (the page is never modified).
 */
export function gather(doc: Document, blocks: Element[]): Element | null {
  if (blocks.length <= 1) return blocks[0] ?? null;
  const box = inertDocument(doc)?.createElement('div');
  if (!box) return blocks[0] ?? null;
  for (const b of blocks) box.appendChild(b.cloneNode(true));
  return box;
}
