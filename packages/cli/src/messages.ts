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
  tooManyWarnings: { zh: 'huibao：警告数 {count} 超过 --max-warnings {max}', en: 'huibao: {count} warnings exceed --max-warnings {max}' },
  docxParagraph: { zh: '第 {n} 段', en: 'paragraph {n}' },
  docxTableRow: { zh: '（表 {table} 第 {row} 行）', en: ' (table {table}, row {row})' },
  docxTextBox: { zh: '（文本框）', en: ' (text box)' },
  docxSkipped: { zh: '{path}：未检查{parts}', en: '{path}: not checked: {parts}' },
  docxSkippedFootnotes: { zh: '脚注 {n} 条', en: '{n} footnotes' },
  docxSkippedEndnotes: { zh: '尾注 {n} 条', en: '{n} endnotes' },
  docxSkippedComments: { zh: '批注 {n} 条', en: '{n} comments' },
  docxSkippedHeaders: { zh: '页眉页脚 {n} 处', en: '{n} headers/footers' },
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
  docxNoFix: { zh: '{path}：不能自动修复 .docx 文件，请在 Word 中修改', en: '{path}: --fix cannot write .docx files; edit them in Word' },
  progress: { zh: '已检查 {done}/{total} 个文件', en: 'checked {done}/{total} files' },
  cannotRead: { zh: '{path}：无法读取（{reason}）', en: '{path}: cannot read ({reason})' },
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
} as const;

export type MessageId = keyof typeof messages;

export function t(locale: Locale, id: MessageId, data: Record<string, string | number> = {}): string {
  return localizeText(messages[id], locale, data);
}
