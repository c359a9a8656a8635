import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../sites/registry';
import { withoutExamples } from '../../scripts/without-example-urls';

const SITES = new URL('../../sites/', import.meta.url);

describe('the extension bundles carry no example URLs (scripts/without-example-urls.ts, used by wxt.config.ts)', () => {
  it("drops every adapter's example list and display name and changes nothing else", () => {
    const examples = adapters.flatMap((a) => a.exampleUrls);
    let emptied = 0;
    for (const file of readdirSync(SITES).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(new URL(file, SITES), 'utf8');
      const out = withoutExamples(code);
      if (out === code) continue;
      emptied++;
      expect(out, file).not.toMatch(/exampleUrls|^\s*name: /m);
      for (const url of examples) expect(out.includes(`'${url}'`), `${file} still holds ${url}`).toBe(false);
      expect(out, file).toBe(code.replace(/\n\s*exampleUrls: \[[^\]]*\],/, '').replace(/\n\s*name: '[^'\n]*',/, ''));
    }
    // Every adapter written in its own file lists its examples inline.
    expect(emptied).toBe(adapters.length);
  });
});
