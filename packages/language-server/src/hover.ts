/**
 * Hover: what the text under the cursor means to Huibao.
 * - a figure: first what was checked of it — the arithmetic of its total/part
 *   relation (总数 64处 = 6 + 9 + 11 = 26 ≠ 64), worded by the relation's verdict,
 *   and every share, identity or change it takes part in, as the ledger words
 *   them — then its role and what it counts;
 * - a numeric slogan: what it counts and where (the section it names);
 * - a diagnostic: the rule's short name, explanation, basis and docs page.
 */
import { LEDGER_REASON_LABELS, LEDGER_VERDICT_LABELS, allRules, inUnitOf, ledgerOf, ruleName, type LedgerEntry, type Locale, type Metric, type ReportOutline, type Section, type Slogan } from '@huibao/core';
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { Analysis } from './analysis.js';
import { containsOffset, toLspRange } from './convert.js';
import { t, type StringId } from './i18n.js';

const roleLabel: Record<Metric['role'], StringId> = {
  total: 'roleTotal',
  part: 'rolePart',
  change: 'roleChange',
  share: 'roleShare',
  rate: 'roleRate',
  plain: 'rolePlain',
};

/** Rounds a sum to the decimals written in its terms, so 0.1 + 0.2 prints 0.3. */
function formatNumber(value: number, decimals: number): string {
  return Number(value.toFixed(Math.min(decimals, 10))).toString();
}

function relationArithmetic(outline: ReportOutline, metric: Metric, locale: Locale): string | null {
  const byId = new Map(outline.metrics.map((m) => [m.id, m]));
  const relation = outline.relations.find(
    (r) => r.totals.includes(metric.id) || r.parts.some((part) => part.metrics.includes(metric.id)),
  );
  if (!relation) return null;
  // The verdict the checks gave this dimension (checks/verdicts.ts): the hover says what the finding says.
  const verdict = relation.verdicts.find((v) => byId.get(v.total)?.dimension === metric.dimension);
  const total = verdict ? byId.get(verdict.total) : undefined;
  const parts = (verdict?.parts ?? []).map((id) => byId.get(id)!);
  if (!verdict || !total || parts.length === 0) return null;
  const terms = parts.map((p) => p.valueText).join(' + ');
  let line = `${t(locale, 'roleTotal')} ${total.text} = ${terms}`;
  const unfilled = parts.filter((p) => p.value === null).length + (total.value === null ? 1 : 0);
  if (unfilled > 0) return `${line}\n\n${t(locale, 'unfilledParts', { n: unfilled })}`;
  // Compare in the total's own scale: 万平方米 parts against a 万平方米 total.
  // Each part in the total's unit on its digits (inUnitOf), so 4.1亿 is not 409999999.99999994.
  const sum = parts.reduce((acc, p) => acc + (inUnitOf(p, total) ?? 0), 0);
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const sumText = formatNumber(sum, decimals);
  const exact = Math.abs(sum - (total.value ?? 0)) < 10 ** -(decimals + 1);
  line += ` = ${sumText}`;
  switch (verdict.verdict) {
    case 'holds':
      return exact ? `${line} ✓ ${t(locale, 'partsMatch')}` : `${line} ≈ ${total.valueText} ✓ ${t(locale, 'partsMatchRounded')}`;
    case 'mismatch':
      return `${line} ≠ ${total.valueText}\n\n${t(locale, 'partsSum')}：${t(locale, verdict.reason === 'part-exceeds' ? 'partExceeds' : 'partsMismatch')}`;
    case 'not-assessable':
      return `${exact ? `${line} ✓` : line}\n\n${t(locale, notAssessable[verdict.reason] ?? 'partsBelow')}`;
    default:
      return `${line}\n\n${t(locale, 'unfilledParts', { n: unfilled })}`;
  }
}

/** Why a relation is not judged, in the words of its verdict's reason. */
const notAssessable: Partial<Record<string, StringId>> = {
  'partial-list': 'partsBelow',
  overlapping: 'partsOverlap',
  'second-classification': 'partsSecondSplit',
  'ambiguous-total': 'partsAmbiguousTotal',
};

/** The ledger's verdict in its own words; an open one says why (存疑（含待填数字）). */
function verdictLabel(entry: LedgerEntry, locale: Locale): string {
  const verdict = LEDGER_VERDICT_LABELS[entry.verdict][locale];
  if (entry.verdict === 'holds' || entry.verdict === 'mismatch') return verdict;
  const reason = LEDGER_REASON_LABELS[entry.reason][locale];
  return locale === 'en' ? `${verdict} (${reason})` : `${verdict}（${reason}）`;
}

