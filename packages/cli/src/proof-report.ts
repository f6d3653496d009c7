/**
 * `huibao report`: the 校对报告 an office hands to whoever signs the draft off —
 * one self-contained HTML page (styles inline, no script, no external file).
 * Its first page is the verdict: which version of the document was checked
 * (name, size, modification time, a short hash of its bytes), the counts by
 * category, whether anything blocks sign-off, the ledger's tally, and lines to
 * sign. Then the findings worst first (数据 and 结构 before 用词 and 标点), what
 * is still to fill grouped by section, the ledger of figure relations, and the
 * document's text with each finding highlighted and numbered in the margin.
 * Print styles lay it out on A4 with page numbers.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { LEDGER_REASON_LABELS, LEDGER_VERDICT_LABELS, allRules, ledgerOf, localizeText, ruleName, tallyLedger, type Category, type Diagnostic, type Locale, type ReportOutline, type Severity } from '@huibao/core';
import { describeDocxPlace } from './docx.js';
import type { Input } from './inputs.js';
import { t } from './messages.js';
import { KIND_ZH, markGap } from './placeholders.js';
import { sectionPath, sectionTrail } from './report.js';

/** The summary's order: what blocks sign-off first, what is still to fill last. */
export const CATEGORIES: readonly Category[] = ['数据', '结构', '用词', '标点', '待填'];
/** The findings' order: figures and structure before wording and punctuation (待填 has its own table). */
const CATEGORY_ORDER: Record<Category, number> = { 数据: 0, 结构: 1, 用词: 2, 标点: 3, 待填: 4 };
const CATEGORY_EN: Record<Category, string> = { 待填: 'To fill', 数据: 'Figures', 结构: 'Structure', 用词: 'Wording', 标点: 'Punctuation' };
const CATEGORY_CLASS: Record<Category, string> = { 待填: 'fill', 数据: 'data', 结构: 'structure', 用词: 'wording', 标点: 'punctuation' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ProofReportOptions {
  locale: Locale;
  version: string;
  /** When the page was made (shown in its header). */
  date: Date;
  /** The outline of the same text: the ledger and the placeholders' sections come from it. */
  outline: ReportOutline;
  /** The file's modification time, when known. */
  modified?: Date;
}

/** A rule's description in the page's language: the title of its short name's link. */
function ruleDescription(ruleId: string, locale: Locale): string {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  return rule ? localizeText(rule.meta.description, locale) : '';
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
  const number = new Map(findings.map((d, i) => [d, i + 1]));
  const dataWarnings = findings.filter((d) => d.category === '数据' && d.severity === 'warning').length;
  const blocked = bySeverity.error > 0 || dataWarnings > 0;
  const ledger = ledgerOf(options.outline, input.text);
  const tally = tallyLedger(ledger);
  const figures = t(locale, 'reportFigures', { ...tally }) + (tally.uncertain ? t(locale, 'reportFiguresUncertain', { n: tally.uncertain }) : '');
  const digest = createHash('sha256').update(input.bytes).digest('hex').slice(0, 12);
  const facts: Array<[string, string]> = [
    [t(locale, 'reportFile'), name],
    [t(locale, 'reportSize'), t(locale, 'reportSizeBytes', { n: input.bytes.length.toLocaleString('en-US') })],
    ...(options.modified ? [[t(locale, 'reportModified'), formatDate(options.modified)] as [string, string]] : []),
    [t(locale, 'reportDigest'), `SHA-256 ${digest}`],
  ];
  const document = `<dl class="document-facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
  const toFill = counts.get('待填') ?? 0;
  const statusText = (blocked ? t(locale, 'reportBlocked', { errors: bySeverity.error, dataWarnings }) : t(locale, 'reportClear')) + (toFill ? t(locale, 'reportStillToFill', { n: toFill }) : '');
  const status = `<p class="sign-off-status ${blocked ? 'blocked' : 'clear'}">${escapeHtml(statusText)}</p>`;
  const signOff = `<section class="sign-off" aria-label="${escapeHtml(t(locale, 'reportSignOff'))}">${(['reportProofreader', 'reportReviewer', 'reportSignDate'] as const)
    .map((id) => `<div class="sign"><span class="label">${escapeHtml(t(locale, id))}</span><span class="blank"></span></div>`)
    .join('')}</section>`;

  const summary = CATEGORIES.map(
    (c) => `<div class="count cat-${CATEGORY_CLASS[c]}" data-category="${c}"><span class="label">${escapeHtml(categoryName(c))}</span><span class="value">${counts.get(c)}</span></div>`,
  ).join('');
  const body = paragraphs.map((p) => paragraphHtml(input.text, p, findings)).join('\n');
  // Worst first: by category, then in text order; each keeps the number it has in the text.
  const listed = findings.filter((d) => d.category !== '待填').sort((a, b) => CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category] || number.get(a)! - number.get(b)!);
  const rows = listed
    .map((d) => {
      const n = number.get(d)!;
      const place = placeOf(d, input, locale);
      return `<tr id="f${n}" class="sev-${d.severity} cat-${CATEGORY_CLASS[d.category]}"><td class="n"><a href="#t${n}">${n}</a></td><td class="place">${escapeHtml(place)}</td><td class="cat">${escapeHtml(categoryName(d.category))}</td><td class="sev">${escapeHtml(t(locale, d.severity))}</td><td class="msg">${escapeHtml(d.message)}</td><td class="basis">${escapeHtml(d.basis)}<br><a class="rule" href="${escapeHtml(d.docsUrl)}" data-rule="${escapeHtml(d.ruleId)}" title="${escapeHtml(ruleDescription(d.ruleId, locale))}">${escapeHtml(ruleName(d.ruleId, locale))}</a></td></tr>`;
    })
    .join('\n');
  const placeholders = placeholderTable(findings.filter((d) => d.category === '待填'), number, input, options.outline, locale);
  const ledgerRows = ledger
    .map(
      (e) =>
        `<tr class="verdict-${e.verdict}" data-kind="${e.kind}"><td class="line">${escapeHtml(lineLabel(e.line, input, paragraphs, locale))}</td><td class="statement">${escapeHtml(e.statement)}</td><td class="arithmetic">${escapeHtml(e.arithmetic)}</td><td class="verdict">${escapeHtml(LEDGER_VERDICT_LABELS[e.verdict][locale])}</td><td class="reason">${escapeHtml(LEDGER_REASON_LABELS[e.reason][locale])}</td></tr>`,
    )
    .join('\n');
  const ledgerHeaders = (['reportLedgerLine', 'reportLedgerStatement', 'reportLedgerArithmetic', 'reportLedgerVerdict', 'reportLedgerReason'] as const).map((id) => `<th>${escapeHtml(t(locale, id))}</th>`).join('');
  const title = t(locale, 'reportTitle', { name });
  return `<!DOCTYPE html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="huibao ${escapeHtml(options.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLES}${pageFooter(locale)}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(t(locale, 'reportMeta', { date: formatDate(options.date), version: options.version, total: findings.length, errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info }))}</p>
<section class="verdict" aria-label="${escapeHtml(t(locale, 'reportVerdict'))}">
${document}
<section class="summary" aria-label="${escapeHtml(t(locale, 'reportSummary'))}">${summary}</section>
${status}
<p class="figures">${escapeHtml(figures)}</p>
${signOff}
</section>
</header>
<main>
<h2>${escapeHtml(t(locale, 'reportFindings'))}</h2>
${listed.length ? `<table class="findings"><thead><tr><th>#</th><th>${escapeHtml(t(locale, 'reportPlace'))}</th><th>${escapeHtml(t(locale, 'reportCategory'))}</th><th>${escapeHtml(t(locale, 'reportSeverity'))}</th><th>${escapeHtml(t(locale, 'reportMessage'))}</th><th>${escapeHtml(t(locale, 'reportBasis'))}</th></tr></thead>
<tbody>
${rows}
</tbody></table>` : `<p class="none">${escapeHtml(t(locale, findings.length ? 'reportNoneButFill' : 'reportNone'))}</p>`}
${placeholders}
<h2>${escapeHtml(t(locale, 'reportLedger'))}</h2>
${ledger.length ? `<table class="ledger"><thead><tr>${ledgerHeaders}</tr></thead>
<tbody>
${ledgerRows}
</tbody></table>` : `<p class="none">${escapeHtml(t(locale, 'reportLedgerNone'))}</p>`}
<h2>${escapeHtml(t(locale, 'reportText'))}</h2>
<section class="document">
${body}
</section>
</main>
</body>
</html>
`;
}

/**
 * What is still to fill, one table grouped by section: the clause with the gap
 * marked, the kind and the unit. Each row keeps its finding's number and anchor,
 * so the numbers in the text lead here.
 */
function placeholderTable(fills: readonly Diagnostic[], number: ReadonlyMap<Diagnostic, number>, input: Input, outline: ReportOutline, locale: Locale): string {
  if (!fills.length) return '';
  const byStart = new Map(outline.placeholders.map((p) => [p.range.start.offset, p]));
  const groups = new Map<string, Array<{ open: string; cells: string }>>();
  for (const d of fills) {
    const p = byStart.get(d.range.start.offset);
    const sectionId = p ? p.section : null;
    const trail = sectionTrail(outline, sectionId);
    const last = trail[trail.length - 1];
    const section = last ? `${sectionPath(outline, sectionId)} ${last.title}`.trim() : t(locale, 'reportNoSection');
    const n = number.get(d)!;
    const kind = p ? (locale === 'en' ? p.kind : KIND_ZH[p.kind]) : '';
    const row = `<td class="n"><a href="#t${n}">${n}</a></td><td class="clause">${escapeHtml(p ? markGap(p) : d.message)}</td><td class="kind">${escapeHtml(kind)}</td><td class="unit">${escapeHtml(p?.unit ?? '')}</td><td class="place">${escapeHtml(placeOf(d, input, locale))}</td>`;
    const rows = groups.get(section) ?? [];
    rows.push({ open: `<tr id="f${n}" class="sev-${d.severity} cat-fill" data-rule="${escapeHtml(d.ruleId)}">`, cells: row });
    groups.set(section, rows);
  }
  const body = [...groups]
    .map(([section, rows]) =>
      rows.map((row, i) => `${row.open}${i === 0 ? `<th class="section" scope="rowgroup" rowspan="${rows.length}">${escapeHtml(section)}</th>` : ''}${row.cells}</tr>`).join('\n'),
    )
    .join('\n');
  const headers = [t(locale, 'reportSection'), '#', t(locale, 'reportClause'), t(locale, 'reportKind'), t(locale, 'reportUnit'), t(locale, 'reportPlace')].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return `<h2>${escapeHtml(t(locale, 'reportPlaceholders'))}</h2>
<table class="findings placeholders"><thead><tr>${headers}</tr></thead>
<tbody>
${body}
</tbody></table>`;
}

/** A ledger entry's place: its line in a text file, its paragraph in a Word file. */
function lineLabel(line: number, input: Input, paragraphs: readonly Paragraph[], locale: Locale): string {
  if (!input.docx) return String(line);
  let offset = 0;
  for (let l = 1; l < line; l++) offset = input.text.indexOf('\n', offset) + 1;
  const paragraph = paragraphs.find((p) => offset >= p.start && offset <= p.end);
  return paragraph?.label ?? t(locale, 'reportLine', { n: line });
}

/** Page numbers at the foot of each printed page. */
function pageFooter(locale: Locale): string {
  const content = locale === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"第 " counter(page) " 页 共 " counter(pages) " 页"';
  return `@page { @bottom-center { content: ${content}; font-size: 9pt; color: #555; } }\n`;
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
.document-facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
.document-facts dt { color: #555; } .document-facts dd { margin: 0; }
.sign-off-status { font-weight: bold; font-size: 1.05rem; padding: .4rem .8rem; border-radius: .4rem; margin: 1rem 0 .5rem; }
.sign-off-status.blocked { background: #ffe3e3; color: #a61e1e; } .sign-off-status.clear { background: #ebfbee; color: #2b8a3e; }
.figures { margin: .5rem 0; }
.sign-off { display: flex; gap: 2rem; flex-wrap: wrap; margin: 2.5rem 0 1rem; }
.sign { display: flex; align-items: flex-end; gap: .5rem; }
.sign .blank { display: inline-block; width: 9rem; border-bottom: 1px solid #222; height: 1.6rem; }
table.ledger { border-collapse: collapse; width: 100%; font-size: .85rem; }
.ledger th, .ledger td { border: 1px solid #ccc; padding: .25rem .4rem; vertical-align: top; text-align: left; }
.ledger tr { break-inside: avoid; } .ledger td.line, .ledger td.verdict { white-space: nowrap; }
.ledger .verdict-mismatch td.verdict { color: #c92a2a; font-weight: bold; }
.placeholders th.section { background: #fafafa; font-weight: normal; }
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
@media print {
  .verdict { break-after: page; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .findings thead, .ledger thead { display: table-header-group; }
}
`;
