/**
 * Reads one figure at an offset: the number (Arabic, Chinese, mixed or a
 * placeholder mark), approximation words, multiplier, unit, percent and the
 * upper end of a range. Every step reads a bounded number of characters, so a
 * scan over a paragraph stays linear; nothing here is a regular expression.
 */
import type { Approx } from '../model/outline.js';
import { approxAfter, approxBefore } from './figure-words.js';
import { isChineseNumeralCode, parseChineseNumeral, toAsciiDigits } from './numerals.js';
import { isLatin, type UnitTable } from './units.js';
import { codeSet, type CodeSet } from '../text/char-codes.js';
import { RANGE_DASHES, RANGE_WORDS } from '../text/lexicon.js';

/** A number token: digits, a Chinese numeral or a placeholder mark. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  value: number | null;
  decimals: number;
  placeholder: boolean;
  chinese: boolean;
}

export interface Quantity {
  start: number;
  end: number;
  number: NumberToken;
  upper: NumberToken | null;
  multiplier: number;
  unit: string | null;
  dimension: string | null;
  /** How many of the dimension one written unit is (公顷 → 10000 平方米). */
  unitFactor: number;
  percent: boolean;
  approx: Approx;
  approxWords: string[];
}

const DASHES = codeSet(RANGE_DASHES + RANGE_WORDS);
/** After a number these make it a date or time, never a metric. */
const DATE_UNITS = codeSet(['年', '月', '日', '号', '时', '点', '秒']);
const MAX_DIGITS = 40;
const MAX_CHINESE = 24;

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
export function isDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19);
}
const digitValue = (code: number) => (code >= 0xff10 ? code - 0xff10 : code - 48);

/** 10⁰ … 10¹⁵, each exact in a double. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of the digits after the point. Up to 15 of them, digits ÷ 10^n
 * divides two exact doubles, so it rounds exactly as Number('0.' + digits)
 * does, without making that string; longer fractions are read from it.
 */
function fractionValue(text: string, start: number, end: number, digits: number, decimals: number): number {
  if (decimals < POWERS_OF_TEN.length) return digits / POWERS_OF_TEN[decimals]!;
  return Number(`0.${toAsciiDigits(text.slice(start, end))}`);
}

/** The first code units of the marks, kept per list of marks: a parse should not build a bitset. */
const markStartSets = new Map<string, CodeSet>();
function markStartsOf(marks: readonly string[]): CodeSet {
  const key = marks.join('\n');
  let set = markStartSets.get(key);
  if (!set) {
    // A mark that starts with U+0000 (possible only through the API) never matches.
    set = codeSet(marks.map((mark) => mark[0]!).filter((first) => first !== '\0'));
    if (markStartSets.size >= 16) markStartSets.clear();
    markStartSets.set(key, set);
  }
  return set;
}

export class FigureReader {
  constructor(
    private readonly text: string,
    private readonly units: UnitTable,
    private readonly marks: readonly string[],
  ) {
    this.markStarts = markStartsOf(marks);
  }

  private readonly markStarts: CodeSet;

  /** False when no mark can start with this code unit (most characters): the scans skip it. */
  mayStartMark(code: number): boolean {
    return this.markStarts.has(code);
  }

  /** Per first code unit of a mark: the offset searched from, and the first such unit there or after (-1: none). */
  private readonly markSearches = new Map<number, { from: number; at: number }>();

  /**
   * The first offset at or after `from` where a mark may start, or -1: one indexOf per first code
   * unit, remembered while the asks move forward, instead of a test at every character of the text.
   */
  nextMarkStart(from: number): number {
    let next = -1;
    for (const code of this.markStarts) {
      let search = this.markSearches.get(code);
      if (!search || from < search.from || (search.at !== -1 && search.at < from)) {
        search = { from, at: this.text.indexOf(String.fromCharCode(code), from) };
        this.markSearches.set(code, search);
      }
      if (search.at !== -1 && (next === -1 || search.at < next)) next = search.at;
    }
    return next;
  }

