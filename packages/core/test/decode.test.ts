import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeText, LineIndex, parseReport } from '../src/index.js';
import { fixturePath, listFixtures } from './helpers.js';

const encodingCases = listFixtures('reports', 'encodings').filter((name) => name.endsWith('.txt'));

describe('encodings and line endings', () => {
  it.each(encodingCases)('%s parses to its expected outline', (name) => {
    const bytes = new Uint8Array(readFileSync(fixturePath('reports', 'encodings', name)));
    const expected = JSON.parse(readFileSync(fixturePath('reports', 'encodings', name.replace(/\.txt$/, '.expected.json')), 'utf8'));
    const outline = parseReport(bytes, { path: name });
    expect(outline.source).toMatchObject({
      encoding: expected.encoding,
      bom: expected.bom,
      lineEnding: expected.lineEnding,
      lineCount: expected.lineCount,
    });
    expect(outline.sections.flatMap((s) => [s, ...s.children]).map((s) => s.marker + s.title)).toEqual(expected.sections);
    expect(outline.sentences.filter((s) => !/^[一（]/.test(s.text)).map((s) => s.text)).toEqual(expected.sentences);
    const second = outline.sections[0]!.children[0]!;
    expect({ line: second.range.start.line, column: second.range.start.column }).toEqual(expected.secondSectionStart);
    expect(outline.problems).toEqual([]);
  });

  it('writes text back in the encoding, BOM and bytes it came from', () => {
    for (const name of encodingCases) {
      const bytes = new Uint8Array(readFileSync(fixturePath('reports', 'encodings', name)));
      const decoded = decodeBytes(bytes);
      expect(Buffer.from(encodeText(decoded.text, decoded.encoding, decoded.bom)).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });

  it('reports a binary file as a problem instead of throwing', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0x00]);
    const outline = parseReport(bytes, { path: 'image.png' });
    expect(outline.problems.map((p) => p.code)).toContain('binary-input');
  });

  it('keeps a BOM given in a string out of the offsets', () => {
    const outline = parseReport('\ufeff一、总体情况\n正文。', { format: 'text' });
    expect(outline.source.bom).toBe(true);
    expect(outline.sections[0]!.markerRange.start).toEqual({ line: 1, column: 1, offset: 0 });
  });
});

describe('LineIndex', () => {
  it('counts columns in UTF-16 code units across CRLF, LF and CR', () => {
    const text = 'a\r\n𠀀b\rc\nd';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect(lines.position(text.indexOf('b'))).toEqual({ line: 2, column: 3, offset: 5 });
    expect(lines.position(text.indexOf('c'))).toEqual({ line: 3, column: 1, offset: 7 });
    expect(lines.position(text.length)).toEqual({ line: 4, column: 2, offset: 10 });
    expect(lines.lineEnd(1)).toBe(1);
    expect(lines.offsetAt(2, 3)).toBe(5);
  });

  it('answers the same in any order of questions (it remembers the last line asked)', () => {
    const text = '一、总体情况\r\n上半年共计拆违*处。\n\n（一）强化“三大攻坚”\r其中𠀀占地*亩\n';
    // Reference: count line breaks by hand.
    const reference = (offset: number) => {
      let line = 1;
      let lineStart = 0;
      for (let i = 0; i < offset; i++) {
        const c = text[i];
        if (c === '\r' && text[i + 1] === '\n') continue;
        if (c === '\n' || c === '\r') {
          line++;
          lineStart = i + 1;
        }
      }
      return { line, column: offset - lineStart + 1, offset };
    };
    const lines = new LineIndex(text);
    const offsets = [...Array(text.length + 1).keys()];
    const shuffled = [...offsets.slice().reverse(), ...offsets, ...offsets.filter((o) => o % 3 === 0), 0, 0, text.length, 5, 5];
    for (const offset of shuffled) expect(lines.position(offset), `offset ${offset}`).toEqual(reference(offset));
    expect(lines.position(-4)).toEqual(reference(0));
    expect(lines.position(text.length + 9)).toEqual(reference(text.length));
  });
});
