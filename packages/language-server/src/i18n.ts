/**
 * The server's own UI strings (code action titles, hover labels). Rule
 * messages come translated from core; these are the few words the editor adds.
 */
import { localizeText, type Locale } from '@huibao/core';

const strings = {
  fixAllOfRule: { zh: '修复本文件中所有“{rule}”问题', en: 'Fix all “{rule}” problems in this file' },
  fixAllSafe: { zh: '修复所有可自动修复的 Huibao 问题', en: 'Fix all auto-fixable Huibao problems' },
  disableLine: { zh: '在此行禁用“{rule}”', en: 'Disable “{rule}” for this line' },
  basis: { zh: '依据', en: 'Basis' },
  docs: { zh: '规则说明', en: 'Rule docs' },
  figure: { zh: '数字', en: 'Figure' },
  roleTotal: { zh: '总数', en: 'total' },
  rolePart: { zh: '分项', en: 'part' },
  roleChange: { zh: '变化量', en: 'change' },
  roleShare: { zh: '占比', en: 'share' },
  roleRate: { zh: '比率（可超过 100%）', en: 'rate (may pass 100%)' },
  rolePlain: { zh: '数值', en: 'value' },
  placeholder: { zh: '待填', en: 'to fill' },
  placeholderUnit: { zh: '待填，单位：{unit}', en: 'to fill, in {unit}' },
  subject: { zh: '统计对象', en: 'counts' },
  partsSum: { zh: '分项之和', en: 'sum of parts' },
  ledgerTitle: { zh: '数据核对', en: 'Figure check' },
  unfilledParts: { zh: '其中 {n} 处待填，暂无法核对', en: '{n} still to fill, cannot check yet' },
  partsMatch: { zh: '与总数一致', en: 'matches the total' },
  partsMatchRounded: { zh: '在各数修约范围内与总数一致', en: 'matches the total within the rounding of each figure' },
  partsMismatch: { zh: '与总数不符', en: 'does not match the total' },
  partExceeds: { zh: '有一项单独就超过总数', en: 'one part alone is larger than the total' },
  partsOverlap: { zh: '分项可能交叉（不同分法），不相加比较', en: 'the parts may overlap (different breakdowns); not added up' },
  partsSecondSplit: { zh: '前几项已合成总数，其后是另一种分法，不相加比较', en: 'the first parts make the total; the rest classify it again; not added up' },
  partsAmbiguousTotal: { zh: '前文另有一个数也可能是这组分项的总数，无法判定', en: 'another figure before it may equally be the total of these parts; not judged' },
  partsBelow: { zh: '分项未列全（未称“其他”），不超过总数即可', en: 'parts need not cover the total; they stay within it' },
  slogan: { zh: '数字口号', en: 'Numeric slogan' },
  sloganCounts: { zh: '共 {count} 项{noun}', en: '{count} {noun} in all' },
  sloganSection: { zh: '对应章节：{section}，下设 {n} 个小节', en: 'Section {section} has {n} subsections' },
  sloganWhere: { zh: '位于第 {line} 行', en: 'on line {line}' },
  tooLarge: {
    zh: '文档过大（{size} M 字符，上限 {limit} M），编辑器中不作检查；请用命令行 huibao lint 检查',
    en: 'Document too large to check in the editor ({size} M characters, limit {limit} M); run huibao lint on the command line',
  },
  configCode: { zh: '配置文件', en: 'config' },
  tooLargeCode: { zh: '文档过大', en: 'document too large' },
  badConfig: { zh: 'Huibao 配置文件有误，已改用内置默认配置：{path}', en: 'Huibao config file is invalid, using built-in defaults: {path}' },
} as const;

export type StringId = keyof typeof strings;

export function t(locale: Locale, id: StringId, data: Record<string, string | number> = {}): string {
  return localizeText(strings[id], locale, data);
}

/** LSP clients send a BCP 47 tag in `initialize`: 'en', 'en-US' → en; everything else zh-CN. */
export function localeFromClient(tag: string | undefined | null): Locale {
  return typeof tag === 'string' && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}
