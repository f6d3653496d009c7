/**
 * The rule engine: outline + settings in, diagnostics out. No I/O.
 */
import type { Diagnostic, FigureChecks, Fix, LintResult, Severity, Summary } from '../model/lint.js';
import { figureChecksOf } from '../checks/ledger.js';
import type { Range, ReportOutline } from '../model/outline.js';
import type { HuibaoConfig } from '../model/config.js';
import { isSkipped } from '../parse/context.js';
import { parseReport, type ParseOptions } from '../parse/parse-report.js';
import { jiebaSegmenter, type Segmenter } from '../segment/segmenter.js';
import { LineIndex } from '../text/line-index.js';
import { resolveRuleSettings, type ResolvedRules } from './config.js';
import { suppressedBy } from './directives.js';
import { formatMessage } from './messages.js';
import { docsUrl, type Locale, type Rule, type RuleContext, type RuleReport, type Span } from './rule.js';
import { allRules } from './rules/index.js';
import { builtinConfusables } from './confusables.js';

export interface LintOptions extends Omit<ParseOptions, 'segmenter'> {
  /** A validated config (see `validateConfig`); its rules, mode and locale apply. */
  config?: HuibaoConfig;
  /** Overrides config.mode. */
  mode?: 'draft' | 'final';
  /** Overrides config.locale; zh-CN by default. */
  locale?: Locale;
  /** Rule severities that override the config (the CLI's --rule). */
  ruleOverrides?: Record<string, 'off' | Severity>;
  /** The source text, when `input` is an already parsed outline. */
  text?: string;
  segmenter?: Segmenter;
  /** Rules to run instead of the built-in ones (tests, plugins). */
  rules?: readonly Rule[];
}

export function lint(input: string | Uint8Array | ReportOutline, options: LintOptions = {}): LintResult {
  const segmenter = options.segmenter ?? jiebaSegmenter;
  const config = options.config ?? {};
  const outline =
    typeof input === 'string' || input instanceof Uint8Array
      ? parseReport(input, {
          ...options,
          placeholderMarks: options.placeholderMarks ?? config.placeholders?.marks,
          units: options.units ?? config.units,
          segmenter,
        })
      : input;
  const text = typeof input === 'string' ? stripBom(input) : options.text ?? rebuildText(outline);
  const lines = new LineIndex(text);
  const mode = options.mode ?? config.mode ?? 'draft';
  const locale = options.locale ?? config.locale ?? 'zh-CN';
  const rules = options.rules ?? allRules;
  const severities = resolveRuleSettings(rules, config, mode, options.ruleOverrides);
  const skipped = { skipped: outline.skipped.map((r) => ({ start: r.start.offset, end: r.end.offset })) };
  const settings = { mode, locale, confusables: [...builtinConfusables, ...(config.confusables ?? [])] };

  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = severities.get(rule.meta.id);
    if (!setting) continue;
    const shared = perRule(rule, locale);
    const context: RuleContext<string> = {
      outline,
      text,
      lines,
      options: setting.options,
      settings,
      segmenter,
      isSkipped: (start, end) => isSkipped(skipped, start, end),
      report: (report) => diagnostics.push(toDiagnostic(rule, shared, setting.severity, report, text, lines)),
    };
    rule.check(context);
  }
  const suppressed = suppressedBy(outline);
  const kept = diagnostics.filter((d) => !suppressed(d));
  const rank = ruleIdRanks(kept);
  kept.sort(
    (a, b) =>
      a.range.start.offset - b.range.start.offset ||
      a.range.end.offset - b.range.end.offset ||
      (a.ruleId === b.ruleId ? 0 : rank.get(a.ruleId)! - rank.get(b.ruleId)!),
  );
  return { diagnostics: kept, summary: summarize(kept, figureChecksOf(outline)), encoding: outline.source.encoding };
}

