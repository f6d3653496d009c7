/**
 * The 待填 list as an Excel workbook (exceljs), and the returned workbook read
 * back for `fill`. The sheet is made to be sent to offices: a frozen header,
 * columns as wide as their Chinese text, a filter on every column, the gap
 * marked in each row's context, and on 填写值 a data validation that warns
 * when a number place gets something that is not a number. It prints on A4
 * landscape, one page wide, the header row on every page, long text wrapped.
 */
import type { PageSetup, Workbook, Worksheet } from 'exceljs';
import { eastAsianWidth } from 'get-east-asian-width';
import type { Locale } from '@huibao/core';
import { UsageError } from './errors.js';
import type { FillValue } from './fill.js';
import { t } from './messages.js';
import type { PlaceholderRow } from './placeholders.js';

export const SHEET_NAME = { 'zh-CN': '待填清单', en: 'To fill' } as const;

export const XLSX_HEADERS = {
  'zh-CN': { number: '序号', department: '责任科室', section: '章节', kind: '类型', unit: '单位', context: '上下文', value: '填写值' },
  en: { number: 'number', department: 'department', section: 'section', kind: 'kind', unit: 'unit', context: 'context', value: 'value' },
} as const;

const KIND_ZH: Record<PlaceholderRow['kind'], string> = { number: '数字', name: '名称', date: '日期', other: '其他' };

/** Widest a column gets (in Excel's character widths); longer text wraps. */
const MAX_WIDTH = 60;

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

export async function placeholdersWorkbook(rows: readonly PlaceholderRow[], locale: Locale): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  workbook.creator = 'huibao';
  const sheet = workbook.addWorksheet(SHEET_NAME[locale], { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_SETUP });
  const headers = XLSX_HEADERS[locale];
  const withDepartments = rows.some((r) => r.department);
  const keys = ['number', ...(withDepartments ? ['department'] : []), 'section', 'kind', 'unit', 'context', 'value'] as Array<keyof typeof headers>;
  const kind = (k: PlaceholderRow['kind']) => (locale === 'en' ? k : KIND_ZH[k]);
  // Grouped by the office that owns them, offices in the order they first appear, rows without one last.
  const firstSeen = new Map<string, number>();
  for (const r of rows) if (r.department && !firstSeen.has(r.department)) firstSeen.set(r.department, r.number);
  const groupOf = (r: PlaceholderRow) => (r.department ? firstSeen.get(r.department)! : Infinity);
  const ordered = withDepartments ? [...rows].sort((a, b) => groupOf(a) - groupOf(b) || a.number - b.number) : rows;
  const table = ordered.map((r) => ({
    number: r.number,
    department: r.department ?? '',
    section: r.section,
    kind: kind(r.kind),
    unit: r.unit ?? '',
    context: r.sentence,
    value: '',
  }));
  const widths = keys.map((key) => naturalWidth([headers[key], ...table.map((row) => String(row[key]))]));
  sheet.columns = keys.map((key, i) => ({ header: headers[key], key, width: Math.min(MAX_WIDTH, widths[i]!) }));
  for (const row of table) sheet.addRow(row);

  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  // The context always wraps (the gap may be anywhere in it); any other column wraps where its text is wider than the cap.
  keys.forEach((key, i) => {
    if (key === 'context' || widths[i]! > MAX_WIDTH) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  });
  const valueColumn = keys.indexOf('value') + 1;
  ordered.forEach((r, i) => {
    const cell = sheet.getCell(i + 2, valueColumn);
    cell.numFmt = '@';
    if (r.kind === 'number') {
      cell.dataValidation = {
        type: 'decimal',
        operator: 'between',
        formulae: [-1e15, 1e15],
        allowBlank: true,
        showErrorMessage: true,
        // A warning, not a stop: 2.1万 is a number in a report, not to Excel.
        errorStyle: 'warning',
        errorTitle: t(locale, 'xlsxNumberTitle'),
        error: t(locale, 'xlsxNumberError'),
        showInputMessage: true,
        promptTitle: t(locale, 'xlsxNumberTitle'),
        prompt: r.unit ? t(locale, 'xlsxNumberPromptUnit', { unit: r.unit }) : t(locale, 'xlsxNumberPrompt'),
      };
    }
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * On paper: A4 (paper size 9) landscape, scaled to one page wide and as many
 * pages tall as the rows need, the header row repeated at the top of each.
 */
const PAGE_SETUP: Partial<PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

/** Excel's column width counts narrow characters: a Chinese character is two; with a margin, before the cap. */
function naturalWidth(cells: readonly string[]): number {
  let widest = 4;
  for (const cell of cells) {
    let width = 0;
    for (const ch of cell) width += eastAsianWidth(ch.codePointAt(0)!) === 2 ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest + 2;
}

/**
 * The values of a returned workbook: its one sheet, found by the 序号 and
 * 填写值 headers. A second sheet, or merged cells among the rows, is refused
 * with a line saying where: which sheet's values are meant, or which cell a
 * merged value belongs to, cannot be guessed.
 */
export async function valuesFromXlsx(bytes: Uint8Array, path: string, locale: Locale): Promise<FillValue[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new UsageError(t(locale, 'xlsxUnreadable', { path }));
  }
  const sheets = workbook.worksheets.filter((s) => s.state !== 'veryHidden');
  if (sheets.length !== 1) throw new UsageError(t(locale, 'xlsxSheets', { path, count: sheets.length, names: sheets.map((s) => s.name).join('、') }));
  const sheet = sheets[0]!;
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length) throw new UsageError(t(locale, 'xlsxMerged', { path, sheet: sheet.name, ranges: merges.join('、') }));
  return readValueRows(sheet, path, locale);
}

const NUMBER_HEADERS = ['序号', 'number'];
const VALUE_HEADERS = ['填写值', 'value'];
const CONTEXT_HEADERS = ['上下文', '句子', 'context', 'sentence'];

function readValueRows(sheet: Worksheet, path: string, locale: Locale): FillValue[] {
  const header = sheet.getRow(1);
  const columns = new Map<string, number>();
  header.eachCell((cell, column) => columns.set(cellText(cell.value).trim(), column));
  const find = (names: readonly string[]) => names.map((n) => columns.get(n)).find((c) => c !== undefined);
  const numberAt = find(NUMBER_HEADERS);
  const valueAt = find(VALUE_HEADERS);
  const contextAt = find(CONTEXT_HEADERS);
  if (numberAt === undefined || valueAt === undefined) throw new UsageError(t(locale, 'xlsxHeaders', { path, sheet: sheet.name }));
  const values: FillValue[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const number = Number(cellText(row.getCell(numberAt).value).trim());
    if (!Number.isInteger(number) || number < 1) return;
    const value = cellText(row.getCell(valueAt).value).trim();
    const sentence = contextAt !== undefined ? cellText(row.getCell(contextAt).value) : '';
    values.push({ number, value, row: rowNumber, ...(sentence ? { sentence } : {}) });
  });
  return values;
}

/** A cell as the text a writer typed: numbers as Excel shows them, dates as 2024年6月30日, rich text joined. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; text?: string; result?: unknown; formula?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return String(v.text);
    if ('result' in v) return cellText(v.result);
  }
  return String(value);
}
