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

/** Every fixture's slogans with its text, filled while the suites below are collected. */
const slogansByFile: Array<{ name: string; text: string; slogans: ReturnType<typeof parseReport>['slogans'] }> = [];

describe.each(inputs.map((path) => ({ name: relative(fixturePath(), path), path })))('$name', ({ name, path }) => {
  const bytes = new Uint8Array(readFileSync(path));
  const outline = parseReport(bytes, { path });
  const { text } = decodeBytes(bytes);
  slogansByFile.push({ name, text, slogans: outline.slogans });

  it('is valid against schemas/outline.schema.json', () => {
    const valid = validate(JSON.parse(JSON.stringify(outline)));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has exact ranges that slice the source to each node’s text', () => {
    expect(rangeFailures(text, outline)).toEqual([]);
  });
});

// One test over every fixture: most have no slogan, and a per-file loop over none would check nothing.
describe('slogans of all fixtures', () => {
  it('quotes each slogan: its range is the inner text with its quotation marks', () => {
    expect(slogansByFile).toHaveLength(inputs.length);
    const slogans = slogansByFile.flatMap(({ name, text, slogans }) => slogans.map((s) => ({ name, quoted: `“${s.text}”`, sliced: text.slice(s.range.start.offset, s.range.end.offset) })));
    expect(slogans.length, 'the fixtures hold slogans to check').toBeGreaterThan(0);
    expect(slogans.filter((s) => s.sliced !== s.quoted)).toEqual([]);
  });
});
