/**
 * Every range an outline holds, and the one check of them all: positions agree
 * with the line index and each slice is the node's text. Shared by the fixture
 * tests (outline-schema.test.ts) and the property tests (test/property).
 */
import { LineIndex, type Diagnostic, type Range, type ReportOutline } from '../src/index.js';

/** A range with what its slice must equal (null: no text to compare, only positions). */
type Check = { where: string; range: Range; text: string | null };

/** Every range of the outline, with the text the node says it covers. */
export function rangesOf(outline: ReportOutline): Check[] {
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
  for (const s of outline.shares) add(`share ${s.id}`, s.range);
  for (const i of outline.identities) {
    add(`identity ${i.id}`, i.range);
    add(`identity ${i.id} cue`, i.cueRange, i.cue);
  }
  outline.skipped.forEach((range, i) => add(`skipped ${i}`, range));
  outline.directives.forEach((d, i) => add(`directive ${i}`, d.range));
  outline.problems.forEach((p, i) => add(`problem ${i}`, p.range));
  return checks;
}


/**
 * Checks every range of the outline (and of the diagnostics and their fixes)
 * against `text`; returns the failures, empty when all hold.
 */
export function rangeFailures(text: string, outline: ReportOutline, diagnostics: readonly Diagnostic[] = []): string[] {
  const lines = new LineIndex(text);
  const checks = rangesOf(outline);
  for (const d of diagnostics) {
    checks.push({ where: `diagnostic ${d.ruleId}`, range: d.range, text: d.text });
    for (const fix of d.fixes ?? []) for (const edit of fix.edits) checks.push({ where: `diagnostic ${d.ruleId} fix`, range: edit.range, text: null });
  }
  const failures: string[] = [];
  for (const { where, range, text: expected } of checks) {
    const { start, end } = range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      failures.push(`${where}: offsets ${start.offset}–${end.offset} outside 0–${text.length}`);
    } else if (JSON.stringify(lines.range(start.offset, end.offset)) !== JSON.stringify(range)) {
      failures.push(`${where}: line/column disagree with offsets ${start.offset}–${end.offset}`);
    } else if (expected !== null && text.slice(start.offset, end.offset) !== expected) {
      failures.push(`${where}: slices to ${JSON.stringify(text.slice(start.offset, end.offset).slice(0, 60))}, node says ${JSON.stringify(expected.slice(0, 60))}`);
    }
  }
  return failures;
}
