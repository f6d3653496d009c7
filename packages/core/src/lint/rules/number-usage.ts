import { NO_OPTIONS, defineRule, type RuleContext, type RuleFix } from '../rule.js';
import { isArabicDigit, isArabicDigitAt, isChineseNumeral, isHan, isPlaceholderChar, indexesOf, startsWithAny, toChineseNumeral } from '../chinese-text.js';
import { parseChineseNumeral, toAsciiDigits, trimEndChar } from '../../parse/numerals.js';
import { RANGE_DASHES, RANGE_WORDS, WAVE_DASH } from '../../text/lexicon.js';

/**
 * Numbers in Chinese text (GB/T 15835-2011《出版物上数字用法》): ranges that drop
 * a 万/亿 or % they need, 零 in a year written digit by digit, Arabic digits
 * with 千/百/十, approximate numbers in Arabic digits or with a 顿号, doubled
 * approximation words, and dates written two ways in one document.
 * Each check scans one sentence with bounded loops; none re-parses structure.
 */
type MessageId =
  | 'rangeSign'
  | 'yearZero'
  | 'digitWithUnitChar'
  | 'approxArabic'
  | 'approxDun'
  | 'doubledApprox'
  | 'mixedDates'
  | 'firstDate'
  | 'replace'
  | 'removeWord';

const RANGE_CONNECTORS = RANGE_DASHES + WAVE_DASH + RANGE_WORDS;
/** The multipliers and signs a range must repeat on both ends (GB/T 15835-2011 §4.3 examples). */
const RANGE_SIGNS = ['万亿', '千万', '百万', '万', '亿', '%', '％', '‰'];
const SMALL_UNIT_POWER: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
/** 3千克, 5千瓦 and 135.2千公顷 are units (kilo-, and the thousand-units statistics use), not 3000. */
const KILO_UNITS = ['克', '米', '瓦', '伏', '帕', '焦', '赫', '卡', '字节', '兆', '分', '公顷', '吨', '立方米', '升', '元', '美元'];
const DIGIT_YEAR_CHARS = '〇零OoＯ0０一二三四五六七八九';
const WRONG_ZEROS = '零OoＯ0０';
const SINGLE_DIGITS = '一二两三四五六七八九';
/** Measure words after 二三 that make it a quantity (二三米), not an abbreviated list (第二、三季度). */
const MEASURE_WORDS = ['个', '天', '日', '米', '公里', '里', '斤', '吨', '人', '名', '位', '次', '遍', '件', '户', '家', '所', '项', '条', '岁', '小时', '分钟', '成', '倍', '层', '元', '十', '百', '千', '万', '亿'];
/** 节约, 制约, 签约… end in 约 without meaning “about”. */
const NOT_APPROX_BEFORE_YUE = '节制签预公契邀违履特盟条合简隐婉相纽';
const APPROX_PAIRS: Array<{ heads: string[]; tails: string[] }> = [
  { heads: ['大约', '大概', '约'], tails: ['左右', '上下'] },
  { heads: ['将近', '接近', '近'], tails: ['余', '多', '以上'] },
  { heads: ['超过'], tails: ['以上', '余'] },
];
const MAX_NUMBER = 16;
const MAX_UNIT = 4;

