// Saved pages come in UTF-8 and GBK; the <meta> charset is sometimes wrong (UTF-8 bytes declared gbk).
import { Buffer, isUtf8 } from 'node:buffer';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** The text when the bytes are valid UTF-8 (a byte-order mark dropped, as TextDecoder drops it), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function decodeHtml(bytes: Uint8Array): string {
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return utf8;
  const charset = declaredCharset(bytes);
  try {
    return new TextDecoder(charset ?? 'gbk').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
