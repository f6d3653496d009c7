// Planted share changes on real bulletins: find the shares a document states of
// two of its own figures, by arithmetic alone, change the share by a clear amount,
// lint, and see whether share-mismatch lands on that line. The measure the held-out
// test applies to shares (issue 27: "share-mismatch caught 2 of 9").
//
// The oracle is independent of @huibao/core: it reads figures with the small
// scanner of planted-parts.mjs and trusts only arithmetic. A share is a percent
// p% whose clause (text back to the last ，。；：、（）) holds 占 or 比重 and no
// change word, with
//   - a part: the last figure before that clause in its sentence (…795.9亿元，
//     增长2.6%，占…的比重为67.4%);
//   - a whole: the one figure of the line in the part's unit, larger than it,
//     whose quotient with the part rounds to p (the part's and whole's rounding
//     and p's last digit allowed). No whole, or two that fit, and the share is
//     left out: a coincidence cannot be told from a share.
// Rules that keep coincidences out: the part and whole are amounts or counts with
// a unit (scanFigures), never changes or averages; table rows (lines with `|`)
// are left to table checks.
import { replaceInLine, scanFigures } from './planted-parts.mjs';

const PERCENT = /(\d+(?:\.\d+)?)[%％]/gu;
const CLAUSE_BREAK = /[，。；：、（）()！？]/u;
const SENTENCE_END = /[。！？]/u;
const SHARE_WORDS = /占|比重/u;
const CHANGE_WORDS = /百分点|增长|提高|下降|降低|比上年|同比|增加|减少/u;

/** Where the clause holding `at` starts in `line`. */
function clauseStartOf(line, at) {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(line[start - 1])) start--;
  return start;
}

/** Where the sentence holding `at` starts in `line`. */
function sentenceStartOf(line, at) {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(line[start - 1])) start--;
  return start;
}

/**
 * The shares of a document its own figures prove, by arithmetic alone:
 * [{ line (1-based), share: { text, digits, start, end, value, decimals }, part, whole }],
 * part and whole as scanFigures gives them.
 */
export function findShares(text) {
  const shares = [];
  text.split(/\r\n|\r|\n/u).forEach((line, index) => {
    if (line.includes('|')) return;
    const figures = scanFigures(line).filter((f) => !f.change && !f.average);
    for (const m of line.matchAll(PERCENT)) {
      const start = m.index;
      const clauseStart = clauseStartOf(line, start);
      const clause = line.slice(clauseStart, start);
      if (!SHARE_WORDS.test(clause) || CHANGE_WORDS.test(clause)) continue;
      const sentenceStart = sentenceStartOf(line, start);
      const part = figures.filter((f) => f.end <= clauseStart && f.start >= sentenceStart).at(-1);
      if (!part) continue;
      const digits = m[1];
      const decimals = (digits.split('.')[1] ?? '').length;
      const value = Number(digits);
      const half = 0.5 / 10 ** decimals;
      const wholes = figures.filter((w) => w !== part && w.unit === part.unit && w.value > part.value && fits(part, w, value, half));
      if (wholes.length !== 1) continue;
      shares.push({ line: index + 1, share: { text: m[0], digits, start, end: start + digits.length, value, decimals }, part, whole: wholes[0] });
    }
  });
  return shares;
}

/** part ÷ whole × 100 rounds to `value` (its last digit's half), the part's and whole's rounding allowed. */
function fits(part, whole, value, half) {
  const ratio = (part.value / whole.value) * 100;
  const slack = half + (part.half / whole.value + (part.value * whole.half) / whole.value ** 2) * 100 + 1e-9;
  return Math.abs(ratio - value) <= slack;
}

/**
 * The share written a clear amount up or down: by 15% of itself and at least 3
 * percentage points, in its own precision; null when that leaves 0–100.
 */
export function plantedShare(share, direction) {
  const delta = Math.max(3, share.value * 0.15);
  const value = share.value + (direction === 'up' ? delta : -delta);
  if (value <= 0 || value >= 100) return null;
  return value.toFixed(share.decimals);
}

/** The text with one share changed (see plantedShare), or null. */
export function plantShareChange(text, found, direction) {
  const digits = plantedShare(found.share, direction);
  if (digits === null) return null;
  return replaceInLine(text, found.line, found.share.start, found.share.end, digits);
}
