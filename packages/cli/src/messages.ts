/**
 * The CLI's own words (the rules' messages come from the core), zh-CN and en.
 * `{name}` is filled from data.
 */
import { localizeText, type Locale } from '@huibao/core';

const messages = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
  summary: {
    zh: '{total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）',
    en: '{total} problems ({errors} errors, {warnings} warnings, {infos} infos)',
  },
  summaryFixable: { zh: '，其中 {fixable} 个可自动修复（--fix）', en: ', {fixable} fixable with --fix' },
  figuresChecked: { zh: '核对 {checked} 处数据关系：', en: '{checked} figure relations checked: ' },
  figuresHold: { zh: '{n} 处相符', en: '{n} hold' },
  figuresMismatch: { zh: '{n} 处不符', en: '{n} do not' },
  figuresUncertain: { zh: '{n} 处存疑', en: '{n} uncertain' },
  figuresNotAssessable: { zh: '{n} 处无法核对', en: '{n} cannot be judged' },
  figuresSeparator: { zh: '，', en: ', ' },
  tooManyWarnings: { zh: 'huibao：警告数 {count} 超过 --max-warnings {max}', en: 'huibao: {count} warnings exceed --max-warnings {max}' },
  docxParagraph: { zh: '第 {n} 段', en: 'paragraph {n}' },
  docxTableRow: { zh: '（表 {table} 第 {row} 行）', en: ' (table {table}, row {row})' },
  docxTextBox: { zh: '（文本框）', en: ' (text box)' },
  docxSkipped: { zh: '{path}：未检查{parts}', en: '{path}: not checked: {parts}' },
  docxSkippedFootnotes: { zh: '脚注 {n} 条', en: '{n} footnotes' },
  docxSkippedEndnotes: { zh: '尾注 {n} 条', en: '{n} endnotes' },
  docxSkippedComments: { zh: '批注 {n} 条', en: '{n} comments' },
  docxSkippedHeaders: { zh: '页眉页脚 {n} 处', en: '{n} headers/footers' },
  docxWrittenTo: { zh: '已写入 {path}（原文件未改动）', en: 'written to {path} (the original is unchanged)' },
  docxWrittenInPlace: { zh: '已写回 {path}，原文件备份为 {backup}', en: 'written over {path}; the original is backed up as {backup}' },
  docxOutputExists: { zh: '{path} 已存在，未覆盖；请删除它或用 -o 指定其他文件', en: '{path} exists and was not overwritten; remove it or name another file with -o' },
  docxRefusedEdits: {
    zh: '{path}：{count} 处改动涉及 Word 自动生成的文字（如列表编号），未写入：{places}',
    en: '{path}: {count} changes touch text Word generates (such as list numbers) and were not made: {places}',
  },
  docxUnreadable: { zh: '{path}：{problem}', en: '{path}: {problem}' },
  fixed: { zh: '已修复 {path}：{count} 处', en: 'fixed {path}: {count} changes' },
  wouldFix: { zh: '将修复 {path}：{count} 处', en: 'would fix {path}: {count} changes' },
  changedSinceRead: {
    zh: '{path} 在检查期间被修改，未写入',
    en: '{path} changed while it was being checked; not written',
  },
  cannotWrite: { zh: '{path}：无法写入（{reason}），文件未改动', en: '{path}: cannot write ({reason}); file left unchanged' },
  interrupted: {
    zh: '已中断：检查了 {done}/{total} 个文件，其余的未检查也未改动',
    en: 'interrupted: {done} of {total} files checked; the rest were neither checked nor changed',
  },
  progress: { zh: '已检查 {done}/{total} 个文件', en: 'checked {done}/{total} files' },
  cannotRead: { zh: '{path}：无法读取（{reason}）', en: '{path}: cannot read ({reason})' },
  cannotCheck: { zh: '{path}：读取了，但检查未能完成（{reason}）', en: '{path}: read, but the check could not finish ({reason})' },
  notText: { zh: '{path}：看来不是文本文件（含 NUL 字节），已跳过', en: '{path}: does not look like text (contains NUL bytes); skipped' },
  decodeNote: { zh: '{path}：{message}', en: '{path}: {message}' },
  noFiles: { zh: '没有找到要检查的文件：{patterns}', en: 'no files to lint match: {patterns}' },
  notFound: { zh: '找不到文件或目录：{path}', en: 'no such file or folder: {path}' },
  filled: { zh: '已填写 {path}：{count} 处；尚余 {left} 处待填', en: 'filled {path}: {count} places; {left} left to fill' },
  fillLeft: { zh: '尚未填写：{numbers}', en: 'still to fill: {numbers}' },
  fillNothing: { zh: '{path}：没有可填写的值，文件未改动', en: '{path}: no values to fill; file unchanged' },
  fillUnknown: { zh: '{values}：第 {n} 处待填不存在（共 {count} 处）', en: '{values}: placeholder {n} does not exist ({count} in all)' },
  fillMismatch: {
    zh: '{values}：第 {n} 处待填的句子已变化，请重新导出（现为「{sentence}」）',
    en: '{values}: the sentence of placeholder {n} has changed; export again (now “{sentence}”)',
  },
  gap: { zh: '【待填】', en: '【待填】' },
  fillRejected: {
    zh: '{where}：第 {n} 处待填应为{expected}，「{value}」不符，未填写',
    en: '{where}: placeholder {n} takes {expected}; “{value}” does not fit and was not written',
  },
  fillBaseUnits: {
    zh: '{where}：第 {n} 处待填的单位是“{unit}”，「{value}」不小于 {limit}，将写成“{value}{unit}”，疑似未换算（换算后为 {converted}），未填写',
    en: '{where}: placeholder {n} is in “{unit}”; “{value}” is {limit} or more and would read “{value}{unit}”, as if not converted ({converted} once converted); not written',
  },
  fillRow: { zh: '{values} 第 {row} 行', en: '{values} row {row}' },
  expectNumber: { zh: '数字（如 12、3.5、2.1万）', en: 'a number (12, 3.5, 2.1万)' },
  expectArabic: { zh: '阿拉伯数字（带单位的数字用阿拉伯数字，如 30、3.5）', en: 'Arabic digits (a figure with a unit is written in them: 30, 3.5)' },
  expectYear: { zh: '年份（如 2024）', en: 'a year (2024)' },
  expectMonth: { zh: '月份（1～12）', en: 'a month (1–12)' },
  expectDay: { zh: '日（1～31）', en: 'a day (1–31)' },
  xlsxNeedsOutput: { zh: '--format xlsx 需要用 -o 指定输出文件，如 -o 待填清单.xlsx', en: '--format xlsx needs an output file: -o list.xlsx' },
  xlsxWritten: { zh: '已写入 {path}：{count} 处待填', en: 'written {path}: {count} places to fill' },
  xlsxUnreadable: { zh: '{path}：不是可读的 Excel 工作簿（.xlsx）', en: '{path}: not a readable Excel workbook (.xlsx)' },
  xlsxSheets: {
    zh: '{path}：含 {count} 个工作表（{names}），无法确定填写的是哪一张；请只保留待填清单那一张',
    en: '{path}: has {count} sheets ({names}); which one holds the values cannot be told: keep only the list',
  },
  xlsxMerged: {
    zh: '{path}：工作表“{sheet}”有合并的单元格（{ranges}），无法确定数值属于哪一处；请取消合并后再填写',
    en: '{path}: sheet “{sheet}” has merged cells ({ranges}); which place a value belongs to cannot be told: unmerge them',
  },
  xlsxHeaders: {
    zh: '{path}：工作表“{sheet}”的第 1 行没有“序号”和“填写值”两列',
    en: '{path}: row 1 of sheet “{sheet}” lacks the columns 序号/number and 填写值/value',
  },
  reportTitle: { zh: '校对报告：{name}', en: 'Proofreading report: {name}' },
  reportMeta: {
    zh: '{date} 由 huibao {version} 生成；共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示）',
    en: 'Made {date} by huibao {version}; {total} findings ({errors} errors, {warnings} warnings, {infos} infos)',
  },
  reportSummary: { zh: '按类别汇总', en: 'Summary by category' },
  reportText: { zh: '正文', en: 'Text' },
  reportFindings: { zh: '问题清单', en: 'Findings' },
  reportPlace: { zh: '位置', en: 'Place' },
  reportCategory: { zh: '类别', en: 'Category' },
  reportSeverity: { zh: '级别', en: 'Severity' },
  reportMessage: { zh: '说明', en: 'Message' },
  reportBasis: { zh: '依据', en: 'Basis' },
  reportNone: { zh: '没有发现问题。', en: 'No findings.' },
  reportLine: { zh: '第 {n} 行', en: 'line {n}' },
  reportLineColumn: { zh: '第 {line} 行第 {column} 列', en: 'line {line}, column {column}' },
  reportWritten: { zh: '已写入 {path}：{total} 个问题', en: 'written {path}: {total} findings' },
  xlsxNumberTitle: { zh: '应填数字', en: 'A number' },
  xlsxNumberError: { zh: '此处应填数字，如 12、3.5、2.1万；单位已在报告中，不必再写', en: 'This place takes a number (12, 3.5, 2.1万); the unit is already in the report' },
  xlsxNumberPrompt: { zh: '请填数字', en: 'Enter a number' },
  xlsxNumberPromptUnit: { zh: '请填数字，单位为“{unit}”（已在报告中）', en: 'Enter a number in {unit} (the unit is in the report)' },
} as const;

export type MessageId = keyof typeof messages;

export function t(locale: Locale, id: MessageId, data: Record<string, string | number> = {}): string {
  return localizeText(messages[id], locale, data);
}
