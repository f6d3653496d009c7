/**
 * total-mismatch over generated figures: a report whose parts add up to their
 * totals yields no `total-mismatch`; lowering one part yields exactly one.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { lint } from '../../packages/core/src/index.js';
import { runParams } from './arbitraries.js';

/** Totals and their exhaustive parts (其他 makes the list claim to cover the total). */
const TEMPLATES = [
  { total: '上半年共计拆违', unit: '处', parts: ['房屋违建', '棚屋违建', '其他设施'] },
  { total: '全年累计走访慰问困难党员', unit: '名', parts: ['老党员', '病困党员', '其他党员'] },
  { total: '今年共新增就业', unit: '人', parts: ['城镇', '农村转移', '其他'] },
  { total: '全年合计完成投资', unit: '万元', parts: ['工业项目', '基础设施项目', '其他项目'] },
] as const;

const group = fc.record({
  template: fc.constantFrom(...TEMPLATES),
  values: fc.array(fc.integer({ min: 2, max: 99_999 }), { minLength: 3, maxLength: 3 }),
});

function paragraph(g: { template: (typeof TEMPLATES)[number]; values: number[] }, parts: number[]): string {
  const total = g.values.reduce((a, b) => a + b, 0);
  const listed = g.template.parts.map((name, i) => `${name}${parts[i]}${g.template.unit}`).join('，');
  return `${g.template.total}${total}${g.template.unit}。其中${listed}。`;
}

const mismatches = (text: string) => lint(text).diagnostics.filter((d) => d.ruleId === 'total-mismatch');

describe('properties of total-mismatch', () => {
  it('consistent figures: none; one part lowered: exactly one', () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (groups, which, by) => {
        const consistent = groups.map((g) => paragraph(g, g.values)).join('\n\n');
        const found = mismatches(consistent);
        if (found.length) throw new Error(`consistent figures flagged: ${found.map((d) => d.message).join('; ')}`);

        const g = which % groups.length;
        const part = by % 3;
        const value = groups[g]!.values[part]!;
        const lowered = value - 1 - (by % (value - 1));
        const changed = groups
          .map((grp, i) => paragraph(grp, i === g ? grp.values.map((v, k) => (k === part ? lowered : v)) : grp.values))
          .join('\n\n');
        const after = mismatches(changed);
        if (after.length !== 1) throw new Error(`expected one total-mismatch after lowering a part, got ${after.length}: ${after.map((d) => d.message).join('; ')}`);
      }),
      runParams(60),
    );
  });
});
