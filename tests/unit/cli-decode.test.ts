// The CLI's reading of a saved page's bytes: UTF-8 when they are valid UTF-8 (whatever the page declares), else the
// declared charset (GBK when none). Checked against TextDecoder, the decoder a browser's own would match.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/decode';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeHtml', () => {
  it('reads UTF-8 bytes as UTF-8, without the byte-order mark, whatever the page declares', () => {
    expect(decodeHtml(utf8('\uFEFF<p>岗位职责 – café</p>'))).toBe('<p>岗位职责 – café</p>');
    expect(decodeHtml(utf8('<meta charset="gbk"><p>任职要求</p>'))).toBe('<meta charset="gbk"><p>任职要求</p>');
    expect(decodeHtml(utf8('<p>a\uFEFFb</p>'))).toBe('<p>a\uFEFFb</p>');
  });
  it('reads bytes that are no UTF-8 in the declared charset, GBK when none is declared', () => {
    // "岗位职责" in GBK.
    const gbk = Uint8Array.from([0xb8, 0xda, 0xce, 0xbb, 0xd6, 0xb0, 0xd4, 0xf0]);
    const page = (head: string): Uint8Array => Uint8Array.from([...utf8(head), ...gbk]);
    expect(decodeHtml(page('<p>'))).toBe('<p>岗位职责');
    expect(decodeHtml(page('<meta charset="gb18030"><p>'))).toBe('<meta charset="gb18030"><p>岗位职责');
    expect(decodeHtml(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]))).not.toContain('é');
  });
  it.skipIf(!hasShared)('gives every saved page the text a strict TextDecoder gives it', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.html') ? [join(dir, name)] : []));
    let checked = 0;
    for (const file of files(SHARED_PAGES)) {
      const bytes = readFileSync(file);
      let strict: string | null;
      try {
        strict = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        strict = null;
      }
      if (strict !== null) expect(decodeHtml(bytes), file).toBe(strict);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
