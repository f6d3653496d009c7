/**
 * Word's list number formats (ECMA-376 §17.18.59 ST_NumberFormat): how a
 * level's counter is written — 1, 一, （一）'s 一, 壹, 甲, ①, a, iv. The level
 * text (`%1、`, `（%1）`, `%1.%2`) is filled in by numbering.ts.
 */

const DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';

/** The counter `n` written in format `numFmt`; unknown formats fall back to decimal, as Word does. */
export function formatListNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n, numFmt === 'ideographDigital');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseLegal(n);
    case 'ideographTraditional':
      return cyclic(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return cyclic(n, EARTHLY_BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, CIRCLED);
    case 'decimalEnclosedParen':
      return enclosed(n, PARENTHESIZED);
    case 'decimalEnclosedFullstop':
      return enclosed(n, FULL_STOP);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** 一 … 十, 十一, 二十一, 一百零五: the way 一、 and （一） headings count. `digital` writes 一〇五 digit by digit. */
function chineseCounting(n: number, digital: boolean): string {
  if (n <= 0 || !Number.isInteger(n)) return String(n);
  if (digital) return String(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)]!);
  if (n >= 10000) return String(n);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const tens = Math.floor(n / 10) % 10;
  const ones = n % 10;
  let out = '';
  if (thousands) out += `${DIGITS[thousands]}千`;
  if (hundreds) out += `${DIGITS[hundreds]}百`;
  else if (thousands && (tens || ones)) out += '〇';
  // 十一 not 一十一 when the number is below twenty; 一百一十 above.
  if (tens) out += n < 20 ? '十' : `${DIGITS[tens]}十`;
  else if ((thousands || hundreds) && ones && !out.endsWith('〇')) out += '〇';
  if (ones) out += DIGITS[ones];
  return out.replace(/〇/g, '零');
}

function chineseLegal(n: number): string {
  if (n <= 0 || n >= 10000 || !Number.isInteger(n)) return String(n);
  const plain = chineseCounting(n, false);
  return plain
    .replace(/^十/, '壹拾')
    .replace(/[一二三四五六七八九零]/g, (d) => LEGAL_DIGITS['零一二三四五六七八九'.indexOf(d)]!)
    .replace(/十/g, '拾')
    .replace(/百/g, '佰')
    .replace(/千/g, '仟');
}

function cyclic(n: number, symbols: string): string {
  if (n <= 0) return String(n);
  return symbols[(n - 1) % symbols.length]!;
}

function enclosed(n: number, symbols: string): string {
  return n >= 1 && n <= symbols.length ? symbols[n - 1]! : String(n);
}

/** a … z, aa … zz, aaa: Word repeats the letter rather than counting in base 26. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
