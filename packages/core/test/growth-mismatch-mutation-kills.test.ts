/**
 * growth-mismatch as a writer sees it, written against the mutants `pnpm mutation` left
 * surviving in packages/core/src/lint/rules/growth-mismatch.ts (issue 26, docs/mutation.md):
 * the signed-decrease message (the word, the lead, the figure without its sign), what inline
 * code hides, and the direction of a change of exactly zero. Each expected value is worked
 * out by hand in the comments; offsets count UTF-16 units from 0, columns from 1.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from './helpers.js';

function seen(text: string, options: { locale?: 'en'; format?: 'text' | 'markdown' } = {}) {
  return diagnosticsOf('growth-mismatch', text, options).map((d) => ({ messageId: d.messageId, line: d.line, column: d.column, start: d.range.start.offset, end: d.range.end.offset, message: d.message, data: d.data }));
}

describe('growth-mismatch: a decrease word before a negative figure', () => {
  it('names the word, and the figure as it should read, when the figure is read after its sign', () => {
    // 全年接待游客 (0–5) 120万人次 (6–11) ， (12) 同比 (13–14) 下降 (15–16) - (17) 5.3% (18–21).
    // The span is the word through the sign, 15–18 (column 16); the figure 5.3% starts at 18,
    // right after the sign, and ends at 22. lead = text[15, 17) = 下降, no 了/为/达 to drop, so
    // word = 下降; written = text[15, 22) = 下降-5.3%; figure = text[18, 22) = 5.3%. The earlier
    // figure 120万人次 must not be taken for it.
    expect(seen('全年接待游客120万人次，同比下降-5.3%。')).toEqual([
      {
        messageId: 'signed-decrease',
        line: 1,
        column: 16,
        start: 15,
        end: 18,
        message: '“下降-5.3%”自相矛盾：“下降”已表示减少，数前再加负号就成了增加；若是减少，应写作“下降5.3%”',
        data: { kind: 'signed-decrease' },
      },
    ]);
  });

  it('drops the linking 为 or 了 from the word but keeps it in the lead, when the figure starts at its sign', () => {
    // 规模以上工业增加值 (0–8) 120亿元 (9–13) ， (14) 降幅为 (15–17) - (18) 2.1% (19–22).
    // Span 15–19 (column 16). The figure is read as −2.1%, starting at the sign (18 = span end − 1),
    // ending at 23. lead = text[15, 18) = 降幅为; word = 降幅 (为 dropped from the end);
    // written = text[15, 23) = 降幅为-2.1%; figure = text[19, 23) = 2.1%.
    expect(seen('规模以上工业增加值120亿元，降幅为-2.1%。')).toEqual([
      expect.objectContaining({
        column: 16,
        start: 15,
        end: 19,
        message: '“降幅为-2.1%”自相矛盾：“降幅”已表示减少，数前再加负号就成了增加；若是减少，应写作“降幅为2.1%”',
      }),
    ]);
    // 年末住户存款余额 (0–7) 减少了 (8–10) - (11) 12亿元 (12–15): span 8–12 (column 9), lead 减少了,
    // word 减少, figure 12亿元, written 减少了-12亿元.
    expect(seen('年末住户存款余额减少了-12亿元。')).toEqual([
      expect.objectContaining({
        column: 9,
        start: 8,
        end: 12,
        message: '“减少了-12亿元”自相矛盾：“减少”已表示减少，数前再加负号就成了增加；若是减少，应写作“减少了12亿元”',
      }),
    ]);
    // The same in English: the word, then the lead and figure as the fix.
    expect(seen('规模以上工业增加值120亿元，降幅为-2.1%。', { locale: 'en' }).map((d) => d.message)).toEqual([
      '“降幅为-2.1%” contradicts itself: “降幅” already says it fell, and the minus sign makes it a rise; for a fall, write “降幅为2.1%”',
    ]);
  });

  it('says nothing of a decrease multiple or a signed decrease inside inline code', () => {
    // Line 1 holds both inside `…` (skipped text, which the parser still records); line 3 holds
    // them as prose: 能耗 (columns 1–2) 降低3倍 from column 3, then ， (7) 成本 (8–9) 下降- from column 10.
    const md = ['能耗`降低3倍`，成本`下降-5%`。', '', '能耗降低3倍，成本下降-5%。', ''].join('\n');
    expect(seen(md, { format: 'markdown' }).map((d) => [d.messageId, d.line, d.column])).toEqual([
      ['decrease-times', 3, 3],
      ['signed-decrease', 3, 10],
    ]);
  });
});

describe('growth-mismatch: a recomputed change of exactly zero', () => {
  it('calls a change of zero 增长, not 下降', () => {
    // 收入100元, 比上年增加0元: prior = 100 − 0 = 100, rate = 0 ÷ 100 = 0%, which is not below
    // zero, so the direction is 增长. The stated 5% is at offset 17 (收入 0–1, 100元 2–5, ， 6,
    // 比上年增加 7–11, 0元 12–13, ， 14, 增长 15–16, 5% 17–18): column 18.
    expect(seen('收入100元，比上年增加0元，增长5%。')).toEqual([
      expect.objectContaining({
        messageId: 'rate',
        column: 18,
        message: '按文中数字计算，应为增长约 0%（0 ÷ (100 − 0) = 0 ÷ 100），文中为“增长5%”',
        data: { kind: 'rate', stated: 5, computed: 0, low: 0, high: 0 },
      }),
    ]);
  });
});
