/**
 * The eval's regression gate (scripts/lib/eval-baseline.mjs): known misses and old
 * false findings pass, anything that got worse fails, whatever got better is named.
 */
import { describe, expect, it } from 'vitest';
import { baselineOf, compareWithBaseline } from '../scripts/lib/eval-baseline.mjs';

const before = baselineOf({
  cases: { 'mutations/a.json': { pass: true }, 'mutations/b.json': { pass: false, known: 'the list is not proved complete' }, 'rules/x/y.txt': { pass: true } },
  corpusFindings: ['gwr-2019.txt:35:slogan-count'],
  plantedCaught: ['real-1.txt:10:100万吨:0:up'],
});

describe('the eval baseline', () => {
  it('records passing and failing cases, corpus findings counted, caught plants', () => {
    expect(before.passing).toEqual(['mutations/a.json', 'rules/x/y.txt']);
    expect(before.failing).toEqual(['mutations/b.json']);
    expect(before.corpusFindings).toEqual({ 'gwr-2019.txt:35:slogan-count': 1 });
  });

  it('passes the same outcome, known miss and old false finding included', () => {
    const same = compareWithBaseline(
      { cases: { 'mutations/a.json': { pass: true }, 'mutations/b.json': { pass: false, known: 'x' }, 'rules/x/y.txt': { pass: true } }, corpusFindings: ['gwr-2019.txt:35:slogan-count'], plantedCaught: ['real-1.txt:10:100万吨:0:up'] },
      before,
    );
    expect(same).toEqual({ regressions: [], improvements: [] });
  });

  it('fails on every kind of regression, naming each', () => {
    const worse = compareWithBaseline(
      {
        cases: { 'mutations/a.json': { pass: false }, 'mutations/b.json': { pass: false, known: 'x' }, 'mutations/new.json': { pass: false } },
        corpusFindings: ['gwr-2019.txt:35:slogan-count', 'gwr-2019.txt:35:slogan-count', 'real-2.txt:4:total-mismatch'],
        plantedCaught: [],
      },
      before,
    );
    expect(worse.regressions).toEqual([
      'mutations/a.json passed and now fails',
      'rules/x/y.txt passed and is gone',
      'mutations/new.json is new and fails without a "miss" reason',
      'corpus gwr-2019.txt:35:slogan-count: 1 new unexplained finding(s)',
      'corpus real-2.txt:4:total-mismatch: 1 new unexplained finding(s)',
      'planted real-1.txt:10:100万吨:0:up was caught and is now missed',
    ]);
  });

  it('names what got better without failing', () => {
    const better = compareWithBaseline(
      { cases: { 'mutations/a.json': { pass: true }, 'mutations/b.json': { pass: true, known: 'x' }, 'rules/x/y.txt': { pass: true } }, corpusFindings: [], plantedCaught: ['real-1.txt:10:100万吨:0:up', 'real-1.txt:10:100万吨:1:up'] },
      before,
    );
    expect(better.regressions).toEqual([]);
    expect(better.improvements).toEqual([
      'mutations/b.json now passes',
      'corpus gwr-2019.txt:35:slogan-count: 1 finding(s) fewer',
      '1 planted change(s) caught that were missed',
    ]);
  });
});
