/**
 * The outline of every fixture (fixtures/**\/*.{md,txt}) is valid against
 * schemas/outline.schema.json, and every node with a range is exact: its
 * line/column agree with its offsets, and slicing the source by its offsets
 * gives the node's text wherever the node carries one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { decodeBytes, parseReport } from '../src/index.js';
import { rangeFailures } from './outline-ranges.js';
import { fixturePath, readSchema } from './helpers.js';

function listInputs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listInputs(path);
    return /\.(md|txt)$/.test(name) ? [path] : [];
  });
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = readSchema('outline.schema.json') as { $defs?: Record<string, object> };
const validate = ajv.compile(schema);
const inputs = listInputs(fixturePath()).sort();

/**
 * Each fixture is parsed inside the tests, not while the suites are collected: code run at
 * collection is "static" to Stryker (every mutant of what it reaches runs the whole suite),
 * and a collection that throws under a mutant kills nothing (docs/mutation.md).
 */
function outlineOf(path: string) {
  const bytes = new Uint8Array(readFileSync(path));
  return { outline: parseReport(bytes, { path }), text: decodeBytes(bytes).text };
}

describe.each(inputs.map((path) => ({ name: relative(fixturePath(), path), path })))('$name', ({ path }) => {
  it('is valid against schemas/outline.schema.json', () => {
    const { outline } = outlineOf(path);
    const valid = validate(JSON.parse(JSON.stringify(outline)));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has exact ranges that slice the source to each node’s text', () => {
    const { outline, text } = outlineOf(path);
    expect(rangeFailures(text, outline)).toEqual([]);
  });
});

describe('slogans of all fixtures', () => {
  it('quotes each slogan: its range is the inner text with its quotation marks', () => {
    const slogansByFile = inputs.map((path) => {
      const { outline, text } = outlineOf(path);
      return { name: relative(fixturePath(), path), text, slogans: outline.slogans };
    });
    expect(slogansByFile).toHaveLength(inputs.length);
    const slogans = slogansByFile.flatMap(({ name, text, slogans }) => slogans.map((s) => ({ name, quoted: `“${s.text}”`, sliced: text.slice(s.range.start.offset, s.range.end.offset) })));
    expect(slogans.length, 'the fixtures hold slogans to check').toBeGreaterThan(0);
    expect(slogans.filter((s) => s.sliced !== s.quoted)).toEqual([]);
  });
});
