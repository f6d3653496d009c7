#!/usr/bin/env node
// Recomputes the stated arithmetic of the hand-written reports, independently
// of @huibao/core: fixtures/reports/<name>.arithmetic.json writes down, beside
// the report, every relation the report states (a total and its parts, a
// share, a named rate, a growth rate, an average, a slogan's count, shares
// that make 100%), each with the figures exactly as written and the line they
// are on. This script checks that every figure is on its line and that every
// relation holds to the precision the report states it with, so a report the
// linter must find consistent really is consistent.
//
//   node scripts/check-report-arithmetic.mjs            every report with an arithmetic file
//   node scripts/check-report-arithmetic.mjs <a.json>…  only those
//
// Relation kinds (figures are strings as written: "186520万元", "1.28亿元", "71.0%"):
//   sum        total = Σ parts                     { total, parts[], rounded? }
//   difference result = minuend − Σ subtrahends    { minuend, subtrahends[], result }
//   share      share = part ÷ whole (a named rate too: 办结 ÷ 受理)  { part, whole, share, ratio? }
//              (`ratio: true`: the share is a term of a ratio written without %, 14.9∶37.8∶47.3)
//   growth     rate = (current − prior) ÷ prior; prior may be given as current − change
//                                                  { current, prior? , change?, rate, decrease? }
//   points     points = to − from (percentage points)  { from, to, points }
//   growthOfSum the total's growth from its parts' growth rates  { total, rate, parts: [{ value, rate }] }
//   average    average = total ÷ count              { total, count, average, above? }
//              (`above: true`: the report only says the average exceeds the figure, 超过47人)
//   mean       mean = the mean of written values (三科平均分)   { values[], mean }
//   count      the slogan's numeral = number of items, each item on its line { slogan, items[] }
//   shareSum   Σ shares = 100% within the rounding of each share  { shares[] }
// A figure may be an object { figure, line } when it is not on the relation's line, or
// { sum: [figures] } or { minus: [figures] } for a value the report implies but does not
// write (优秀 + 良好; the prior year 42180元 − 1560元), or { text, value } for a number
// written in words (过去五年 → { "text": "过去五年", "value": 5 }).
// Precision: a computed value must round to the stated one at the stated number of
// decimals (|computed − stated| ≤ half a unit of its last digit). `rounded: true` on a
// sum admits the parts' own rounding as well (parts rounded one by one, as bulletins do).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const reportsDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');

const MULTIPLIERS = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const CHINESE_DIGITS = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** "1.28亿元" → { value 1.28, decimals 2, multiplier 1e8, unit "元", scaled 128000000 }. */
export function parseFigure(written) {
  const match = /^(-?\d+(?:\.(\d+))?)(万亿|千|万|亿)?(.*)$/u.exec(written);
  if (!match) throw new Error(`not a figure: "${written}"`);
  const [, digits, fraction = '', prefix, unit] = match;
  // 千 is a multiplier only before a unit word (千米 and 千克 are units of their own).
  const isMultiplier = prefix && !(prefix === '千' && /^(米|克|瓦)/u.test(unit));
  const multiplier = isMultiplier ? MULTIPLIERS[prefix] : 1;
  const fullUnit = isMultiplier ? unit : (prefix ?? '') + unit;
  const value = Number(digits);
  return { written, value, decimals: fraction.length, multiplier, unit: fullUnit, scaled: value * multiplier };
}

/** Half a unit of the figure's last written digit, in base units. */
const halfUnit = (f) => (0.5 * f.multiplier) / 10 ** f.decimals;
const EPSILON = 1e-9;
const holds = (computed, stated) => Math.abs(computed - stated.scaled) <= halfUnit(stated) * (1 + EPSILON);
const show = (n) => String(Number(n.toPrecision(12)));

/** The figure is written on the line as a whole figure, not inside a longer number (12个 is not in 112个). */
export function writtenOn(line, written) {
  for (let at = line.indexOf(written); at >= 0; at = line.indexOf(written, at + 1)) {
    const before = line[at - 1] ?? '';
    const after = line[at + written.length] ?? '';
    const startsWithDigit = /^\d/u.test(written);
    const endsWithDigit = /\d$/u.test(written);
    if (startsWithDigit && /[\d.．]/u.test(before)) continue;
    if (endsWithDigit && /[\d.．]/u.test(after)) continue;
    return true;
  }
  return false;
}

