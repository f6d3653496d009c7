/**
 * repeated-word's fix deletes the extra copies and nothing else, and what it
 * leaves holds no doubled word (the labels themselves are in fixtures/rules).
 */
import { describe, expect, it } from 'vitest';
import { fixText, lint } from '../src/index.js';

const only = { rules: { 'repeated-word': 'warning' as const } };
const found = (text: string) => lint(text, { path: 'a.txt', config: only }).diagnostics.filter((d) => d.ruleId === 'repeated-word');

describe('repeated-word', () => {
  it('deletes the second copy of a doubled word', () => {
    const text = '学习贯彻“两个确立”的的重大意义。\n加强和和改进党的建设，进一步进一步加强基层治理，并并将的的的问题上报。\n';
    expect(fixText(text, { path: 'a.txt', config: only }).text).toBe('学习贯彻“两个确立”的重大意义。\n加强和改进党的建设，进一步加强基层治理，并将的问题上报。\n');
  });

  it('quotes the doubled text in its message', () => {
    const [d] = found('在在全镇范围内开展排查。');
    expect(d?.message).toBe('“在”重复：在在');
    expect(d?.fixes?.map((f) => [f.title, f.safe])).toEqual([['删去重复的“在”', true]]);
  });

  it('keeps silent on reduplication and on characters doubled across two words', () => {
    for (const text of ['实实在在，不了了之，是是非非，等等。', '请大家研究研究，讨论讨论，商量商量。', '和和美美的家庭。', '为了了解情况，现在在建项目12个。', '一步一步推进，一年一年接续。']) {
      expect(found(text), text).toEqual([]);
    }
  });
});
