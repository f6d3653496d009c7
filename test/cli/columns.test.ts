/**
 * Table widths: displayWidth (format/columns.ts) takes a short cut for plain
 * text and must give string-width's answer for every string, plain or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import stringWidth from '../../packages/cli/node_modules/string-width/index.js';
import { alignRows, displayWidth } from '../../packages/cli/src/format/columns.js';

/** Characters on both sides of each edge of the short cut's ranges, and ones it must leave to string-width. */
const edges = [
  0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0xa1, 0xa8, 0xa9, 0xaa, 0xac, 0xad, 0xae, 0xaf, 0x2ff, 0x300, 0x36f, 0x370,
  0x200b, 0x200f, 0x2010, 0x2027, 0x2028, 0x202e, 0x2030, 0x203b, 0x203c, 0x203d, 0x2048, 0x2049, 0x204a, 0x205e, 0x205f, 0x2060,
  0x3000, 0x3001, 0x3002, 0x3029, 0x302a, 0x302f, 0x3030, 0x3031, 0x303c, 0x303d, 0x303e, 0x303f, 0x3098, 0x3099, 0x309a, 0x309b, 0x30ff, 0x3100,
  0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xfe0f, 0xfeff, 0xff00, 0xff01, 0xff0c, 0xff9d, 0xff9e, 0xff9f, 0xffa0, 0xffa1, 0xffef, 0xfff0,
];
const pool = [...edges.map((c) => String.fromCharCode(c)), '截', '至', '，', '；', '“', '”', '…', '—', '1', 'a', ' ', '😀', '👍🏽', '🇨🇳', 'é', 'e\u0301', '\u001b[31m', '\t', '\n'];

describe('displayWidth', () => {
  it('is string-width for every character near the edges of the short cut, alone and after a CJK character', () => {
    for (const c of pool) {
      expect(displayWidth(c), JSON.stringify(c)).toBe(stringWidth(c));
      expect(displayWidth(`截${c}`), JSON.stringify(c)).toBe(stringWidth(`截${c}`));
    }
  });

  it('is string-width for any string of those characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('counts a Chinese finding message as two columns per character, one per ASCII character and curly quote', () => {
    // By hand: 10 ideographs (20); 4 curly quotes, East Asian "ambiguous", narrow as string-width counts them (4); "*2" (2).
    expect(displayWidth('“截止目前”应为“截至目前”*2')).toBe(26);
    // Full-width punctuation is wide: 3 ideographs and 2 marks.
    expect(displayWidth('截至，目前；')).toBe(12);
  });
});

describe('alignRows', () => {
  it('pads each cell to its column by display width and leaves the last cell as it is', () => {
    const rows = [
      ['1:1', '警告', '截止目前', 'confusable'],
      ['12:30', 'info', 'ab', 'x'],
    ];
    expect(alignRows(rows)).toEqual(['1:1    警告  截止目前  confusable', '12:30  info  ab        x']);
  });
});