export default defineRule<MessageId>({
  meta: {
    id: 'number-usage',
    name: { zh: '数字用法', en: 'Number usage' },
    category: '数据',
    severity: 'warning',
    description: { zh: '数字用法（数值范围、年份中的〇、概数、约数词重复、日期写法统一）', en: 'Number usage: ranges, 〇 in years, approximate numbers, doubled approximation, consistent dates' },
    basis: 'GB/T 15835-2011《出版物上数字用法》；GB/T 15834-2011 §4.5.3.6',
    fixable: true,
    hasSuggestions: true,
    recommended: true,
    schema: NO_OPTIONS,
    messages: {
      rangeSign: { zh: '数值范围两端都应带“{{sign}}”：应为“{{fixed}}”（GB/T 15835-2011 §4.3）', en: 'Both ends of the range need “{{sign}}”: write “{{fixed}}” (GB/T 15835-2011 §4.3)' },
      yearZero: { zh: '年份逐位书写时，零应写作“〇”：应为“{{fixed}}”（GB/T 15835-2011 §4.1.2）', en: 'In a year written digit by digit, zero is “〇”: write “{{fixed}}” (GB/T 15835-2011 §4.1.2)' },
      digitWithUnitChar: { zh: '阿拉伯数字不与“{{unit}}”连用：应为“{{fixed}}”（GB/T 15835-2011 §5.1）', en: 'Arabic digits do not combine with “{{unit}}”: write “{{fixed}}” (GB/T 15835-2011 §5.1)' },
      approxArabic: { zh: '含“几”的概数用汉字数字：应为“{{fixed}}”（GB/T 15835-2011 §4.1.1）', en: 'An approximate number with 几 is written in Chinese numerals: “{{fixed}}” (GB/T 15835-2011 §4.1.1)' },
      approxDun: { zh: '相邻两数连用表示概数，中间不用顿号：应为“{{fixed}}”（GB/T 15834-2011 §4.5.3.6）', en: 'Two adjacent numbers giving an estimate take no 顿号: “{{fixed}}” (GB/T 15834-2011 §4.5.3.6)' },
      doubledApprox: { zh: '“{{head}}”与“{{tail}}”都表示约数，语义重复，删去其一', en: '“{{head}}” and “{{tail}}” both mark an estimate; keep one' },
      mixedDates: { zh: '日期写法不统一：此处用{{style}}，全文多用{{other}}（如“{{example}}”）', en: 'Dates are written two ways: {{styleEn}} here, {{otherEn}} elsewhere (e.g. “{{example}}”)' },
      firstDate: { zh: '此处用{{other}}', en: '{{otherEn}} here' },
      replace: { zh: '改为“{{text}}”', en: 'Change to “{{text}}”' },
      removeWord: { zh: '删去“{{word}}”', en: 'Remove “{{word}}”' },
    },
  },
  check(context) {
    for (const sentence of context.outline.sentences) {
      const scan: Scan = { context, text: sentence.text, base: sentence.range.start.offset };
      checkRanges(scan);
      checkYearZero(scan);
      checkDigitWithUnitChar(scan);
      checkApproxArabic(scan);
      checkApproxDun(scan);
      checkDoubledApprox(scan);
    }
    checkDateStyles(context);
  },
});

interface Scan {
  context: RuleContext<MessageId>;
  text: string;
  base: number;
}

const isNumberChar = (ch: string | undefined) => isArabicDigit(ch) || ch === '.' || ch === '．';

/** Reports unless the span touches code or a URL. */
function report(scan: Scan, from: number, to: number, messageId: MessageId, data: Record<string, string>, fixes: Array<RuleFix<MessageId>>): void {
  const start = scan.base + from;
  const end = scan.base + to;
  if (scan.context.isSkipped(start, end)) return;
  scan.context.report({ messageId, data, span: { start, end }, fixes });
}

const replaceFix = (scan: Scan, from: number, to: number, text: string, safe: boolean): RuleFix<MessageId> => ({
  messageId: 'replace',
  data: { text },
  edits: [{ span: { start: scan.base + from, end: scan.base + to }, newText: text }],
  safe,
});

