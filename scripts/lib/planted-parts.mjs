// Planted part changes on real bulletins, measured the way the held-out test
// measures them: find the true exhaustive breakdowns of a document by
// arithmetic alone, change one part by a clear amount, lint, and see whether
// total-mismatch lands on that line.
//
// The oracle is independent of @huibao/core: it reads figures with its own
// small scanner and trusts only sums. A breakdown is a figure (the total)
// followed in its paragraph by two or more figures of the same unit whose sum
// equals it within the stated rounding.
// Rules that keep coincidences out (each a rule about a kind of figure, none
// about a sentence):
//   1. only count and amount figures with a unit: no percentages, ‰, 个百分点,
//      years, months, ages, multiples (倍), ordinals (第…), ranges (80－120);
//   2. a change is not a part or a total: a figure whose clause (text back to the
//      last ，。；：、（）) holds a change word (比上年, 同比, 增加 but not 增加值,
//      减少, 增长, 下降, 提高, 降低, 上升, 回落, 净增);
//   3. an average is not a part or a total: its clause holds 人均, 平均, 户均,
//      日均, 年均, 月均 or 每;
//   4. the parts are the figures of the total's unit that come right after it,
//      consecutive, starting with the first: the run that first reaches the
//      total within rounding (a later run or a subset of figures is a coincidence);
//      every part is smaller than the total;
//   5. a part whose clause reads exactly like the total's (在校学生… after
//      在校学生12.53万人) is the same attribute of a sibling item, not a part: the
//      run is several attributes of a list of items interleaved (招生…在校学生…毕业生);
//   6. a figure that is a part of a breakdown is not the total of a run made of
//      its own siblings (牛肉2.05万吨 followed by 羊肉…禽肉…); a nested breakdown
//      of a part has parts of its own (海水产品118.22万吨，其中近海…远洋…养殖…);
//   7. table rows (lines with `|`) are left to table checks.
// Rounding: a whole number written without 万/亿 is an exact count (no slack); any
// other figure may be off by half a unit of its last digit, and the parts' slack
// adds to the total's (bulletins round each figure on its own).

const MULTIPLIERS = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
// Longest first, so 人次 wins over 人 and 千瓦时 over 千瓦.
const UNITS = [
  '万千瓦时', '吨公里', '人公里', '千瓦时', '万千瓦', '千瓦', '标准箱', '平方公里', '平方米', '立方米', '千公顷', '公顷', '公里', '千米', '千克', '公斤',
  '人次', '美元', '元', '人', '名', '户', '家', '个', '所', '座', '处', '项', '件', '起', '宗', '辆', '台', '套', '艘', '架', '部',
  '张', '床', '头', '只', '羽', '吨', '亩', '册', '种', '份', '篇', '场', '条', '栋', '株', '棵', '间', '口', '片', '列', '班',
].sort((a, b) => b.length - a.length);

const CLAUSE_BREAK = /[，。；：、（）()！？\n]/u;
const CHANGE_WORDS = /比上年|比去年|上年末|同比|较上年|增加(?!值)|减少|增长|下降|提高|降低|上升|回落|净增|增速/u;
const AVERAGE_WORDS = /人均|平均|户均|日均|年均|月均|每/u;

