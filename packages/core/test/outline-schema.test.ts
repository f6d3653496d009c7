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
import { LineIndex, decodeBytes, parseReport, type Range, type ReportOutline } from '../src/index.js';
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

/** A range with what its slice must equal (null: no text to compare, only positions). */
type Check = { where: string; range: Range; text: string | null };

/** Every range of the outline, with the text the node says it covers. */
function rangesOf(outline: ReportOutline): Check[] {
  const checks: Check[] = [];
  const add = (where: string, range: Range | undefined, text: string | null = null) => {
    if (range) checks.push({ where, range, text });
  };
  if (outline.title) add('title', outline.title.range, outline.title.text);
  const visit = (sections: ReportOutline['sections']) => {
    for (const s of sections) {
      const at = `section ${s.id}`;
      add(at, s.range);
      add(`${at} marker`, s.markerRange, s.marker);
      add(`${at} title`, s.titleRange, s.title);
      add(`${at} heading`, s.headingRange);
      if (s.lead) add(`${at} lead`, s.lead.range, s.lead.text);
      visit(s.children);
    }
  };
  visit(outline.sections);
  for (const p of outline.paragraphs) add(`paragraph ${p.id}`, p.range, p.text);
  for (const s of outline.sentences) add(`sentence ${s.id}`, s.range, s.text);
  for (const e of outline.enumerations) {
    add(`enumeration ${e.id}`, e.range);
    add(`enumeration ${e.id} count`, e.countRange);
    e.items.forEach((item, i) => {
      add(`enumeration ${e.id} item ${i}`, item.range, item.text);
      add(`enumeration ${e.id} item ${i} marker`, item.markerRange, item.marker || null);
    });
  }
  for (const s of outline.slogans) {
    add(`slogan ${s.id} inner`, s.innerRange, s.text);
    checks.push({ where: `slogan ${s.id}`, range: s.range, text: null });
  }
  for (const m of outline.metrics) {
    add(`metric ${m.id}`, m.range, m.text);
    add(`metric ${m.id} value`, m.valueRange, m.valueText);
    add(`metric ${m.id} subject`, m.subjectRange, m.subject);
    if (m.upper) add(`metric ${m.id} upper`, m.upper.range, m.upper.valueText);
  }
  for (const p of outline.placeholders) {
    add(`placeholder ${p.id}`, p.range, p.mark);
    add(`placeholder ${p.id} context`, p.contextRange, p.context);
  }
  for (const r of outline.relations) {
    add(`relation ${r.id}`, r.range);
    add(`relation ${r.id} cue`, r.cueRange, r.cue);
    r.parts.forEach((part, i) => add(`relation ${r.id} part ${i}`, part.range));
  }
  outline.skipped.forEach((range, i) => add(`skipped ${i}`, range));
  outline.directives.forEach((d, i) => add(`directive ${i}`, d.range));
  outline.problems.forEach((p, i) => add(`problem ${i}`, p.range));
  return checks;
}

describe.each(inputs.map((path) => ({ name: relative(fixturePath(), path), path })))('$name', ({ path }) => {
  const bytes = new Uint8Array(readFileSync(path));
  const outline = parseReport(bytes, { path });
  const { text } = decodeBytes(bytes);
  const lines = new LineIndex(text);

  it('is valid against schemas/outline.schema.json', () => {
    const valid = validate(JSON.parse(JSON.stringify(outline)));
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has exact ranges that slice the source to each node’s text', () => {
    const wrong: string[] = [];
    for (const { where, range, text: expected } of rangesOf(outline)) {
      const { start, end } = range;
      if (start.offset > end.offset || end.offset > text.length) wrong.push(`${where}: offsets ${start.offset}-${end.offset}`);
      else if (JSON.stringify(lines.range(start.offset, end.offset)) !== JSON.stringify(range)) wrong.push(`${where}: line/column disagree with offsets`);
      else if (expected !== null && text.slice(start.offset, end.offset) !== expected) {
        wrong.push(`${where}: slices to “${text.slice(start.offset, end.offset)}”, node says “${expected}”`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('quotes each slogan: its range is the inner text with its quotation marks', () => {
    for (const s of outline.slogans) {
      expect(text.slice(s.range.start.offset, s.range.end.offset)).toBe(`“${s.text}”`);
    }
  });
});
