// Records of a CSV or TSV text (RFC 4180 quoting: quoted fields may hold separators, quotes and line breaks).
export function parseDelimited(text: string, separator = ','): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) out.push([...row, cell]);
  return out.filter((r) => r.length > 1 || r[0] !== '');
}

/** Rows as objects keyed by the header line's names; TSV files without quoting are split as they are. */
export function readRecords(text: string, separator = ',', quoting = true): Record<string, string>[] {
  const lines = quoting ? parseDelimited(text, separator) : text.split(/\r?\n/).filter((l) => l !== '').map((l) => l.split(separator));
  const [header = [], ...rows] = lines;
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