/** Every figure with a unit in a line: value in base units, its rounding, where it is written. */
export function scanFigures(line) {
  const figures = [];
  // Budget reports group thousands (1,356,722万元): one figure, not 1 and 356 and 722.
  const number = /(?<![\d.．]|\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gu;
  for (let m; (m = number.exec(line)); ) {
    const written = m[1];
    const digits = written.replaceAll(',', '');
    const start = m.index;
    let at = start + written.length;
    const before = line.slice(Math.max(0, start - 1), start);
    if (before === '第' || /[－—–~～-]$/u.test(before)) continue; // ordinal, or the upper end of a range
    let multiplier = 1;
    for (const [word, factor] of MULTIPLIERS) {
      if (line.startsWith(word, at)) {
        multiplier = factor;
        at += word.length;
        break;
      }
    }
    const unit = UNITS.find((u) => line.startsWith(u, at));
    if (!unit) continue;
    if (unit === '个' && /^(百分点|月|工作日|小时)/u.test(line.slice(at + 1))) continue;
    const after = line.slice(at + unit.length, at + unit.length + 1);
    if (/[－—–~～-]/u.test(after) && /\d/u.test(line.slice(at + unit.length + 1, at + unit.length + 2))) continue; // lower end of a range
    if (/[－—–~～-]/u.test(line.slice(start + written.length, start + written.length + 1))) continue;
    const fraction = digits.includes('.') ? digits.split('.')[1].length : 0;
    const clauseStart = lastBreak(line, start);
    const clause = line.slice(clauseStart, start);
    figures.push({
      text: line.slice(start, at + unit.length),
      digits,
      start,
      digitsEnd: start + written.length,
      end: at + unit.length,
      value: Number(digits) * multiplier,
      half: fraction === 0 && multiplier === 1 ? 0 : (0.5 * multiplier) / 10 ** fraction,
      decimals: fraction,
      multiplier,
      unit,
      clause,
      change: CHANGE_WORDS.test(clause),
      average: AVERAGE_WORDS.test(clause),
    });
  }
  return figures;
}

function lastBreak(line, before) {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_BREAK.test(line[i])) return i + 1;
  return 0;
}

/**
 * The true exhaustive breakdowns of a document by arithmetic alone (see the
 * rules above): [{ line (1-based), total, parts }], figures as scanFigures gives them.
 */
export function findBreakdowns(text) {
  const breakdowns = [];
  text.split(/\r\n|\r|\n/u).forEach((lineText, index) => {
    if (lineText.includes('|')) return;
    const figures = scanFigures(lineText).filter((f) => !f.change && !f.average);
    /** For each figure that is a part, the other parts of its breakdown. */
    const siblings = new Map();
    for (let t = 0; t < figures.length; t++) {
      const total = figures[t];
      const run = [];
      let sum = 0;
      for (let p = t + 1; p < figures.length; p++) {
        const part = figures[p];
        if (part.unit !== total.unit) continue;
        if (part.value >= total.value || part.clause === total.clause || siblings.get(total)?.has(part)) break;
        run.push(part);
        sum += part.value;
        const slack = total.half + run.reduce((s, f) => s + f.half, 0) + 1e-9 * total.value;
        if (run.length >= 2 && Math.abs(sum - total.value) <= slack) {
          breakdowns.push({ line: index + 1, total, parts: [...run] });
          for (const member of run) siblings.set(member, new Set(run));
          break;
        }
        if (sum - total.value > slack) break;
      }
    }
  });
  return breakdowns;
}

/**
 * A clear change of one part: up or down by a tenth of the total (down by at
 * most half the part), and at least three units of its last digit, written in
 * the part's own precision and multiplier, so the parts miss the total far
 * beyond rounding. Null when going down would leave nothing.
 */
export function plantedValue(breakdown, partIndex, direction) {
  const part = breakdown.parts[partIndex];
  const step = part.multiplier / 10 ** part.decimals;
  const byTotal = (0.1 * breakdown.total.value) / part.multiplier;
  const amount = direction === 'down' ? Math.min(byTotal, (part.value / part.multiplier) * 0.5) : byTotal;
  const units = Math.max(Math.round((amount * part.multiplier) / step), 3);
  const value = part.value + (direction === 'down' ? -units : units) * step;
  if (value <= 0) return null;
  return (value / part.multiplier).toFixed(part.decimals);
}

/** The document with one part of a breakdown changed; null when no clear change is possible. */
export function plantPartChange(text, breakdown, partIndex, direction) {
  const digits = plantedValue(breakdown, partIndex, direction);
  if (digits === null) return null;
  const part = breakdown.parts[partIndex];
  return replaceInLine(text, breakdown.line, part.start, part.digitsEnd, digits);
}

/** The text with columns [start, end) of its 1-based line `line` replaced by `digits`; line endings kept. */
export function replaceInLine(text, line, start, end, digits) {
  const lines = text.split(/(\r\n|\r|\n)/u); // keeps the separators at odd indices
  const i = (line - 1) * 2;
  lines[i] = lines[i].slice(0, start) + digits + lines[i].slice(end);
  return lines.join('');
}