/** The numeral of a slogan's count (“四个聚焦” → 4, “三保” → 3, “十二项” → 12). */
export function sloganCount(slogan) {
  const match = /^[“"]?([一二两三四五六七八九十]+)/u.exec(slogan);
  if (!match) throw new Error(`no count numeral in "${slogan}"`);
  const chars = [...match[1]];
  if (chars.length === 1) return CHINESE_DIGITS[chars[0]];
  if (chars[0] === '十') return 10 + (CHINESE_DIGITS[chars[1]] ?? 0);
  return CHINESE_DIGITS[chars[0]] * 10 + (chars[2] ? CHINESE_DIGITS[chars[2]] : 0);
}

/** Checks one arithmetic file; returns the list of failures (empty when every relation holds). */
export function checkArithmetic(arithmeticPath) {
  const spec = JSON.parse(readFileSync(arithmeticPath, 'utf8'));
  const reportPath = join(dirname(arithmeticPath), spec.report);
  const lines = readFileSync(reportPath, 'utf8').split(/\r\n|\r|\n/u);
  const failures = [];
  spec.relations.forEach((relation, index) => {
    const where = `${basename(arithmeticPath)} #${index + 1} (${relation.kind}, line ${relation.line})`;
    const fail = (message) => failures.push(`${where}: ${message}`);
    /** A figure of the relation, checked to be written on its line. */
    const figure = (entry) => {
      if (entry.sum || entry.minus) {
        // A value the report implies but does not write: the sum of written figures,
        // or the first less the others (the prior year's 40620元 = 42180元 − 1560元).
        const terms = (entry.sum ?? entry.minus).map(figure);
        sameUnit(terms);
        const scaled = entry.sum ? terms.reduce((s, p) => s + p.scaled, 0) : terms.slice(1).reduce((s, p) => s - p.scaled, terms[0].scaled);
        const { multiplier, unit } = terms[0];
        const written = `(${terms.map((p) => p.written).join(entry.sum ? ' + ' : ' − ')})`;
        return { written, value: scaled / multiplier, decimals: Math.max(...terms.map((p) => p.decimals)), multiplier, unit, scaled };
      }
      if (entry.value !== undefined) {
        // A number written in words (过去五年 → 5): the words must be on the line.
        const line = entry.line ?? relation.line;
        if (!(lines[line - 1] ?? '').includes(entry.text)) fail(`"${entry.text}" is not on line ${line}`);
        return { written: entry.text, value: entry.value, decimals: 0, multiplier: 1, unit: entry.unit ?? '', scaled: entry.value };
      }
      const written = typeof entry === 'string' ? entry : entry.figure;
      const line = typeof entry === 'string' ? relation.line : entry.line;
      if (!writtenOn(lines[line - 1] ?? '', written)) fail(`"${written}" is not on line ${line}`);
      return parseFigure(written);
    };
    const sameUnit = (figures) => {
      const units = new Set(figures.map((f) => f.unit));
      if (units.size > 1) fail(`figures in different units: ${figures.map((f) => f.written).join(', ')}`);
    };
    try {
      switch (relation.kind) {
        case 'sum': {
          const total = figure(relation.total);
          const parts = relation.parts.map(figure);
          sameUnit([total, ...parts]);
          if (parts.length < 2) fail('a sum needs at least two parts');
          const sum = parts.reduce((s, p) => s + p.scaled, 0);
          const slack = relation.rounded ? parts.reduce((s, p) => s + halfUnit(p), 0) : 0;
          if (Math.abs(sum - total.scaled) > (halfUnit(total) + slack) * (1 + EPSILON)) {
            fail(`${parts.map((p) => p.written).join(' + ')} = ${show(sum / total.multiplier)}, not ${total.written}`);
          }
          break;
        }
        case 'difference': {
          const minuend = figure(relation.minuend);
          const subtrahends = relation.subtrahends.map(figure);
          const result = figure(relation.result);
          sameUnit([minuend, ...subtrahends, result]);
          const computed = subtrahends.reduce((s, f) => s - f.scaled, minuend.scaled);
          if (!holds(computed, result)) fail(`${minuend.written} − ${subtrahends.map((f) => f.written).join(' − ')} = ${show(computed / result.multiplier)}, not ${result.written}`);
          break;
        }
        case 'share': {
          const part = figure(relation.part);
          const whole = figure(relation.whole);
          const share = figure(relation.share);
          sameUnit([part, whole]);
          // A structure written as a ratio (三次产业结构14.9∶37.8∶47.3) states percentages without %.
          if (share.unit !== (relation.ratio ? '' : '%')) fail(`share "${share.written}" is not a percentage`);
          const computed = (100 * part.scaled) / whole.scaled;
          if (!holds(computed, share)) fail(`${part.written} ÷ ${whole.written} = ${computed.toFixed(share.decimals + 2)}%, not ${share.written}`);
          break;
        }
        case 'growth': {
          const current = figure(relation.current);
          const rate = figure(relation.rate);
          const change = relation.change ? figure(relation.change) : null;
          const prior = relation.prior ? figure(relation.prior) : null;
          if (!change && !prior) fail('a growth needs the prior value or the change');
          sameUnit([current, ...(change ? [change] : []), ...(prior ? [prior] : [])]);
          const sign = relation.decrease ? -1 : 1;
          const priorValue = prior ? prior.scaled : current.scaled - sign * change.scaled;
          if (prior && change && !holds(current.scaled - prior.scaled, { ...change, scaled: sign * change.scaled })) {
            fail(`${current.written} − ${prior.written} ≠ ${change.written}`);
          }
          const computed = (sign * 100 * (current.scaled - priorValue)) / priorValue;
          if (!holds(computed, rate)) fail(`growth ${computed.toFixed(rate.decimals + 2)}% (prior ${show(priorValue / current.multiplier)}), not ${rate.written}`);
          break;
        }
        case 'points': {
          const from = figure(relation.from);
          const to = figure(relation.to);
          const points = figure(relation.points);
          const computed = Math.abs(to.scaled - from.scaled);
          if (!holds(computed, points)) fail(`${to.written} − ${from.written} = ${show(computed)}, not ${points.written}`);
          break;
        }
        case 'average': {
          const total = figure(relation.total);
          const count = figure(relation.count);
          const average = figure(relation.average);
          const computed = total.scaled / count.scaled;
          if (relation.above) {
            if (!(computed > average.scaled)) fail(`${total.written} ÷ ${count.written} = ${show(computed / average.multiplier)}, not above ${average.written}`);
          } else if (!holds(computed, average)) fail(`${total.written} ÷ ${count.written} = ${show(computed / average.multiplier)}, not ${average.written}`);
          break;
        }
        case 'growthOfSum': {
          // The growth of a total from its parts' values and growth rates: prior = Σ part ÷ (1 + rate).
          const total = figure(relation.total);
          const rate = figure(relation.rate);
          const parts = relation.parts.map((p) => ({ value: figure(p.value), rate: figure(p.rate) }));
          const prior = parts.reduce((s, p) => s + p.value.scaled / (1 + p.rate.scaled / 100), 0);
          const computed = (100 * (total.scaled - prior)) / prior;
          if (!holds(computed, rate)) fail(`growth of the sum ${computed.toFixed(rate.decimals + 2)}% (prior ${show(prior / total.multiplier)}), not ${rate.written}`);
          break;
        }
        case 'mean': {
          const values = relation.values.map(figure);
          const mean = figure(relation.mean);
          sameUnit([...values, mean]);
          const computed = values.reduce((s, f) => s + f.scaled, 0) / values.length;
          if (!holds(computed, mean)) fail(`mean of ${values.map((f) => f.written).join(', ')} = ${show(computed / mean.multiplier)}, not ${mean.written}`);
          break;
        }
        case 'count': {
          const expected = sloganCount(relation.slogan);
          const sloganLine = lines[relation.line - 1] ?? '';
          if (!sloganLine.includes(relation.slogan)) fail(`slogan ${relation.slogan} is not on line ${relation.line}`);
          const items = relation.items.map((item) => (typeof item === 'string' ? { text: item, line: relation.line } : item));
          for (const item of items) if (!(lines[item.line - 1] ?? '').includes(item.text)) fail(`item "${item.text}" is not on line ${item.line}`);
          if (items.length !== expected) fail(`${relation.slogan} counts ${expected}, ${items.length} items listed`);
          break;
        }
        case 'shareSum': {
          const shares = relation.shares.map(figure);
          const sum = shares.reduce((s, f) => s + f.scaled, 0);
          const slack = shares.reduce((s, f) => s + halfUnit(f), 0);
          if (Math.abs(sum - 100) > slack * (1 + EPSILON)) fail(`${shares.map((f) => f.written).join(' + ')} = ${show(sum)}, not 100 within rounding`);
          break;
        }
        default:
          fail(`unknown kind "${relation.kind}"`);
      }
    } catch (error) {
      fail(error.message);
    }
  });
  return failures;
}

/** Every fixtures/reports/*.arithmetic.json. */
export function arithmeticFiles(dir = reportsDir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.arithmetic.json'))
    .sort()
    .map((f) => join(dir, f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : arithmeticFiles();
  let failed = 0;
  for (const file of files) {
    const failures = checkArithmetic(file);
    const count = JSON.parse(readFileSync(file, 'utf8')).relations.length;
    console.log(`${failures.length ? '✗' : '✓'} ${basename(file)}: ${count - new Set(failures.map((f) => f.split(':')[0])).size} of ${count} relations hold`);
    for (const f of failures) console.log(`    ${f}`);
    failed += failures.length;
  }
  process.exit(failed ? 1 : 0);
}
