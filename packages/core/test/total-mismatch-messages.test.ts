/**
 * total-mismatch's messages let a writer check them in their head: the
 * figures as written, then their sum in the total's unit, then the total.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const messages = (text: string, locale?: 'en') =>
  lint(text, { format: 'text', locale, config: { rules: { 'total-mismatch': 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'total-mismatch')
    .map((d) => d.message);

describe('total-mismatch messages', () => {
  it('show the parts as written and their sum in the unit of the total', () => {
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。')).toEqual([
      '8200平方米 + 5300平方米 = 1.35万平方米，与总数 1.5万平方米 不符',
    ]);
    expect(messages('拆除违建面积1.5万平方米，其中新建违建8200平方米，存量违建5300平方米。', 'en')).toEqual([
      '8200平方米 + 5300平方米 = 1.35万平方米, not the total 1.5万平方米',
    ]);
  });

  it('name the one part that exceeds its total, with quotes inside the name turned to ‘’', () => {
    expect(messages('全镇共有党组织12个，其中“两新”党组织15个。')).toEqual(['“‘两新’党组织” 15个，超过总数 12个']);
  });

  it('show a sum beyond the total of a list that need not be complete', () => {
    expect(messages('今年取缔非法经营户20户，其中洗料12户，加工破碎15户。')).toEqual(['12户 + 15户 = 27户，超过总数 20户']);
  });
});