  /** The placeholder mark at `at`, if one starts there (runs of ** are emphasis, not marks). */
  markAt(at: number): string | null {
    const { text } = this;
    // Most characters start no mark: one set lookup instead of a startsWith per mark.
    if (!this.markStarts.has(text.charCodeAt(at))) return null;
    for (const mark of this.marks) {
      if (!text.startsWith(mark, at)) continue;
      if (mark === '*' || mark === '＊') {
        if (text[at - 1] === mark || text[at + 1] === mark) return null;
      }
      return mark;
    }
    return null;
  }

  /** A number token at `at`: Arabic digits, a placeholder mark, or a Chinese numeral. */
  /**
   * The upper end of a range written after the lower end's own unit (…%～5.8%): a number
   * with the same multiplier and the same unit right after the dash, or null.
   */
  private sameUnitUpper(dash: number, chinese: boolean, multiplier: number, dimension: string, unitFactor: number): { number: NumberToken; end: number } | null {
    const { text } = this;
    let j = dash + 1;
    if (text[dash] === '—' && text[j] === '—') j++;
    const second = this.numberAt(j, chinese);
    if (!second || second.placeholder) return null;
    let k = second.end;
    let factor = 1;
    const m = this.units.unitAt(text, k) ? null : this.units.multiplierAt(text, k);
    if (m) {
      factor = m.factor;
      k = m.end;
    }
    const u = this.units.unitAt(text, k);
    if (!u || u.dimension !== dimension || u.factor !== unitFactor || factor !== multiplier) return null;
    return { number: second, end: u.end };
  }

  numberAt(at: number, allowChinese: boolean): NumberToken | null {
    const { text } = this;
    const mark = this.markAt(at);
    if (mark) return { start: at, end: at + mark.length, text: mark, value: null, decimals: 0, placeholder: true, chinese: false };
    const code = text.charCodeAt(at);
    if (isDigit(code)) return this.arabicAt(at);
    if (allowChinese && isChineseNumeralCode(code)) return this.chineseAt(at);
    return null;
  }

  private arabicAt(at: number): NumberToken | null {
    const { text } = this;
    let i = at;
    let integer = 0;
    let fraction = 0;
    let fractionStart = -1;
    let decimals = 0;
    let inFraction = false;
    while (i < text.length && i - at < MAX_DIGITS) {
      const code = text.charCodeAt(i);
      if (isDigit(code)) {
        if (inFraction) {
          fraction = fraction * 10 + digitValue(code);
          decimals++;
        } else integer = integer * 10 + digitValue(code);
        i++;
        continue;
      }
      const ch = text[i];
      // 12,340: a comma is a thousands separator only before exactly three digits.
      if (ch === ',' && !inFraction && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
        i++;
        continue;
      }
      if ((ch === '.' || ch === '．') && !inFraction && isDigit(text.charCodeAt(i + 1))) {
        inFraction = true;
        fractionStart = i + 1;
        i++;
        continue;
      }
      break;
    }
    // 1.2.3 (a version) or a number glued to letters (PM2.5, 5G) is not a figure.
    if ((text[i] === '.' || text[i] === '．') && isDigit(text.charCodeAt(i + 1))) return null;
    const value = decimals === 0 ? integer : integer + fractionValue(text, fractionStart, i, fraction, decimals);
    return { start: at, end: i, text: text.slice(at, i), value, decimals, placeholder: false, chinese: false };
  }

  private chineseAt(at: number): NumberToken | null {
    const { text } = this;
    let i = at;
    while (i < text.length && i - at < MAX_CHINESE && isChineseNumeralCode(text.charCodeAt(i))) i++;
    let end = i;
    // 三万元: the trailing 万/亿 belongs to the unit's multiplier, not the numeral.
    while (end > at + 1 && (text[end - 1] === '万' || text[end - 1] === '亿')) end--;
    const token = text.slice(at, end);
    // 万/千/百 start idioms (千家万户, 百姓); a bare 一 is an article (一名协管员), but 一万元 is a figure.
    if ('万亿千百'.includes(token[0]!)) return null;
    if (token === '一' && end === i) return null;
    // 清零, 归零: a lone 零 is a verb's object, not a count.
    if (token === '零' || token === '〇') return null;
    const value = parseChineseNumeral(token);
    if (value === null) return null;
    return { start: at, end, text: token, value, decimals: 0, placeholder: false, chinese: true };
  }

