import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataProblems, GENERATED_DATA, SHIPPED_DATA } from '../../scripts/data-check';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A copy of a shipped file's entry whose JSON a test may break. */
const copyOf = (path: string) => {
  const entry = SHIPPED_DATA.find((f) => f.path === path)!;
  return { ...entry, json: structuredClone(entry.json) };
};

describe('shipped data files (read as typed at run time, checked here and by the build)', () => {
  it('names every JSON file under data/, and each parses to itself', () => {
    const onDisk = readdirSync(`${ROOT}data`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .map((f) => `data/${f.replaceAll('\\', '/')}`);
    expect([...SHIPPED_DATA.map((f) => f.path), ...GENERATED_DATA].sort()).toEqual(onDisk.sort());
    expect(dataProblems()).toEqual([]);
  });

  it('reports a file that breaks its schema, by path and field', () => {
    const lexicon = copyOf('data/rules/lexicon.json');
    lexicon.json = { ...(lexicon.json as object), version: 'one' };
    expect(dataProblems([lexicon])).toEqual([expect.stringMatching(/^data\/rules\/lexicon\.json: version: /)]);
  });

  it('reports a file the schema would read differently: an unknown key dropped, a default filled in', () => {
    const links = copyOf('data/gig/links.json');
    (links.json as { links: object[] }).links[0] = { ...(links.json as { links: object[] }).links[0], note: 'x' };
    const skills = copyOf('data/skills/ai.json');
    delete (skills.json as { skills: { aliases?: string[] }[] }).skills[0]!.aliases;
    expect(dataProblems([links, skills])).toEqual([
      'data/gig/links.json: reads differently once parsed (a default filled in or an unknown key dropped)',
      'data/skills/ai.json: reads differently once parsed (a default filled in or an unknown key dropped)',
    ]);
  });
});
