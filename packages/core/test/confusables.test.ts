import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ConfusableEntrySchema, ConfusablesFileSchema, builtinConfusables, lint } from '../src/index.js';
import { findConfusables, isTimePointAt } from '../src/lint/confusables.js';
import dictionary from '../src/data/confusables.json' with { type: 'json' };
import { readSchema } from './helpers.js';

describe('the built-in confusables dictionary', () => {
  it('is valid against the ConfusablesFile schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(ConfusableEntrySchema);
    const validate = ajv.compile(ConfusablesFileSchema);
    expect(validate(dictionary), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is valid against the published schemas/confusables.schema.json, which rejects a broken entry', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(readSchema('confusables.schema.json'));
    expect(validate(dictionary), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ entries: [{ wrong: '其它', right: '其他', reason: '', basis: 'x', safe: 'yes' }] })).toBe(false);
  });

  it('covers the slips the issue names', () => {
    const pairs = builtinConfusables.map((e) => `${e.wrong}→${e.right}`);
    for (const pair of ['截止→截至', '其它→其他', '布署→部署', '以至→以致', '制订→制定', '做出→作出', '做为→作为', '的→地']) expect(pairs).toContain(pair);
  });

  it('gives every entry a reason, a basis and examples that flag and pass', () => {
    for (const entry of builtinConfusables) {
      expect(entry.basis.length, entry.wrong).toBeGreaterThan(0);
      expect(entry.examples?.flagged.length, entry.wrong).toBeGreaterThan(0);
      expect(entry.examples?.passing.length, entry.wrong).toBeGreaterThan(0);
    }
  });

  describe.each(builtinConfusables.map((entry) => ({ name: `${entry.wrong} → ${entry.right}`, entry })))('$name', ({ entry }) => {
    it.each(entry.examples!.flagged)('flags %s', (sentence) => {
      const hits = findConfusables(sentence, builtinConfusables).filter((h) => h.entry === entry);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(sentence.slice(hit.start, hit.end)).toBe(entry.wrong);
    });
    it.each(entry.examples!.passing)('passes %s', (sentence) => {
      expect(findConfusables(sentence, builtinConfusables).map((h) => `${h.entry.wrong}→${h.entry.right}`)).toEqual([]);
    });
  });
});

describe('isTimePointAt', () => {
  it.each(['目前', '今年底', '2022年', '二〇二二年', '*月*日', '6月底', '12时', ' 2022年'])('reads %s as a point in time', (text) => {
    expect(isTimePointAt(text, 0)).toBe(true);
  });
  it.each(['日期', '时间', '后', '于2022年', '到', '2022', '第一'])('does not read %s as a point in time', (text) => {
    expect(isTimePointAt(text, 0)).toBe(false);
  });
});

describe('findConfusables', () => {
  it('prefers the longer entry where two overlap (截止到 over 截止)', () => {
    const hits = findConfusables('截止到目前，已完成。', builtinConfusables);
    expect(hits.map((h) => [h.start, h.end, h.entry.right])).toEqual([[0, 3, '截至']]);
  });

  it('applies entries from the config after the built-in ones, with their own safe flag', () => {
    const result = lint('一、基本情况\n全镇网格员共计120名。\n', {
      path: 'a.txt',
      config: { confusables: [{ wrong: '网格员', right: '网格管理员', reason: '统一称谓', basis: '本单位规范', safe: false }] },
    });
    const [diagnostic] = result.diagnostics.filter((d) => d.ruleId === 'confusable');
    expect(diagnostic?.message).toBe('“网格员”应为“网格管理员”：统一称谓（本单位规范）');
    expect(diagnostic?.fixes).toEqual([expect.objectContaining({ title: '改为“网格管理员”', safe: false })]);
  });

  it('scans a long run of near misses without a hit', () => {
    const text = '截止日期'.repeat(50_000);
    expect(findConfusables(text, builtinConfusables)).toEqual([]);
  });
});
