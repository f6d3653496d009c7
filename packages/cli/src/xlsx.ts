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
import type { Locale, Placeholder } from '@huibao/core';
import { checkFillValue } from './fill-check.js';
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
 * 填写值 headers. A second sheet is refused: which sheet's values are meant
 * cannot be guessed. So is a merged range that takes in a cell of 序号, 上下文
 * or 填写值, named by its row and column: which place a merged value belongs to
 * cannot be guessed either. A range merged in the other columns (章节 or
 * 责任科室 over a group of rows, as offices do) reads nothing and is let be.
 * For a row whose 填写值 is empty, the text in its other columns comes along
 * (`elsewhere`), for `fill` to tell a value typed in the wrong column.
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
  return readValueRows(sheets[0]!, path, locale);
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
  const headerOf = (column: number) => cellText(header.getCell(column).value).trim();
  const letter = (column: number) => sheet.getColumn(column).letter;

  // 填写值 first: a range over 上下文 and 填写值 is about the value.
  const read = [valueAt, numberAt, ...(contextAt !== undefined ? [contextAt] : [])];
  const merged = ((sheet.model as { merges?: string[] }).merges ?? []).flatMap((range) => {
    const r = decodeRange(range);
    const column = r && read.find((c) => c >= r.left && c <= r.right);
    if (!r || column === undefined) return [];
    return [t(locale, 'xlsxMerged', { path, row: r.top, column: letter(column), header: headerOf(column), range })];
  });
  if (merged.length) throw new UsageError(merged.join('\n'));

  const values: FillValue[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const number = Number(cellText(row.getCell(numberAt).value).trim());
    if (!Number.isInteger(number) || number < 1) return;
    const value = cellText(row.getCell(valueAt).value).trim();
    const sentence = contextAt !== undefined ? cellText(row.getCell(contextAt).value) : '';
    const elsewhere: NonNullable<FillValue['elsewhere']>['cells'] = [];
    if (!value) {
      row.eachCell((cell, column) => {
        // A cell inside a merged range other than its first holds no text of its own.
        if (read.includes(column) || (cell.isMerged && cell.master.address !== cell.address)) return;
        const text = cellText(cell.value).trim();
        if (text) elsewhere.push({ column: letter(column), header: headerOf(column), text });
      });
    }
    values.push({
      number,
      value,
      row: rowNumber,
      ...(sentence ? { sentence } : {}),
      ...(elsewhere.length ? { elsewhere: { valueColumn: letter(valueAt), cells: elsewhere } } : {}),
    });
  });
  return values;
}

/** F2:G3 → from row 2, columns 6 to 7; a lone F2 is one cell. */
function decodeRange(range: string): { top: number; left: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(range.trim());
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const [a, b] = [col(m[1]!), col(m[3] ?? m[1]!)];
  const [top, bottom] = [Number(m[2]), Number(m[4] ?? m[2])];
  return { top: Math.min(top, bottom), left: Math.min(a, b), right: Math.max(a, b) };
}

/**
 * The lines for a row whose 填写值 is empty while another of its columns holds
 * the value: any text in a column without a header (nothing the list wrote is
 * there), or, in a named column, text the list did not write there that fits
 * the place as its value (a number for a 数字 place, a year, month or day for
 * a 日期 place). Other text (a note in a 备注 column the office added, a 责任科室
 * corrected) is no value, and the gap stays a gap.
 */
export function misplacedValues(
  v: FillValue,
  elsewhere: NonNullable<FillValue['elsewhere']>,
  placeholder: Placeholder,
  exported: PlaceholderRow,
  path: string,
  locale: Locale,
): string[] {
  return elsewhere.cells.flatMap(({ column, header, text }) => {
    if (header && (exportedText(exported, header).includes(text) || !fitsAsValue(placeholder, text))) return [];
    const named = header ? t(locale, 'xlsxHeaderNamed', { header }) : t(locale, 'xlsxHeaderNone');
    return [t(locale, 'xlsxWrongColumn', { path, row: v.row ?? '?', column, header: named, text, n: v.number, valueColumn: elsewhere.valueColumn })];
  });
}

/** What the list wrote under this header for the row, in either language; nothing under a header of the office's own. */
function exportedText(row: PlaceholderRow, header: string): string[] {
  const texts: Record<keyof (typeof XLSX_HEADERS)['en'], string[]> = {
    number: [String(row.number)],
    department: [row.department ?? ''],
    section: [row.section],
    kind: [KIND_ZH[row.kind], row.kind],
    unit: [row.unit ?? ''],
    context: [row.sentence],
    value: [''],
  };
  for (const headers of Object.values(XLSX_HEADERS)) {
    const key = (Object.keys(headers) as Array<keyof typeof headers>).find((k) => headers[k] === header);
    if (key) return texts[key];
  }
  return [''];
}

function fitsAsValue(placeholder: Placeholder, text: string): boolean {
  const problem = checkFillValue(placeholder, text);
  if (placeholder.kind === 'number') return problem === undefined || problem === 'base-units' || problem === 'not-arabic';
  return placeholder.kind === 'date' && /^[年月日号]/.test(placeholder.following) && problem === undefined;
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
