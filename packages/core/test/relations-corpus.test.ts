/**
 * Five real statistical bulletins (fixtures/corpus, see SOURCES.md). They round
 * their figures, nest categories and list items after 其中 that are not parts;
 * on them the figure checks must invent nothing. Each was read by hand: every
 * exhaustive total/part statement adds up within rounding, and the shares
 * that can be recomputed from the same or previous sentence agree, so the
 * pinned set of findings is empty. Planted one-figure mutations show the
 * checks still see a real mismatch in the same text.
 */
import { describe, expect, it } from 'vitest';
import { lint, parseReport } from '../src/index.js';
import { readFixture } from './helpers.js';

const FIGURE_RULES = ['total-mismatch', 'share-mismatch', 'percent-range', 'range-order'] as const;
const config = { rules: Object.fromEntries(FIGURE_RULES.map((id) => [id, 'warning' as const])) };
const files = ['real-1.txt', 'real-2.txt', 'real-3.txt', 'real-4.txt', 'real-5.txt'];

function findings(text: string, path: string) {
  return lint(text, { path, config })
    .diagnostics.filter((d) => (FIGURE_RULES as readonly string[]).includes(d.ruleId))
    .map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.text}`);
}

describe('the real bulletins', () => {
  it.each(files)('%s: no figure check fires', (file) => {
    expect(findings(readFixture('corpus', file), file)).toEqual([]);
  });

  it('reads the GDP statements as exhaustive relations that add up', () => {
    const outline = parseReport(readFixture('corpus', 'real-1.txt'), { path: 'real-1.txt' });
    const gdp = outline.relations.find((r) => outline.metrics[r.totals[0]!]!.text === '668.10亿元')!;
    expect(gdp.coverage).toBe('exhaustive');
    expect(gdp.parts.map((p) => outline.metrics[p.metrics[0]!]!.text)).toEqual(['100.86亿元', '325.19亿元', '242.05亿元']);
  });

  it('finds a planted part that breaks a total (242.05 → 252.05)', () => {
    const text = readFixture('corpus', 'real-1.txt').replace('第三产业增加值242.05亿元，增长6.9%', '第三产业增加值252.05亿元，增长6.9%');
    const result = lint(text, { path: 'real-1.txt', config }).diagnostics.filter((d) => d.ruleId === 'total-mismatch');
    expect(result.map((d) => [d.line, d.text, d.message])).toEqual([
      [6, '668.10亿元', '100.86亿元 + 325.19亿元 + 252.05亿元 = 678.10亿元，与总数 668.10亿元 不符'],
    ]);
    expect(result[0]!.related).toHaveLength(4);
  });

  it('finds a planted share that its part and whole contradict (83.4% → 73.4%)', () => {
    const text = readFixture('corpus', 'real-2.txt').replace('比重达83.4%', '比重达73.4%');
    expect(findings(text, 'real-2.txt')).toEqual(['share-mismatch 32:80 73.4%']);
  });
});