/**
 * Ties sort by ruleId in localeCompare order; ranking the few ids once is much
 * cheaper than localeCompare per comparison. Ids localeCompare calls equal share a rank.
 */
function ruleIdRanks(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const distinct = new Set<string>();
  for (const d of diagnostics) distinct.add(d.ruleId);
  const ids = [...distinct].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  ids.forEach((id, i) => rank.set(id, i > 0 && ids[i - 1]!.localeCompare(id) === 0 ? rank.get(ids[i - 1]!)! : i));
  return rank;
}

/** Counts by severity, and the figure checks when given (one report's, or the sum of a run's). */
export function summarize(diagnostics: readonly Diagnostic[], figures?: FigureChecks): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, fixable: 0, ...(figures ? { figures } : {}) };
  for (const d of diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else summary.infos++;
    if (d.fixes?.some((f) => f.safe)) summary.fixable++;
  }
  return summary;
}

function toRange(span: Span, lines: LineIndex): Range {
  return typeof span.start === 'number' ? lines.range(span.start, span.end as number) : (span as Range);
}

/** What every diagnostic of one rule shares, made once per rule rather than per diagnostic. */
interface PerRule {
  message: (id: string, data: RuleReport<string>['data']) => string;
  docsUrl: string;
}

function perRule(rule: Rule, locale: Locale): PerRule {
  const { meta } = rule;
  return {
    message: (id, data) => {
      const template = meta.messages[id];
      if (!template) throw new Error(`rule ${meta.id} reported unknown messageId "${id}"`);
      return formatMessage(template, locale, data);
    },
    docsUrl: docsUrl(meta.id),
  };
}

function toDiagnostic(
  rule: Rule,
  { message, docsUrl }: PerRule,
  severity: Severity,
  report: RuleReport<string>,
  text: string,
  lines: LineIndex,
): Diagnostic {
  const { meta } = rule;
  const range = toRange(report.span, lines);
  const diagnostic: Diagnostic = {
    ruleId: meta.id,
    messageId: report.messageId,
    severity: report.severity && SEVERITY_RANK[report.severity] < SEVERITY_RANK[severity] ? report.severity : severity,
    category: meta.category,
    message: message(report.messageId, report.data),
    range,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    text: text.slice(range.start.offset, range.end.offset),
    docsUrl,
    basis: meta.basis,
  };
  if (report.related?.length) {
    diagnostic.related = report.related.map((r) => ({ range: toRange(r.span, lines), message: message(r.messageId, r.data) }));
  }
  if (report.fixes?.length) {
    diagnostic.fixes = report.fixes.map((fix): Fix => {
      if (fix.safe && !meta.fixable) throw new Error(`rule ${meta.id} emitted a safe fix but is not declared fixable`);
      if (!fix.safe && !meta.hasSuggestions) throw new Error(`rule ${meta.id} emitted a suggestion but does not declare hasSuggestions`);
      return {
        title: message(fix.messageId, fix.data),
        safe: fix.safe,
        edits: fix.edits.map((e) => ({ range: toRange(e.span, lines), newText: e.newText })),
      };
    });
  }
  if (report.details) diagnostic.data = report.details;
  return diagnostic;
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * When only an outline is given, rebuild a text with the same offsets and line
 * numbers: paragraphs in place, line breaks where lines begin, spaces elsewhere.
 */
export function rebuildText(outline: ReportOutline): string {
  let out = '';
  let line = 1;
  for (const paragraph of outline.paragraphs) {
    const { start } = paragraph.range;
    const gap = start.offset - out.length;
    const breaks = start.line - line;
    const indent = start.column - 1;
    const pad = Math.max(gap - breaks - indent, 0);
    out += ' '.repeat(pad) + '\n'.repeat(breaks) + ' '.repeat(Math.max(gap - pad - breaks, 0));
    out += paragraph.text;
    line = paragraph.range.end.line;
  }
  return out + ' '.repeat(Math.max(outline.source.length - out.length, 0));
}

export type { ResolvedRules };
