/**
 * `huibao fill`: writes the values the offices sent back into exactly the
 * places `huibao placeholders` listed, by number. Refuses when a numbered
 * sentence no longer matches (the report was edited since the list was made)
 * or a returned sheet holds a value beside its empty 填写值 (xlsx.ts), writes atomically in the file's own encoding, and reports what is left.
 */
import { readFile } from 'node:fs/promises';
import { decodeBytes, shiftPoint, type Locale } from '@huibao/core';
import { parseCsv } from './csv.js';
import { UsageError } from './errors.js';
import { t } from './messages.js';
import { markGap, PLACEHOLDER_HEADERS, placeholderRows, type PlaceholderRow } from './placeholders.js';
import type { OpenedReport } from './report.js';
import { notWrittenMessage, writeBack } from './write-back.js';
import { changeDocx, docxWriteRefusal, revisionNow, saveDocx, type DocxWriteOptions } from './docx-output.js';
import { checkFillValue, magnitude, type FillProblem } from './fill-check.js';
import { applyEdits, findingsCausedByFill, type CausedFinding, type FillEdit } from './fill-findings.js';

export interface FillValue {
  number: number;
  value: string;
  /** The sentence as exported, when the values file kept it: checked before writing. */
  sentence?: string;
  /** The row of the values file it came from (CSV line, sheet row), for messages. */
  row?: number;
  /**
   * A workbook row whose 填写值 is empty: the text in its other columns (not
   * 序号 or 上下文), to tell a value typed in the wrong column from a gap.
   */
  elsewhere?: { valueColumn: string; cells: Array<{ column: string; header: string; text: string }> };
}

/** A value not written because it does not fit its place. */
export interface RejectedValue {
  number: number;
  row?: number;
  value: string;
  problem: FillProblem;
  /** The place's unit as written (亿元) and its multiplier, for a value in the wrong scale. */
  unit: string | null;
  multiplier: number;
}

const EXPECTED = { 'not-number': 'expectNumber', 'not-arabic': 'expectArabic', 'not-year': 'expectYear', 'not-month': 'expectMonth', 'not-day': 'expectDay' } as const;
const MULTIPLIER_WORDS: Readonly<Record<number, string>> = { 1e3: '1千', 1e4: '1万', 1e5: '10万', 1e6: '100万', 1e7: '1000万', 1e8: '1亿', 1e12: '1万亿' };

/** One line for a value not written: the values file and its row (or only the place, for JSON), and what is wrong. */
export function rejectionMessage(r: RejectedValue, valuesPath: string, locale: Locale): string {
  const where = r.row === undefined ? valuesPath : t(locale, 'fillRow', { values: valuesPath, row: r.row });
  if (r.problem === 'base-units') {
    // What the office probably meant, in the place's unit: 3500000000 in 亿元 → 35.
    const size = magnitude(r.value);
    const converted = size === null ? null : shiftPoint(size, -Math.round(Math.log10(r.multiplier)));
    const limit = MULTIPLIER_WORDS[r.multiplier] ?? String(r.multiplier);
    return t(locale, 'fillBaseUnits', { where, n: r.number, value: r.value, unit: r.unit ?? '', limit, converted: converted === null ? '?' : String(converted) });
  }
  return t(locale, 'fillRejected', { where, n: r.number, value: r.value, expected: t(locale, EXPECTED[r.problem]) });
}

/** One line for a finding the values caused: where in the report, what, and which rows of the values file. */
export function causedMessage(c: CausedFinding, reportPath: string, valuesPath: string, locale: Locale, checkOnly: boolean): string {
  const { diagnostic: d } = c;
  const sources = c.values
    .map((v) => (v.row === undefined ? t(locale, 'fillCausedPlace', { n: v.number, value: v.newText }) : t(locale, 'fillCausedRow', { row: v.row, n: v.number, value: v.newText })))
    .join(t(locale, 'fillCausedJoin'));
  return t(locale, 'fillCaused', {
    path: reportPath,
    happens: t(locale, checkOnly ? 'fillWouldCause' : 'fillCauses'),
    line: d.line,
    severity: t(locale, d.severity),
    message: d.message,
    rule: d.ruleId,
    values: valuesPath,
    sources,
  });
}

export interface FillResult {
  filled: number[];
  left: number[];
  rejected: RejectedValue[];
  written: boolean;
  /** Findings of the filled report that the values brought about (see fill-findings.ts). */
  caused: CausedFinding[];
  /** For a .docx: the file written (the copy, or the original in place) and the backup. */
  writtenTo?: string;
  backup?: string;
}

export interface FillOptions extends DocxWriteOptions {
  locale: Locale;
  /** Check what the values would do, and write nothing. */
  checkOnly?: boolean;
}

export async function readFillValues(path: string, locale: Locale): Promise<FillValue[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(t(locale, 'cannotRead', { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  if (/\.xlsx$/i.test(path)) {
    const { valuesFromXlsx } = await import('./xlsx.js');
    return valuesFromXlsx(bytes, path, locale);
  }
  // Excel on a Chinese Windows saves CSV as GBK: decode like a report.
  const { text } = decodeBytes(bytes);
  return /\.json$/i.test(path) ? valuesFromJson(text, path) : valuesFromCsv(text, path);
}

function valuesFromJson(text: string, path: string): FillValue[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new UsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Either the list `placeholders --format json` wrote, with values filled in, or {"1": "12", …}.
  if (Array.isArray(data)) {
    return data.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { number, value, sentence } = item as Record<string, unknown>;
      if (typeof number !== 'number' || (typeof value !== 'string' && typeof value !== 'number')) return [];
      return [{ number, value: String(value), ...(typeof sentence === 'string' ? { sentence } : {}) }];
    });
  }
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      /^\d{1,9}$/.test(key) && (typeof value === 'string' || typeof value === 'number') ? [{ number: Number(key), value: String(value) }] : [],
    );
  }
  throw new UsageError(`${path}: expected a list of {number, value} or an object {"1": "value"}`);
}

