/**
 * What must hold for any outline and lint result, whatever the input: every
 * range slices the source to the text it reports, positions agree with the
 * line index, and the outline validates against its published schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LineIndex, type Diagnostic, type Range, type ReportOutline, type Section } from '../../packages/core/src/index.js';
import { repoRoot } from './arbitraries.js';

const validateOutline = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(join(repoRoot, 'schemas/outline.schema.json'), 'utf8')) as object,
);

/** Throws with the schema errors when the outline does not validate. */
export function assertOutlineValid(outline: ReportOutline): void {
  if (!validateOutline(outline)) throw new Error(`outline does not match schemas/outline.schema.json: ${JSON.stringify(validateOutline.errors?.slice(0, 3))}`);
}

/** The source text of the outline: decoded, without BOM (what its offsets count). */
export function decodedSource(input: string): string {
  return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
}

/**
 * Checks every range of the outline (and of the diagnostics) against `text`;
 * returns the failures, empty when all hold.
 */
export function rangeFailures(text: string, outline: ReportOutline, diagnostics: readonly Diagnostic[] = []): string[] {
  const lines = new LineIndex(text);
  const failures: string[] = [];
  const check = (what: string, range: Range | undefined, expected?: string) => {
    if (!range) return;
    const { start, end } = range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      failures.push(`${what}: offsets ${start.offset}–${end.offset} outside 0–${text.length}`);
      return;
    }
    for (const p of [start, end]) {
      const expectedPos = lines.position(p.offset);
      if (expectedPos.line !== p.line || expectedPos.column !== p.column) failures.push(`${what}: ${p.line}:${p.column} at offset ${p.offset}, expected ${expectedPos.line}:${expectedPos.column}`);
    }
    if (expected !== undefined && text.slice(start.offset, end.offset) !== expected) {
      failures.push(`${what}: slices to ${JSON.stringify(text.slice(start.offset, end.offset).slice(0, 60))}, reported ${JSON.stringify(expected.slice(0, 60))}`);
    }
  };
  const visit = (section: Section) => {
    check(`section ${section.id} marker`, section.markerRange, section.marker);
    check(`section ${section.id} title`, section.titleRange, section.title);
    check(`section ${section.id}`, section.range);
    if (section.lead) check(`section ${section.id} lead`, section.lead.range, section.lead.text);
    section.children.forEach(visit);
  };
  outline.sections.forEach(visit);
  if (outline.title) check('title', outline.title.range, outline.title.text);
  for (const p of outline.paragraphs) check(`paragraph ${p.id}`, p.range, p.text);
  for (const s of outline.sentences) check(`sentence ${s.id}`, s.range, s.text);
  for (const s of outline.slogans) {
    check(`slogan ${s.id}`, s.innerRange, s.text);
    check(`slogan ${s.id} with quotes`, s.range);
  }
  for (const m of outline.metrics) {
    check(`metric ${m.id}`, m.range, m.text);
    check(`metric ${m.id} value`, m.valueRange, m.valueText);
    if (m.upper) check(`metric ${m.id} upper`, m.upper.range, m.upper.valueText);
  }
  for (const p of outline.placeholders) {
    check(`placeholder ${p.id}`, p.range, p.mark);
    check(`placeholder ${p.id} context`, p.contextRange, p.context);
  }
  for (const e of outline.enumerations) {
    check(`enumeration ${e.id}`, e.range);
    for (const item of e.items) {
      check(`enumeration ${e.id} item`, item.range, item.text);
      if (item.markerRange) check(`enumeration ${e.id} item marker`, item.markerRange, item.marker);
    }
  }
  for (const r of outline.relations) check(`relation ${r.id} cue`, r.cueRange, r.cue);
  for (const p of outline.problems) check(`problem ${p.code}`, p.range);
  for (const d of diagnostics) {
    check(`diagnostic ${d.ruleId}`, d.range, d.text);
    for (const fix of d.fixes ?? []) for (const edit of fix.edits) check(`diagnostic ${d.ruleId} fix`, edit.range);
  }
  return failures;
}
