/**
 * Word's list numbering as Huibao reads it: the number formats a Chinese report
 * uses (一、 （一） 1. （1） ①), counters that continue, restart and nest as in
 * Word, and numbering that comes from a paragraph's style.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { formatListNumber } from '../src/docx/list-numerals.js';
import { ListNumbering } from '../src/docx/numbering.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (text: string) => new DOMParser().parseFromString(text, 'text/xml');

function level(ilvl: number, numFmt: string, lvlText: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${lvlText}"/>${extra}</w:lvl>`;
}

/** The four levels of a GB/T 9704 outline, as list 1 (and a second instance, 2, restarting level 0 at 5). */
const OUTLINE_NUMBERING = xml(`<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    ${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '（%4）')}
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.', '<w:isLgl/>')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'bullet', '●')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`);

const pPr = (numId: number, ilvl: number) => xml(`<w:pPr ${W}><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`).documentElement!;

describe('formatListNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [23, 'chineseCountingThousand', '二十三'],
    [105, 'chineseCountingThousand', '一百零五'],
    [110, 'chineseCountingThousand', '一百一十'],
    [1005, 'chineseCountingThousand', '一千零五'],
    [12, 'ideographDigital', '一二'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [3, 'decimalEnclosedCircle', '③'],
    [3, 'decimalEnclosedCircleChinese', '③'],
    [25, 'decimalEnclosedCircle', '25'],
    [7, 'decimalFullWidth', '７'],
    [3, 'decimal', '3'],
    [3, 'decimalZero', '03'],
    [28, 'lowerLetter', 'bb'],
    [4, 'upperRoman', 'IV'],
    [14, 'lowerRoman', 'xiv'],
    [2, 'someFutureFormat', '2'],
  ])('%i in %s is %s', (n, format, expected) => {
    expect(formatListNumber(n, format)).toBe(expected);
  });
});

describe('ListNumbering', () => {
  it('counts an outline of four levels as Word shows it, restarting deeper levels', () => {
    const numbering = new ListNumbering(OUTLINE_NUMBERING, undefined);
    const labels = [
      [1, 0], [1, 1], [1, 2], [1, 2], [1, 3], [1, 1], [1, 2], [1, 0], [1, 1],
    ].map(([numId, ilvl]) => numbering.next(pPr(numId!, ilvl!))?.text);
    expect(labels).toEqual(['一、', '（一）', '1. ', '2. ', '（1）', '（二）', '1. ', '二、', '（一）']);
  });

  it('continues one list across its instances, and a start override restarts it', () => {
    const numbering = new ListNumbering(OUTLINE_NUMBERING, undefined);
    expect(numbering.next(pPr(1, 0))?.text).toBe('一、');
    expect(numbering.next(pPr(1, 0))?.text).toBe('二、');
    expect(numbering.next(pPr(2, 0))?.text).toBe('五、');
    expect(numbering.next(pPr(2, 0))?.text).toBe('六、');
  });

  it('writes legal and multi-level numbers, and reads bullets and numId 0 as no number', () => {
    const numbering = new ListNumbering(OUTLINE_NUMBERING, undefined);
    expect(numbering.next(pPr(3, 0))?.text).toBe('1. ');
    expect(numbering.next(pPr(3, 1))?.text).toBe('1.1 ');
    expect(numbering.next(pPr(3, 1))?.text).toBe('1.2 ');
    expect(numbering.next(pPr(4, 0))).toBeUndefined();
    expect(numbering.next(pPr(0, 0))).toBeUndefined();
    expect(numbering.next(undefined)).toBeUndefined();
  });

  it('takes numbering from a paragraph style and the styles it is based on', () => {
    const styles = xml(`<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading2"/></w:style>
    </w:styles>`);
    const numbering = new ListNumbering(OUTLINE_NUMBERING, styles);
    const styled = (style: string) => xml(`<w:pPr ${W}><w:pStyle w:val="${style}"/></w:pPr>`).documentElement!;
    expect(numbering.next(styled('Heading1'))?.text).toBe('一、');
    expect(numbering.next(styled('Heading2'))?.text).toBe('（一）');
    expect(numbering.next(styled('MyHeading'))?.text).toBe('（二）');
    // A paragraph taken out of its style's list.
    const off = xml(`<w:pPr ${W}><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>`).documentElement!;
    expect(numbering.next(off)).toBeUndefined();
    expect(numbering.next(styled('Heading1'))?.text).toBe('二、');
  });
});