function valuesFromCsv(text: string, path: string): FillValue[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h.trim()));
  const numberAt = column([PLACEHOLDER_HEADERS['zh-CN'][0], PLACEHOLDER_HEADERS.en[0]]);
  const valueAt = column([PLACEHOLDER_HEADERS['zh-CN'][5], PLACEHOLDER_HEADERS.en[5]]);
  const sentenceAt = column([PLACEHOLDER_HEADERS['zh-CN'][4], PLACEHOLDER_HEADERS.en[4], '上下文', 'context']);
  if (numberAt < 0 || valueAt < 0) {
    throw new UsageError(`${path}: CSV needs columns ${PLACEHOLDER_HEADERS['zh-CN'][0]}/number and ${PLACEHOLDER_HEADERS['zh-CN'][5]}/value`);
  }
  return rows.flatMap((row, index) => {
    const number = Number(row[numberAt]?.trim());
    const value = row[valueAt]?.trim() ?? '';
    if (!Number.isInteger(number) || number < 1) return [];
    const sentence = sentenceAt >= 0 ? row[sentenceAt] : undefined;
    // The header is row 1.
    return [{ number, value, row: index + 2, ...(sentence ? { sentence } : {}) }];
  });
}

/**
 * Fills the values in, checking each numbered place first; writes only when
 * something changes. A value that does not fit its place (text for a number, a
 * month of 13) is left out and reported. A .docx is written to a copy (or in
 * place after a backup), each value in the run that held its mark. The filled
 * text is linted against the text as it was: what the values caused comes back
 * in `caused`. With `checkOnly`, all of this and nothing written.
 */
export async function fillReport(report: OpenedReport, values: readonly FillValue[], valuesPath: string, options: FillOptions): Promise<FillResult> {
  const { locale } = options;
  const { outline, input } = report;
  const byNumber = new Map<number, FillValue>();
  const rejected: RejectedValue[] = [];
  const misplaced: string[] = [];
  let exported: PlaceholderRow[] | undefined;
  for (const v of values) {
    const placeholder = outline.placeholders[v.number - 1];
    if (!placeholder) throw new UsageError(t(locale, 'fillUnknown', { values: valuesPath, n: v.number, count: outline.placeholders.length }));
    if (v.sentence !== undefined && normalize(v.sentence) !== normalize(markGap(placeholder))) {
      throw new UsageError(t(locale, 'fillMismatch', { values: valuesPath, n: v.number, sentence: markGap(placeholder) }));
    }
    if (v.elsewhere) {
      const { misplacedValues } = await import('./xlsx.js');
      exported ??= placeholderRows(outline, report.config);
      misplaced.push(...misplacedValues(v, v.elsewhere, placeholder, exported[v.number - 1]!, valuesPath, locale));
    }
    if (v.value.length === 0) continue;
    const problem = checkFillValue(placeholder, v.value);
    if (problem) rejected.push({ number: v.number, value: v.value, problem, unit: placeholder.unit, multiplier: placeholder.multiplier ?? 1, ...(v.row !== undefined ? { row: v.row } : {}) });
    else byNumber.set(v.number, v);
  }
  // A value in the wrong column is a value not written: refuse them all, before anything is.
  if (misplaced.length) throw new UsageError(misplaced.join('\n'));
  let edits: FillEdit[] = [...byNumber.keys()]
    .sort((a, b) => a - b)
    .map((number) => {
      const { range } = outline.placeholders[number - 1]!;
      const { value, row } = byNumber.get(number)!;
      return { number, start: range.start.offset, end: range.end.offset, newText: value, ...(row !== undefined ? { row } : {}) };
    });
  if (input.docx && edits.length) {
    const refusal = docxWriteRefusal(input, locale);
    if (refusal) throw new UsageError(refusal);
    // Made in memory only; saved below unless --check-only.
    const changed = await changeDocx(input, edits.map((e) => [e]), options.trackChanges ? revisionNow() : undefined);
    // A mark inside text Word generates (a list number) has no run to write into.
    edits = changed.applied.map((index) => edits[index]!);
  }
  const filled = edits.map((e) => e.number);
  const written = new Set(filled);
  const left = outline.placeholders.map((_, i) => i + 1).filter((n) => !written.has(n));
  const result: FillResult = { filled, left, rejected, written: false, caused: [] };
  if (filled.length === 0) return result;
  result.caused = findingsCausedByFill(input, report.config, edits, locale);
  if (options.checkOnly) return result;

  if (input.docx) {
    const saved = await saveDocx(input, 'filled', options, locale);
    if (saved.status === 'refused') throw new UsageError(saved.message);
    return { ...result, written: true, writtenTo: saved.path, ...(saved.backup ? { backup: saved.backup } : {}) };
  }
  const outcome = await writeBack(input, applyEdits(input.text, edits));
  const problem = notWrittenMessage(outcome, input.path, locale);
  if (problem) throw new UsageError(problem);
  return { ...result, written: outcome.status === 'written' };
}

function normalize(sentence: string): string {
  return sentence.replace(/\s{1,1000}/g, '');
}
