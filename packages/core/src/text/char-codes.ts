/**
 * Character classes as sets of UTF-16 code units.
 *
 * The parse phases scan every character of a report. Reading `text[i]` makes a
 * new one-character string for every CJK character (V8 caches only Latin-1
 * ones), and those strings are most of the garbage a scan leaves; comparing
 * `charCodeAt` against these sets allocates nothing.
 */

/**
 * A set of UTF-16 code units kept as a bitset. The parse phases ask it once
 * for every character of a report, several times over; a bit test costs a
 * fraction of what `Set#has` does (measured on a 1 MB report: ~0.8 vs ~5 ns a
 * character), and that was a tenth of the parse.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(2048);
  private readonly members: number[] = [];

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`codeSet takes single code units, got "${ch}"`);
      const code = ch.charCodeAt(0);
      // charCodeAt past the end gives NaN, which the bit test reads as U+0000: keep that out.
      if (code === 0) throw new Error('codeSet cannot hold U+0000');
      if (this.has(code)) continue;
      this.bits[code >>> 5]! |= 1 << (code & 31);
      this.members.push(code);
    }
  }

  /** True for a member; false for anything else, including NaN (charCodeAt past the end). */
  has(code: number): boolean {
    return ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this.members[Symbol.iterator]();
  }
}

/** The code units of `chars`; every entry must be a single UTF-16 code unit other than U+0000. */
export function codeSet(chars: Iterable<string>): CodeSet {
  return new CodeSet(chars);
}

/** A CJK unified ideograph of the basic block (U+4E00–U+9FFF), as /[\u4e00-\u9fff]/ tests. */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** White space as /\s/ tests it, for one code unit. */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The first index in [from, end) whose code unit is in `set`, or -1: a scan in place of a character-class regex. */
export function indexOfCode(text: string, set: CodeSet, from = 0, end = text.length): number {
  for (let i = Math.max(0, from); i < end; i++) if (set.has(text.charCodeAt(i))) return i;
  return -1;
}

/** True when a code unit of `set` occurs in text[from, end). */
export function hasCode(text: string, set: CodeSet, from = 0, end = text.length): boolean {
  return indexOfCode(text, set, from, end) >= 0;
}

/** The last index at or before `from` whose code unit is in `set`, or -1. */
export function lastIndexOfCode(text: string, set: CodeSet, from = text.length - 1): number {
  for (let i = Math.min(from, text.length - 1); i >= 0; i--) if (set.has(text.charCodeAt(i))) return i;
  return -1;
}
