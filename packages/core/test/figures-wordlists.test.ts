import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseReport } from '../src/index.js';
import units from '../src/data/units.json' with { type: 'json' };
import figureWords from '../src/data/figure-words.json' with { type: 'json' };
import { readSchema } from './helpers.js';

const compile = (name: string) => new Ajv2020({ allErrors: true, strict: false }).compile(readSchema(name));

describe('the word lists of the figure parser', () => {
  it('are valid against their published schemas, which reject a broken entry', () => {
    const unitsSchema = compile('units.schema.json');
    expect(unitsSchema(units), JSON.stringify(unitsSchema.errors)).toBe(true);
    expect(unitsSchema({ multipliers: [], units: [{ unit: '亩', factor: 0 }] })).toBe(false);
    const wordsSchema = compile('figure-words.schema.json');
    expect(wordsSchema(figureWords), JSON.stringify(wordsSchema.errors)).toBe(true);
    expect(wordsSchema({ ...figureWords, approxBefore: [{ word: '约', approx: 'roughly' }] })).toBe(false);
  });

  it('keep 人次 apart from 人 and 名 together with it', () => {
    const dimension = (unit: string) => units.units.find((u) => u.unit === unit)?.dimension ?? unit;
    expect(dimension('名')).toBe('人');
    expect(dimension('人次')).toBe('人次');
  });

  it('take extra units from the config', () => {
    const [metric] = parseReport('开垦荒地3垧。', { format: 'text', units: [{ unit: '垧', dimension: '平方米', factor: 10000 }] }).metrics;
    expect(metric).toMatchObject({ text: '3垧', unit: '垧', dimension: '平方米', unitFactor: 10000 });
    // Without it the figure is still read, but with no unit to compare by.
    expect(parseReport('开垦荒地3垧。', { format: 'text' }).metrics.map((m) => [m.text, m.unit, m.dimension])).toEqual([['3', null, null]]);
  });
});
