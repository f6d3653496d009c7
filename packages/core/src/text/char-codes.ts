/**
 * Character classes as sets of UTF-16 code units.
 *
 * The parse phases scan every character of a report. Reading `text[i]` makes a
 * new one-character string for every CJK character (V8 caches only Latin-1
 * ones), and those strings are most of the garbage a scan leaves; comparing
 * `charCodeAt` against these sets allocates nothing.
 */

/** The code units of `chars`; every entry must be a single UTF-16 code unit. */
export function codeSet(chars: Iterable<string>): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const ch of chars) {
    if (ch.length !== 1) throw new Error(`codeSet takes single code units, got "${ch}"`);
    codes.add(ch.charCodeAt(0));
  }
  return codes;
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
