// Saved pages come in UTF-8 and GBK; the <meta> charset is sometimes wrong (UTF-8 bytes declared gbk).

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
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