/** 9～16亿 → 9亿～16亿; 15～30% → 15%～30%. */
function checkRanges(scan: Scan): void {
  const { text } = scan;
  for (let k = 1; k < text.length - 1; k++) {
    if (!isArabicDigitAt(text, k - 1) || !RANGE_CONNECTORS.includes(text[k]!) || !isArabicDigitAt(text, k + 1)) continue;
    let lower = k - 1;
    while (lower > 0 && k - lower < MAX_NUMBER && isNumberChar(text[lower - 1])) lower--;
    if (isHanNumeralOrSign(text[lower - 1])) continue;
    let upperEnd = k + 1;
    while (upperEnd < text.length && upperEnd - k < MAX_NUMBER && isNumberChar(text[upperEnd])) upperEnd++;
    const sign = startsWithAny(text, upperEnd, RANGE_SIGNS);
    if (!sign) continue;
    const end = upperEnd + sign.length;
    const fixed = text.slice(lower, k) + sign + text.slice(k, end);
    report(scan, lower, end, 'rangeSign', { sign, fixed }, [
      { messageId: 'replace', data: { text: fixed }, edits: [{ span: { start: scan.base + k, end: scan.base + k }, newText: sign }], safe: true },
    ]);
    k = end;
  }
}

/** A lower bound already carrying 万 or a sign, or a Chinese numeral before it: not a bare Arabic range. */
function isHanNumeralOrSign(ch: string | undefined): boolean {
  return isChineseNumeral(ch) || ch === '%' || ch === '％';
}

/** 二零二二年 → 二〇二二年; 二O二二年 too. */
function checkYearZero(scan: Scan): void {
  const { text } = scan;
  for (const year of indexesOf(text, '年')) {
    let start = year;
    while (start > 0 && year - start < 4 && DIGIT_YEAR_CHARS.includes(text[start - 1]!)) start--;
    const digits = text.slice(start, year);
    if (digits.length < 2 || isChineseNumeral(text[start - 1]) || isArabicDigit(text[start - 1])) continue;
    let chinese = 0;
    let wrong = 0;
    for (const ch of digits) {
      if (SINGLE_DIGITS.includes(ch) || ch === '〇') chinese++;
      if (WRONG_ZEROS.includes(ch)) wrong++;
    }
    // Needs two Chinese digits, so 2020年 and 20年 (Arabic) stay alone.
    if (chinese < 2 || wrong === 0) continue;
    let fixed = '';
    for (const ch of digits) fixed += WRONG_ZEROS.includes(ch) ? '〇' : ch;
    report(scan, start, year, 'yearZero', { fixed: fixed + '年' }, [replaceFix(scan, start, year, fixed, true)]);
  }
}

/** 3千 → 3000, 2.5千万 → 2500万; not 3千克 (kilogram). */
function checkDigitWithUnitChar(scan: Scan): void {
  const { text } = scan;
  for (let i = 1; i < text.length; i++) {
    // The digit test first: it is cheaper than a table lookup and fails on most characters.
    if (!isArabicDigitAt(text, i - 1)) continue;
    const unit = text[i]!;
    const power = SMALL_UNIT_POWER[unit];
    if (power === undefined) continue;
    if (startsWithAny(text, i + 1, KILO_UNITS)) continue;
    let start = i - 1;
    while (start > 0 && i - start < MAX_NUMBER && isNumberChar(text[start - 1])) start--;
    const shifted = shiftDecimal(toAsciiDigits(text.slice(start, i)), power);
    if (shifted === null) continue;
    report(scan, start, i + 1, 'digitWithUnitChar', { unit, fixed: shifted }, [replaceFix(scan, start, i + 1, shifted, true)]);
  }
}

/** "2.5" × 10^3 → "2500" by moving the point, so no float rounding creeps in. */
export function shiftDecimal(number: string, power: number): string | null {
  const parts = number.split('.');
  if (parts.length > 2 || parts[0] === '') return null;
  const [whole, fraction = ''] = parts as [string, string?];
  const digits = whole + fraction.padEnd(power, '0');
  const point = whole.length + power;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = trimEndChar(digits.slice(point), '0');
  return rest ? `${integer}.${rest}` : integer;
}

