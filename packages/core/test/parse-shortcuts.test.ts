/**
 * Shortcuts the parser takes for speed must read exactly what the plain way reads:
 * shiftPoint's arithmetic on whole numbers against the decimal string round trip,
 * the cue search anchored at clause openings against a search at every character,
 * and the jump to the next possible placeholder mark against a test at every character.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../src/model/outline.js';
import { shiftPoint } from '../src/parse/metric-bounds.js';
import { findCues } from '../src/parse/relation-cues.js';
import { FigureReader } from '../src/parse/quantities.js';
import { unitTableFor } from '../src/parse/units.js';

/** The definition shiftPoint keeps to: move the point in the shortest decimal string. */
function byString(value: number, power: number): number {
  if (power === 0 || !Number.isFinite(value)) return value;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + power}`);
}

describe('shiftPoint', () => {
  const values = [0, -0, 1, -1, 7, 12340, 35, 9007199254740991, -9007199254740991, 9007199254740993, 123456789012345680000, 1e21, 1e22, 3.5, 4.1, -0.67, 0.05, 668.1];
  // A fixed pseudo-random walk (no seed flakiness): whole numbers of every length.
  let state = 20260601;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 2000; k++) values.push(Math.floor(next() * 10 ** (1 + Math.floor(next() * 17))) * (next() < 0.2 ? -1 : 1));
  // Decimals as written (up to 17 digits, the point anywhere) and values no text writes (1/3 and the like).
  for (let k = 0; k < 4000; k++) {
    const digits = String(Math.floor(next() * 10 ** (1 + Math.floor(next() * 17))));
    const point = Math.floor(next() * (digits.length + 3));
    const padded = digits.padStart(point + 1, '0');
    const written = point === 0 ? padded : `${padded.slice(0, padded.length - point)}.${padded.slice(padded.length - point)}`;
    values.push(Number(written) * (next() < 0.2 ? -1 : 1), next() * 10 ** (Math.floor(next() * 20) - 7));
  }

  it('gives the very double the string round trip gives, for whole numbers and decimals, both ways', () => {
    // One expect for the lot: half a million calls of expect would take seconds.
    const differing: string[] = [];
    for (const value of values) for (let power = -25; power <= 25; power++) if (!Object.is(shiftPoint(value, power), byString(value, power))) differing.push(`${value} e${power}`);
    expect(differing).toEqual([]);
  });

  it('is exact where multiplying is not: 4.1 × 1e8', () => {
    expect(shiftPoint(4.1, 8)).toBe(410000000);
    expect(shiftPoint(-0, 4)).toBe(0);
    expect(Object.is(shiftPoint(-0, 4), 0)).toBe(true);
  });
});

/** The breakdown and `within` cues as a search at every character finds them, kept where a clause opens. */
function cuesBySearch(text: string): Array<{ word: string; form: string; at: number }> {
  const opens = (at: number) => at === 0 || '，；：,;:。）)'.includes(text[at - 1]!);
  const found: Array<{ word: string; form: string; at: number }> = [];
  for (const m of text.matchAll(/(?:按|分|从)[\u4e00-\u9fff]{1,8}?(?:划分|来看|分|看)(?=[，：,:])/gu)) if (opens(m.index)) found.push({ word: m[0], form: 'breakdown', at: m.index });
  for (const m of text.matchAll(/(?:在)?([\u4e00-\u9fff]{2,12}?)中(?:有|(?=[，：,:]))/gu)) {
    const after = m.index + m[0].length;
    if (opens(m.index) && !/^[，：,:]?其中/u.test(text.slice(after, after + 3))) found.push({ word: m[0], form: 'within', at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

function sentenceOf(text: string): Sentence {
  return { id: 0, paragraph: 0, text, range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: text.length, offset: text.length } } } as Sentence;
}

describe('findCues, anchored at clause openings', () => {
  it('finds the breakdown and within cues a search at every character keeps', () => {
    const alphabet = [...'按分从划来看中在有其别专任教师医院产业城乡，：,:。）)（、；;！ 1'];
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    let seen = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      for (let i = 1 + Math.floor(next() * 30); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      const cues = findCues([sentenceOf(text)])
        .filter((c) => c.form !== 'cue')
        .map((c) => ({ word: c.word, form: c.form, at: c.start }));
      seen += cues.length;
      expect(cues, text).toEqual(cuesBySearch(text));
    }
    expect(seen).toBeGreaterThan(100);
  });

  it('reads 按经营地分， and 专任教师中， as before', () => {
    const cues = findCues([sentenceOf('全年社会消费品零售总额120亿元。按经营地分，城镇100亿元，乡村20亿元；专任教师中，小学教师300人。')]);
    expect(cues.map((c) => [c.form, c.word])).toEqual([
      ['breakdown', '按经营地分'],
      ['within', '专任教师中'],
    ]);
  });
});

describe('FigureReader.nextMarkStart, one indexOf per first code unit', () => {
  const text = '共*个项目，＊＊处，XX镇和某某村（某年）；**重点**。X*' + '一二三'.repeat(20) + '某';
  const marks = ['XX', '某某', '某', '*', '＊', 'X'];
  const reader = new FigureReader(text, unitTableFor([]), marks);
  const firsts = new Set(marks.map((m) => m.charCodeAt(0)));
  const byScan = (from: number) => {
    for (let i = from; i < text.length; i++) if (firsts.has(text.charCodeAt(i))) return i;
    return -1;
  };

  it('finds the next character that may start a mark, as a test at every character does', () => {
    for (let from = 0; from <= text.length + 1; from++) expect(reader.nextMarkStart(from), `from ${from}`).toBe(byScan(from));
  });

  it('answers the same when asked again from further back', () => {
    for (const from of [40, 3, 70, 0, text.length, 12, 12, 13]) expect(reader.nextMarkStart(from), `from ${from}`).toBe(byScan(from));
  });
});