/**
 * The checks a figure takes part in besides its total/part relation (which the hover words itself):
 * shares, identities and changes, each as the ledger words it, with its verdict.
 */
function otherChecks(outline: ReportOutline, text: string, metric: Metric, locale: Locale): string[] {
  return ledgerOf(outline, text)
    .filter((entry) => entry.kind !== 'sum' && entry.kind !== 'parts' && entry.figures.includes(metric.id))
    .map((entry) => `**${t(locale, 'ledgerTitle')}** ${entry.arithmetic} · ${verdictLabel(entry, locale)}`);
}

export function metricHover(outline: ReportOutline, text: string, metric: Metric, locale: Locale): string {
  const role = t(locale, roleLabel[metric.role]);
  const header = `**${t(locale, 'figure')}** \`${metric.text}\` · ${role}${metric.roleWord ? `（${metric.roleWord}）` : ''}`;
  // What was checked comes first: the writer hovers a figure to see whether it holds.
  const checks = [relationArithmetic(outline, metric, locale), ...otherChecks(outline, text, metric, locale)].filter((line): line is string => line !== null);
  const lines = [...checks, header];
  if (metric.placeholder) {
    // The unit as written (亿元), the one the value must be given in.
    const unit = outline.placeholders.find((p) => p.metric === metric.id)?.unit;
    lines.push(unit ? t(locale, 'placeholderUnit', { unit }) : t(locale, 'placeholder'));
  }
  if (metric.subject) lines.push(`${t(locale, 'subject')}：${metric.subject}`);
  return lines.join('\n\n');
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The section a slogan names: its title holds the slogan (三大攻坚) or its number and noun (五项…工作). */
function sectionFor(outline: ReportOutline, slogan: Slogan): Section | undefined {
  const numberPart = slogan.noun ? slogan.text.slice(0, slogan.text.indexOf(slogan.noun)) : null;
  return flatten(outline.sections).find(
    (s) =>
      s.children.length > 0 &&
      (s.title.includes(slogan.text) || (numberPart && slogan.noun && s.title.includes(numberPart) && s.title.includes(slogan.noun))),
  );
}

function sloganHover(outline: ReportOutline, slogan: Slogan, locale: Locale): string {
  const lines = [`**${t(locale, 'slogan')}** “${slogan.text}”`];
  const arithmetic = slogan.items.length > 1 ? `${slogan.items.join(' + ')} = ` : '';
  lines.push(`${arithmetic}${t(locale, 'sloganCounts', { count: slogan.count ?? 0, noun: slogan.noun ?? '' })}`);
  const section = sectionFor(outline, slogan);
  if (section) {
    const mark = section.children.length === slogan.count ? ' ✓' : ' ≠';
    lines.push(t(locale, 'sloganSection', { section: `${section.marker}${section.title}`, n: section.children.length }) + mark);
  }
  lines.push(t(locale, 'sloganWhere', { line: slogan.range.start.line }));
  return lines.join('\n\n');
}

function diagnosticHover(ruleId: string, message: string, basis: string, docsUrl: string, locale: Locale): string {
  const meta = allRules.find((rule) => rule.meta.id === ruleId)?.meta;
  const description = meta ? (locale === 'en' ? meta.description.en : meta.description.zh) : '';
  // The rule by its short name (易混词), as the diagnostic's code and the code actions name it.
  const parts = [`**${ruleName(ruleId, locale)}**${meta ? ` · ${meta.category}` : ''}：${message}`];
  if (description) parts.push(description);
  parts.push(`${t(locale, 'basis')}：${basis} · [${t(locale, 'docs')}](${docsUrl})`);
  return parts.join('\n\n');
}

export function hoverAt(analysis: Analysis, offset: number, locale: Locale): Hover | null {
  const { outline, result } = analysis;
  const sections: string[] = [];
  let range = null;
  const metric = outline.metrics.find((m) => containsOffset(m.range, offset));
  if (metric) {
    sections.push(metricHover(outline, analysis.text, metric, locale));
    range = metric.range;
  }
  const slogan = outline.slogans.find((s) => s.count !== null && containsOffset(s.range, offset));
  if (slogan) {
    sections.push(sloganHover(outline, slogan, locale));
    range ??= slogan.range;
  }
  for (const d of result.diagnostics) {
    if (!containsOffset(d.range, offset)) continue;
    sections.push(diagnosticHover(d.ruleId, d.message, d.basis, d.docsUrl, locale));
    range ??= d.range;
  }
  if (sections.length === 0 || !range) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toLspRange(range) };
}