/** 20几 → 二十几. */
function checkApproxArabic(scan: Scan): void {
  const { text } = scan;
  for (const ji of indexesOf(text, '几')) {
    if (!isArabicDigit(text[ji - 1])) continue;
    let start = ji - 1;
    while (start > 0 && ji - start < 8 && isArabicDigit(text[start - 1])) start--;
    if (text[start - 1] === '.') continue;
    const chinese = toChineseNumeral(Number(toAsciiDigits(text.slice(start, ji))));
    if (chinese === null) continue;
    report(scan, start, ji + 1, 'approxArabic', { fixed: chinese + '几' }, [replaceFix(scan, start, ji, chinese, true)]);
  }
}

/** 二、三米 → 二三米; but 第二、三季度 (two ordinals) and 一、二、三 (a list) stay. */
function checkApproxDun(scan: Scan): void {
  const { text } = scan;
  for (const dun of indexesOf(text, '、')) {
    const first = text[dun - 1];
    const second = text[dun + 1];
    if (first === undefined || second === undefined || !SINGLE_DIGITS.includes(first) || !SINGLE_DIGITS.includes(second)) continue;
    const a = parseChineseNumeral(first);
    const b = parseChineseNumeral(second);
    if (a === null || b === null || !(b === a + 1 || (a === 3 && b === 5))) continue;
    const before = text[dun - 2];
    if (before === '第' || before === '、' || isChineseNumeral(before) || text[dun + 2] === '、') continue;
    if (!startsWithAny(text, dun + 2, MEASURE_WORDS)) continue;
    const fixed = first + second;
    report(scan, dun - 1, dun + 2, 'approxDun', { fixed }, [replaceFix(scan, dun - 1, dun + 2, fixed, false)]);
  }
}

/** 约…左右, 近…余, 超过…以上: one estimate marked twice. */
function checkDoubledApprox(scan: Scan): void {
  const { text } = scan;
  const taken = new Set<number>();
  for (const { heads, tails } of APPROX_PAIRS) {
    for (const head of heads) {
      for (const at of indexesOf(text, head)) {
        if (taken.has(at + head.length)) continue; // 大约 already read as 大约, not 约
        if (head === '约' && NOT_APPROX_BEFORE_YUE.includes(text[at - 1] ?? '')) continue;
        let i = at + head.length;
        const numberStart = i;
        while (i - numberStart < MAX_NUMBER && isEstimateNumberChar(text[i])) i++;
        if (i === numberStart) continue;
        const tailAt = findTail(text, i, tails);
        if (!tailAt) continue;
        taken.add(at + head.length);
        const [tailStart, tail] = tailAt;
        const removeHead: RuleFix<MessageId> = { messageId: 'removeWord', data: { word: head }, edits: [{ span: { start: scan.base + at, end: scan.base + at + head.length }, newText: '' }], safe: false };
        const removeTail: RuleFix<MessageId> = { messageId: 'removeWord', data: { word: tail }, edits: [{ span: { start: scan.base + tailStart, end: scan.base + tailStart + tail.length }, newText: '' }], safe: false };
        report(scan, at, tailStart + tail.length, 'doubledApprox', { head, tail }, [removeTail, removeHead]);
      }
    }
  }
}

function isEstimateNumberChar(ch: string | undefined): boolean {
  return isNumberChar(ch) || isChineseNumeral(ch) || isPlaceholderChar(ch) || ch === '几' || ch === '半';
}

/** A tail word within MAX_UNIT characters of unit (平方米, 个, 万元) after the number. */
function findTail(text: string, from: number, tails: readonly string[]): [number, string] | null {
  for (let i = from; i <= from + MAX_UNIT && i < text.length; i++) {
    const tail = startsWithAny(text, i, tails);
    if (tail) return [i, tail];
    const ch = text[i];
    if (!(isHan(ch) || ch === '%' || ch === '％')) return null;
  }
  return null;
}

interface DateMention {
  start: number;
  end: number;
  text: string;
  style: 'arabic' | 'chinese';
}