  /**
   * The whole figure whose number starts at `at`, or null when it is not a
   * metric (a date, a list marker, a Chinese numeral without a unit…).
   */
  quantityAt(at: number, allowChinese: boolean): { quantity: Quantity | null; end: number } | null {
    const { text } = this;
    let number: NumberToken | null;
    let percentWord = false;
    if (text.startsWith('百分之', at)) {
      number = this.numberAt(at + 3, true);
      percentWord = true;
      if (!number) return null;
    } else {
      number = this.numberAt(at, allowChinese);
      if (!number) return null;
    }
    const approxWords: string[] = [];
    let approx: Approx = 'none';
    const before = approxBefore(text, at);
    if (before) {
      approx = before.approx;
      approxWords.push(before.word);
    }
    let i = number.end;
    let multiplier = 1;
    // 1万余人 / *多万元 / 3.5万 / 3万—5万元
    const takeApprox = () => {
      const after = approxAfter(text, i);
      if (after && after.word.length === 1 && after.approx === 'lower') {
        approx = 'lower';
        approxWords.push(after.word);
        i += after.word.length;
      }
    };
    const takeMultiplier = () => {
      if (this.units.unitAt(text, i)) return;
      const m = this.units.multiplierAt(text, i);
      if (m) {
        multiplier *= m.factor;
        i = m.end;
      }
    };
    if (!percentWord) {
      takeApprox();
      takeMultiplier();
      takeApprox();
    }

    let upper: NumberToken | null = null;
    if (!percentWord && DASHES.has(text.charCodeAt(i))) {
      let j = i + 1;
      if (text[i] === '—' && text[j] === '—') j++;
      const second = this.numberAt(j, number.chinese);
      // 2026-04-22 is a date: a part with a leading zero, or a third part, is not a range.
      if (second && !second.placeholder && ((second.text.length > 1 && second.text[0] === '0' && second.decimals === 0) || DASHES.has(text.charCodeAt(second.end)))) {
        let end = second.end;
        while (DASHES.has(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
          end++;
          while (end < text.length && isDigit(text.charCodeAt(end))) end++;
        }
        return { quantity: null, end };
      }
      if (second) {
        upper = second;
        i = second.end;
        const m = this.units.unitAt(text, i) ? null : this.units.multiplierAt(text, i);
        if (m) {
          if (multiplier === 1) multiplier = m.factor;
          i = m.end;
        }
      }
    }

    if (DATE_UNITS.has(text.charCodeAt(i)) && !this.units.unitAt(text, i)) return { quantity: null, end: i + 1 };
    if (text.startsWith('月份', i)) return { quantity: null, end: i + 2 };

    let unit: string | null = null;
    let dimension: string | null = null;
    let unitFactor = 1;
    let percent = percentWord;
    if (percentWord) {
      unit = '%';
      dimension = '%';
    } else {
      const u = this.units.unitAt(text, i);
      if (u) {
        unit = u.unit;
        dimension = u.dimension;
        unitFactor = u.factor;
        percent = u.dimension === '%';
        i = u.end;
      } else if (isLatin(text.charCodeAt(i))) {
        // 5G, 3D: a figure glued to letters is a name.
        return { quantity: null, end: i };
      }
    }
    // 6.2%～5.8%, 3万人—5万人: a range whose ends each carry the unit (GB/T 15835 writes % on both).
    if (upper === null && dimension !== null && DASHES.has(text.charCodeAt(i))) {
      const tail = this.sameUnitUpper(i, number.chinese, multiplier, dimension, unitFactor);
      if (tail) {
        upper = tail.number;
        i = tail.end;
      }
    }
    const after = approxAfter(text, i);
    if (after && after.word.length === 2) {
      approx = after.approx;
      approxWords.push(after.word);
      i += after.word.length;
    }
    // Chinese numerals and marks are figures only with a unit (三大攻坚, 一是, *镇 are not).
    if ((number.chinese || number.placeholder) && unit === null && multiplier === 1) return { quantity: null, end: number.end };
    // The figure's text keeps 余/多 (they sit inside it) but not 左右/以上 after it.
    const end = after && after.word.length === 2 ? i - after.word.length : i;
    return {
      quantity: {
        start: at,
        end,
        number,
        upper,
        multiplier,
        unit,
        dimension,
        unitFactor,
        percent,
        approx,
        approxWords,
      },
      end: i,
    };
  }
}
