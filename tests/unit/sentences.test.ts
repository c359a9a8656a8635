import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../engine/lines/units';

describe('a posting line cut into sentences', () => {
  it('keeps a word that opens with a full stop (.NET) in its sentence, in every language', () => {
    expect(splitSentences('Dominio avanzado de .NET Core y C#.', 'es')).toEqual(['Dominio avanzado de .NET Core y C#.']);
    expect(splitSentences('Knowledge of .NET, .NET Core and VB.NET.', 'en')).toEqual(['Knowledge of .NET, .NET Core and VB.NET.']);
    expect(splitSentences('Experience with .NET and Node.js required. Build APIs in ASP.NET Core.', 'en')).toEqual([
      'Experience with .NET and Node.js required. ',
      'Build APIs in ASP.NET Core.',
    ]);
  });
  it('still ends a sentence at a full stop, with or without a space before it', () => {
    expect(splitSentences('Ends here . Next one starts.', 'en')).toEqual(['Ends here . ', 'Next one starts.']);
    expect(splitSentences('First. Second.', 'fr')).toEqual(['First. ', 'Second.']);
  });
  it('cuts Chinese at its own stops', () => {
    expect(splitSentences('熟悉.NET开发；有团队协作精神。', 'zh')).toEqual(['熟悉.NET开发；', '有团队协作精神。']);
  });
});
