/**
 * `huibao report`: the 校对报告 an office hands to whoever signs the draft off —
 * one self-contained HTML page (styles inline, no script, no external file):
 * a summary by category (待填, 数据, 结构, 用词, 标点), the document's text with
 * each finding highlighted and numbered in the margin, and the list of findings
 * with their place, message and the rule's basis. Print styles lay it out on A4.
 */
import { basename } from 'node:path';
import type { Category, Diagnostic, Locale, Severity } from '@huibao/core';
import { describeDocxPlace } from './docx.js';
import type { Input } from './inputs.js';
import { t } from './messages.js';

export const CATEGORIES: readonly Category[] = ['待填', '数据', '结构', '用词', '标点'];
const CATEGORY_EN: Record<Category, string> = { 待填: 'To fill', 数据: 'Figures', 结构: 'Structure', 用词: 'Wording', 标点: 'Punctuation' };
const CATEGORY_CLASS: Record<Category, string> = { 待填: 'fill', 数据: 'data', 结构: 'structure', 用词: 'wording', 标点: 'punctuation' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ProofReportOptions {
  locale: Locale;
  version: string;
  /** When the page was made (shown in its header). */
  date: Date;
}

interface Paragraph {
  start: number;
  end: number;
  /** How a writer finds it: 第 3 段 in Word, 第 3 行 in a text file. */
  label: string;
}

/** The paragraphs the text is shown in: Word's paragraphs (table rows, text boxes), or the lines of a text file. */
function paragraphsOf(input: Input, locale: Locale): Paragraph[] {
  if (input.docx) return input.docx.blocks.map((b) => ({ start: b.start, end: b.end, label: describeDocxPlace(b.number, b.place, locale) }));
  const out: Paragraph[] = [];
  let start = 0;
  let line = 1;
  for (const piece of input.text.split('\n')) {
    const end = start + piece.length;
    const text = piece.replace(/\r$/, '');
    if (text.trim()) out.push({ start, end: start + text.length, label: t(locale, 'reportLine', { n: line }) });
    start = end + 1;
    line++;
  }
  return out;
}

export function proofReportHtml(input: Input, diagnostics: readonly Diagnostic[], options: ProofReportOptions): string {
  const { locale } = options;
  const en = locale === 'en';
  // Numbered in text order, as a reader meets them.
  const findings = [...diagnostics].sort((a, b) => a.range.start.offset - b.range.start.offset || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const paragraphs = paragraphsOf(input, locale);
  const name = basename(input.path);
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const d of findings) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const d of findings) bySeverity[d.severity]++;
  const categoryName = (c: Category) => (en ? CATEGORY_EN[c] : c);

  const summary = CATEGORIES.map(
    (c) => `<div class="count cat-${CATEGORY_CLASS[c]}" data-category="${c}"><span class="label">${escapeHtml(categoryName(c))}</span><span class="value">${counts.get(c)}</span></div>`,
  ).join('');
  const body = paragraphs.map((p) => paragraphHtml(input.text, p, findings)).join('\n');
  const rows = findings
    .map((d, i) => {
      const place = placeOf(d, input, locale);
      return `<tr id="f${i + 1}" class="sev-${d.severity} cat-${CATEGORY_CLASS[d.category]}"><td class="n"><a href="#t${i + 1}">${i + 1}</a></td><td class="place">${escapeHtml(place)}</td><td class="cat">${escapeHtml(categoryName(d.category))}</td><td class="sev">${escapeHtml(t(locale, d.severity))}</td><td class="msg">${escapeHtml(d.message)}</td><td class="basis">${escapeHtml(d.basis)}<br><a class="rule" href="${escapeHtml(d.docsUrl)}">${escapeHtml(d.ruleId)}</a></td></tr>`;
    })
    .join('\n');
  const title = t(locale, 'reportTitle', { name });
  return `<!DOCTYPE html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="huibao ${escapeHtml(options.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t(locale, 'reportMeta', { date: formatDate(options.date), version: options.version, total: findings.length, errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info }))}</p>
<section class="summary" aria-label="${escapeHtml(t(locale, 'reportSummary'))}">${summary}</section>
</header>
<main>
<h2>${escapeHtml(t(locale, 'reportText'))}</h2>
<section class="document">
${body}
</section>
<h2>${escapeHtml(t(locale, 'reportFindings'))}</h2>
${findings.length ? `<table class="findings"><thead><tr><th>#</th><th>${escapeHtml(t(locale, 'reportPlace'))}</th><th>${escapeHtml(t(locale, 'reportCategory'))}</th><th>${escapeHtml(t(locale, 'reportSeverity'))}</th><th>${escapeHtml(t(locale, 'reportMessage'))}</th><th>${escapeHtml(t(locale, 'reportBasis'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>` : `<p class="none">${escapeHtml(t(locale, 'reportNone'))}</p>`}
</main>
</body>
</html>
`;
}

function placeOf(d: Diagnostic, input: Input, locale: Locale): string {
  const paragraph = d.data?.docxParagraph;
  if (input.docx && typeof paragraph === 'number') return describeDocxPlace(paragraph, d.data?.docxPlace, locale);
  return t(locale, 'reportLineColumn', { line: d.line, column: d.column });
}

/**
 * One paragraph with its findings marked. The text is cut at every finding's
 * start and end; each piece is marked by the most severe finding over it, and
 * each finding's number stands where it starts. A finding with no extent (a
 * missing item) is a caret. Its margin lists the numbers starting in it.
 */
function paragraphHtml(text: string, paragraph: Paragraph, findings: readonly Diagnostic[]): string {
  const inside: Array<{ d: Diagnostic; n: number; start: number; end: number }> = [];
  findings.forEach((d, i) => {
    const start = d.range.start.offset;
    const end = d.range.end.offset;
    const starts = start >= paragraph.start && start <= paragraph.end;
    const overlaps = start < paragraph.end && end > paragraph.start;
    if (starts || overlaps) inside.push({ d, n: i + 1, start: Math.max(start, paragraph.start), end: Math.min(Math.max(end, start), paragraph.end) });
  });
  const cuts = new Set<number>([paragraph.start, paragraph.end]);
  for (const f of inside) {
    cuts.add(f.start);
    cuts.add(f.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  const startsHere = (at: number) => inside.filter((f) => f.start === at && f.d.range.start.offset >= paragraph.start);
  for (let i = 0; i < points.length; i++) {
    const at = points[i]!;
    for (const f of startsHere(at)) {
      html += `<a class="ref sev-${f.d.severity}" id="t${f.n}" href="#f${f.n}">${f.n}</a>`;
      if (f.start === f.end) html += `<mark class="hl caret cat-${CATEGORY_CLASS[f.d.category]}" data-f="${f.n}" title="${escapeHtml(f.d.message)}">‸</mark>`;
    }
    const next = points[i + 1];
    if (next === undefined) break;
    const piece = escapeHtml(text.slice(at, next));
    const over = inside.filter((f) => f.start <= at && next <= f.end && f.start < f.end).sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity]);
    const top = over[0];
    html += top
      ? `<mark class="hl cat-${CATEGORY_CLASS[top.d.category]} sev-${top.d.severity}" data-f="${over.map((f) => f.n).join(' ')}" title="${escapeHtml(over.map((f) => `${f.n}. ${f.d.message}`).join('\n'))}">${piece}</mark>`
      : piece;
  }
  const margin = inside
    .filter((f) => f.d.range.start.offset >= paragraph.start)
    .map((f) => `<a class="badge sev-${f.d.severity} cat-${CATEGORY_CLASS[f.d.category]}" href="#f${f.n}">${f.n}</a>`)
    .join('');
  return `<div class="para"><div class="where">${escapeHtml(paragraph.label)}</div><p class="text">${html.replace(/\n/g, '<br>')}</p><div class="margin">${margin}</div></div>`;
}

function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Colours by category (the editor's groups), severity as the underline; A4 when printed. */
const STYLES = `
:root { --fill: #fff3bf; --data: #ffd8d8; --structure: #d0ebff; --wording: #e5dbff; --punctuation: #d3f9d8; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; color: #222; margin: 0 auto; max-width: 60rem; padding: 1.5rem; line-height: 1.8; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; border-bottom: 1px solid #ccc; margin-top: 2rem; }
.meta { color: #555; margin: 0 0 1rem; font-size: .9rem; }
.summary { display: flex; gap: .5rem; flex-wrap: wrap; }
.count { border-radius: .4rem; padding: .4rem .8rem; min-width: 6rem; display: flex; justify-content: space-between; gap: 1rem; }
.count .value { font-weight: bold; }
.cat-fill { background: var(--fill); } .cat-data { background: var(--data); } .cat-structure { background: var(--structure); }
.cat-wording { background: var(--wording); } .cat-punctuation { background: var(--punctuation); }
.para { display: grid; grid-template-columns: 7.5rem 1fr 5rem; gap: .75rem; align-items: start; border-bottom: 1px dotted #e3e3e3; padding: .2rem 0; break-inside: avoid; }
.where { color: #888; font-size: .75rem; padding-top: .35rem; font-family: sans-serif; }
.text { margin: 0; }
mark.hl { color: inherit; border-bottom: 2px solid #f08c00; padding: 0 1px; }
mark.hl.sev-error { border-bottom-color: #e03131; } mark.hl.sev-info { border-bottom-color: #1c7ed6; }
mark.caret { border: none; font-weight: bold; }
a.ref { font-size: .65rem; vertical-align: super; color: #c92a2a; text-decoration: none; margin-right: 1px; font-family: sans-serif; }
.margin { display: flex; flex-wrap: wrap; gap: .2rem; padding-top: .25rem; }
a.badge { display: inline-block; min-width: 1.4rem; text-align: center; border-radius: .7rem; font: bold .7rem/1.4rem sans-serif; color: #222; text-decoration: none; border: 1px solid #999; }
table.findings { border-collapse: collapse; width: 100%; font-size: .85rem; }
.findings th, .findings td { border: 1px solid #ccc; padding: .25rem .4rem; vertical-align: top; text-align: left; }
.findings tr { break-inside: avoid; }
.findings th, .findings td.n, .findings td.cat, .findings td.sev { white-space: nowrap; }
.findings td.place { min-width: 5.5rem; }
.findings td.n a { font-weight: bold; color: inherit; }
.findings .sev-error td.sev { color: #c92a2a; font-weight: bold; }
.findings .basis { font-size: .75rem; color: #444; } .findings a.rule { color: #1864ab; font-family: monospace; }
.none { color: #2b8a3e; }
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .findings thead { display: table-header-group; }
}
`;
