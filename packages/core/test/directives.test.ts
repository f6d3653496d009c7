import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

/** Each line has one confusable slip (其它) and one half-width ; between Chinese. */
const slip = (n: number) => `第${n}段其它工作;按期完成。`;
const found = (markdown: string) =>
  lint(markdown, { format: 'markdown', config: { rules: { punctuation: 'warning', confusable: 'warning' } } })
    .diagnostics.filter((d) => d.ruleId === 'punctuation' || d.ruleId === 'confusable')
    .map((d) => `${d.line}:${d.ruleId}`);

describe('inline directives', () => {
  it('without directives, every slip is reported', () => {
    expect(found(`${slip(1)}\n\n${slip(2)}\n`)).toEqual(['1:confusable', '1:punctuation', '3:confusable', '3:punctuation']);
  });

  it('disable … enable turns the named rule off in between', () => {
    const md = [slip(1), '', '<!-- huibao-disable confusable -->', '', slip(2), '', '<!-- huibao-enable confusable -->', '', slip(3), ''].join('\n');
    expect(found(md)).toEqual(['1:confusable', '1:punctuation', '5:punctuation', '9:confusable', '9:punctuation']);
  });

  it('disable without ids turns every rule off to the end', () => {
    const md = [slip(1), '', '<!-- huibao-disable -->', '', slip(2), '', slip(3), ''].join('\n');
    expect(found(md)).toEqual(['1:confusable', '1:punctuation']);
  });

  it('enable of one rule after disable-all turns on that rule only (as ESLint)', () => {
    const md = ['<!-- huibao-disable -->', '', slip(1), '', '<!-- huibao-enable punctuation -->', '', slip(2), '', '<!-- huibao-enable -->', '', slip(3), ''].join('\n');
    expect(found(md)).toEqual(['7:punctuation', '11:confusable', '11:punctuation']);
  });

  it('disable-next-line covers the next line of text only, across a blank line', () => {
    const md = ['<!-- huibao-disable-next-line punctuation -->', slip(1), '', '<!-- huibao-disable-next-line -->', '', slip(2), '', slip(3), ''].join('\n');
    expect(found(md)).toEqual(['2:confusable', '8:confusable', '8:punctuation']);
  });

  it('disable-line covers its own line', () => {
    const md = [`${slip(1)} <!-- huibao-disable-line confusable punctuation -->`, '', slip(2), ''].join('\n');
    expect(found(md)).toEqual(['3:confusable', '3:punctuation']);
  });

  it('accepts several ids separated by spaces or commas', () => {
    const md = ['<!-- huibao-disable confusable, punctuation -->', '', slip(1), ''].join('\n');
    expect(found(md)).toEqual([]);
  });

  it('ignores comments that are not huibao directives and directives naming other rules', () => {
    const md = ['<!-- eslint-disable -->', '<!-- huibao-disable heading-sequence -->', '', slip(1), ''].join('\n');
    expect(found(md)).toEqual(['4:confusable', '4:punctuation']);
  });
});
