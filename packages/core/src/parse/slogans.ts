/**
 * Quoted phrases (“…”) and, for numeric slogans, what they count:
 * 三大攻坚 → 3 (攻坚), 四个一 → 4, 两断三清 → 2 + 3, 一三五 → items 1, 3, 5.
 */
import type { Slogan } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';
import { parseChineseNumeral } from './numerals.js';
import { sentenceAt } from './sentences.js';
import { COUNT_NUMERAL_CHARS } from '../text/lexicon.js';

/** Characters of a counting numeral inside a slogan (双 counts 2 as in 一岗双责). */
const SLOGAN_NUMERALS = COUNT_NUMERAL_CHARS;
/** Measure words that may stand between the number and what it counts. */
const MEASURES = new Set(['大', '个', '项', '条', '种', '类', '点', '支', '张', '级', '化', '型', '方面']);
const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);
/** A slogan this long is a quotation, not a slogan. */
const MAX_SLOGAN_LENGTH = 40;

/** Unbalanced quotes reported at most this often: 10⁵ stray quotes must not make 10⁵ problems. */
const MAX_UNBALANCED_REPORTED = 20;

export function findSlogans(ctx: ParseContext): void {
  const { text, outline } = ctx;
  let unbalanced = 0;
  const reportUnbalanced = (at: number) => {
    if (unbalanced++ < MAX_UNBALANCED_REPORTED) reportUnbalancedQuote(ctx, at);
  };
  for (const paragraph of outline.paragraphs) {
    const end = paragraph.range.end.offset;
    let open = -1;
    for (let i = paragraph.range.start.offset; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === OPEN_QUOTE) {
        if (open >= 0) reportUnbalanced(open);
        open = i;
      } else if (code === CLOSE_QUOTE) {
        if (open < 0) {
          reportUnbalanced(i);
          continue;
        }
        const inner = text.slice(open + 1, i);
        if (inner.length > 0 && inner.length <= MAX_SLOGAN_LENGTH) {
          const numeric = readNumericSlogan(inner);
          const slogan: Slogan = {
            id: outline.slogans.length,
            text: inner,
            range: rangeOf(ctx, open, i + 1),
            innerRange: rangeOf(ctx, open + 1, i),
            count: numeric.count,
            items: numeric.items,
            noun: numeric.noun,
            measure: numeric.measure,
            sentence: sentenceAt(ctx, open),
            paragraph: paragraph.id,
          };
          outline.slogans.push(slogan);
        }
        open = -1;
      }
    }
    if (open >= 0) reportUnbalanced(open);
  }
}

function reportUnbalancedQuote(ctx: ParseContext, at: number): void {
  ctx.outline.problems.push({
    code: 'unbalanced-quote',
    message: `引号不成对：第 ${ctx.lines.position(at).line} 行的“${ctx.text[at]}”没有与之配对的引号`,
    range: rangeOf(ctx, at, at + 1),
  });
}

export interface NumericSlogan {
  count: number | null;
  items: number[];
  noun: string | null;
  /** The measure word after the first number (个 in 四个一, 大 in 三大攻坚), or null. */
  measure: string | null;
}

/** Party congresses and plenums: 十九大, 二十大精神, 二十届三中全会, 十一届三中全会以来. */
const CONGRESS = /^[一二三四五六七八九十]+(?:大(?:$|[和及、，。”]|精神|报告|以来|代表|会议|召开|胜利|闭幕|开幕|提出|作出|确定|部署|党章|决策)|届|中全会)/;
/** True when `phrase` starts with the name of a party congress or plenum (十九大, 二十届三中全会): a name, not a count. */
export function namesCongress(phrase: string): boolean {
  return CONGRESS.test(phrase);
}

/** Five-year plans: 九五, 十一五, 十四五. */
const FIVE_YEAR_PLAN = /^十?[一二三四五六七八九]五(?![一二三四五六七八九十])/;
/** 四位一体, 三证合一, 多规合一: the 一 is the unity, not a number counted. */
const UNITY_BEFORE = new Set(['位', '合']);

/**
 * Reads the numbers in a slogan. A slogan that is only numerals (一三五,
 * 一二三四) is a name whose items are listed elsewhere: it has items but no
 * count. A congress or plenum (十九大, 二十届三中全会), a five-year plan
 * (十四五), a year or date written as digits (九二共识, 五五购物节) names
 * something and counts nothing.
 */
export function readNumericSlogan(inner: string): NumericSlogan {
  const none: NumericSlogan = { count: null, items: [], noun: null, measure: null };
  if (!SLOGAN_NUMERALS.includes(inner[0] ?? '')) return none;
  if (CONGRESS.test(inner) || FIVE_YEAR_PLAN.test(inner)) return none;
  // 一三五, 一二三四: a name made of digits, each its own item.
  if (/^[一二两三四五六七八九]+$/.test(inner)) {
    return { ...none, items: [...inner].map((ch) => parseChineseNumeral(ch === '两' ? '二' : ch)!) };
  }

  const items: number[] = [];
  let allNumerals = true;
  let noun: string | null = null;
  let measure: string | null = null;
  let i = 0;
  while (i < inner.length) {
    const numeralStart = i;
    while (i < inner.length && i - numeralStart < 3 && SLOGAN_NUMERALS.includes(inner[i]!)) i++;
    if (i === numeralStart) {
      allNumerals = false;
      i++;
      continue;
    }
    const token = inner.slice(numeralStart, i);
    // 九二共识, 五五购物节: digits side by side are a year or a date, not a count.
    if (token.length > 1 && !token.includes('十')) return none;
    const value = parseChineseNumeral(token.replace('两', '二'));
    if (value === null) return none;
    // Only the first numeral of a name like 四个一 is a count; a numeral that
    // ends the slogan after a measure word is what is counted.
    if (numeralStart > 0 && i === inner.length && items.length > 0 && !allNumeralsSoFar(inner, numeralStart)) break;
    // 两个一百年: a number with 百/千/万 after the count is what is counted.
    if (items.length > 0 && /[百千万亿]/.test(inner[i] ?? '')) break;
    if (value === 1 && numeralStart > 0 && UNITY_BEFORE.has(inner[numeralStart - 1]!)) continue;
    items.push(value);
    let rest = i;
    if (rest < inner.length && MEASURES.has(inner[rest]!)) rest++;
    else if (inner.startsWith('方面', rest)) rest += 2;
    if (items.length === 1 && rest > i) measure = inner.slice(i, rest);
    let nounEnd = rest;
    while (nounEnd < inner.length && !SLOGAN_NUMERALS.includes(inner[nounEnd]!) && /[\u4e00-\u9fff]/.test(inner[nounEnd]!)) nounEnd++;
    if (nounEnd > rest && noun === null) noun = inner.slice(rest, nounEnd);
    if (rest > i || nounEnd > rest) allNumerals = false;
    i = rest;
  }
  if (items.length === 0) return none;
  if (allNumerals) return { ...none, items };
  return { count: items.reduce((a, b) => a + b, 0), items, noun, measure };
}

function allNumeralsSoFar(inner: string, upTo: number): boolean {
  for (let i = 0; i < upTo; i++) if (!SLOGAN_NUMERALS.includes(inner[i]!)) return false;
  return true;
}
