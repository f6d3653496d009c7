/**
 * The oracle of `pnpm eval`'s planted share changes (scripts/lib/planted-shares.mjs):
 * shares of real bulletins proved by arithmetic alone, the coincidences it leaves
 * out, and the planted change itself.
 */
import { describe, expect, it } from 'vitest';
import { findShares, plantShareChange, plantedShare } from '../scripts/lib/planted-shares.mjs';

type Figure = { text: string };
type Found = { line: number; share: { text: string; value: number; decimals: number }; part: Figure; whole: Figure };
const found = (text: string) => (findShares(text) as Found[]).map((s) => `${s.line}: ${s.part.text} / ${s.whole.text} = ${s.share.text}`);

describe('findShares', () => {
  it('finds a share whose part and whole the line states, by arithmetic', () => {
    expect(found('全年一般公共预算收入1181.3亿元，增长2.3%。其中，税收收入795.9亿元，增长2.6%，占一般公共预算收入的比重为67.4%。')).toEqual([
      '1: 795.9亿元 / 1181.3亿元 = 67.4%',
    ]);
    expect(found('第一行\n移动电话用户1129.97万户。5G移动电话用户757.54万户，在移动电话用户中占比67.0%。')).toEqual(['2: 757.54万户 / 1129.97万户 = 67.0%']);
  });

  it('leaves out shares no figure of the line explains, changes, and wholes two figures fit', () => {
    // 795.9 / 1181.3 = 67.4%, not 70%.
    expect(found('收入1181.3亿元。其中，税收收入795.9亿元，占收入的比重为70%。')).toEqual([]);
    // A change in percentage points is no share.
    expect(found('收入1181.3亿元。税收收入795.9亿元，占比提高67.4个百分点。')).toEqual([]);
    // 50 / 100 and 50 / 100.2 both round to 50%: which whole is meant, arithmetic cannot say.
    expect(found('甲100亿元，乙100.2亿元，丙50亿元，占比50%。')).toEqual([]);
    expect(found('| 税收 | 795.9亿元 | 占67.4% |')).toEqual([]);
  });
});

describe('plantShareChange', () => {
  it('moves the share by 15% of itself, at least 3 points, in its own precision, within 0–100', () => {
    const text = '收入1181.3亿元。其中，税收收入795.9亿元，占收入的比重为67.4%。';
    const [share] = findShares(text) as Found[];
    expect(plantedShare(share!.share, 'up')).toBe('77.5');
    expect(plantShareChange(text, share, 'down')).toBe('收入1181.3亿元。其中，税收收入795.9亿元，占收入的比重为57.3%。');
    expect(plantedShare({ value: 2, decimals: 0 }, 'down')).toBeNull();
    expect(plantedShare({ value: 95, decimals: 0 }, 'up')).toBeNull();
    expect(plantedShare({ value: 5, decimals: 1 }, 'up')).toBe('8.0');
  });
});