const STYLE_NAMES = {
  arabic: { zh: '阿拉伯数字', en: 'Arabic digits' },
  chinese: { zh: '汉字数字', en: 'Chinese numerals' },
};

/**
 * A year (2022年, 二〇二二年) with its month and day when given. The style used
 * more often is the document's; each date in the other style is reported with
 * the first date of the document's style as related location.
 */
function checkDateStyles(context: RuleContext<MessageId>): void {
  const dates: DateMention[] = [];
  for (const sentence of context.outline.sentences) {
    const base = sentence.range.start.offset;
    for (const year of indexesOf(sentence.text, '年')) {
      const mention = readDate(sentence.text, year);
      if (mention && !context.isSkipped(base + mention.start, base + mention.end)) dates.push({ ...mention, start: base + mention.start, end: base + mention.end });
    }
  }
  const arabic = dates.filter((d) => d.style === 'arabic');
  const chinese = dates.filter((d) => d.style === 'chinese');
  if (arabic.length === 0 || chinese.length === 0) return;
  const [main, minority] = arabic.length >= chinese.length ? [arabic, chinese] : [chinese, arabic];
  const example = main[0]!;
  const mainStyle = STYLE_NAMES[example.style];
  for (const date of minority) {
    const style = STYLE_NAMES[date.style];
    context.report({
      messageId: 'mixedDates',
      data: { style: style.zh, styleEn: style.en, other: mainStyle.zh, otherEn: mainStyle.en, example: example.text },
      span: { start: date.start, end: date.end },
      related: [{ span: { start: example.start, end: example.end }, messageId: 'firstDate', data: { other: mainStyle.zh, otherEn: mainStyle.en } }],
      fixes: convertDate(date.text, example.style).map((text) => ({ messageId: 'replace', data: { text }, edits: [{ span: { start: date.start, end: date.end }, newText: text }], safe: false })),
      details: { arabic: arabic.length, chinese: chinese.length },
    });
  }
}

/** Reads the date whose 年 stands at `year`, or null when the year is not four digits of one style. */
function readDate(text: string, year: number): { start: number; end: number; text: string; style: 'arabic' | 'chinese' } | null {
  const start = year - 4;
  if (start < 0) return null;
  const digits = text.slice(start, year);
  let style: 'arabic' | 'chinese';
  if ([...digits].every((ch) => isArabicDigit(ch))) style = 'arabic';
  else if ([...digits].every((ch) => SINGLE_DIGITS.includes(ch) || ch === '〇' || ch === '零')) style = 'chinese';
  else return null;
  const before = text[start - 1];
  if (isArabicDigit(before) || isChineseNumeral(before)) return null;
  let end = year + 1;
  for (const part of ['月', '日']) {
    let i = end;
    while (i - end < 3 && (style === 'arabic' ? isArabicDigit(text[i]) : isChineseNumeral(text[i]))) i++;
    if (i === end || text[i] !== part) break;
    end = i + 1;
  }
  return { start, end, text: text.slice(start, end), style };
}

const YEAR_DIGITS = '〇一二三四五六七八九';

/** 2022年5月 ⇄ 二〇二二年五月; [] when a part cannot be converted. */
export function convertDate(date: string, to: 'arabic' | 'chinese'): string[] {
  let out = '';
  let number = '';
  for (const ch of date) {
    if (ch !== '年' && ch !== '月' && ch !== '日') {
      number += ch;
      continue;
    }
    let converted: string | null;
    if (ch === '年') {
      converted = '';
      for (const d of number) converted += to === 'chinese' ? YEAR_DIGITS[Number(toAsciiDigits(d))] ?? '' : String(YEAR_DIGITS.indexOf(d === '零' ? '〇' : d));
    } else {
      converted = to === 'chinese' ? toChineseNumeral(Number(toAsciiDigits(number))) : String(parseChineseNumeral(number) ?? '');
    }
    if (!converted || converted.includes('-1')) return [];
    out += converted + ch;
    number = '';
  }
  return [out];
}
