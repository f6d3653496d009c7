/**
 * What a rule is: typed meta (id, short name, severity, messages in zh-CN and en, docs,
 * basis, fixable) and a `check` that reads the outline and reports.
 * One rule per file under rules/, named by its id.
 */
import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { Category, Severity } from '../model/lint.js';
import type { Range, ReportOutline } from '../model/outline.js';
import type { ConfusableEntry } from '../model/config.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { LineIndex } from '../text/line-index.js';

export type Locale = 'zh-CN' | 'en';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface RuleMeta<M extends string, S extends TObject = TObject> {
  /** kebab-case, equal to the file name. */
  id: string;
  /**
   * The rule's short name as editors and reports show it, in place of the id:
   * 2–6 characters a writer reads at a glance (合计不符, 待填, 易混词), and a
   * few English words.
   */
  name: LocalizedText;
  category: Category;
  /** Severity when the config says nothing. */
  severity: Severity;
  /** Severity in final mode (`mode: "final"`, `--final`), where it differs. */
  finalSeverity?: Severity;
  description: LocalizedText;
  /** The norm or usage authority, e.g. GB/T 15834-2011 §4.5.3.5. */
  basis: string;
  /** true when the rule may emit safe fixes (applied by --fix). */
  fixable: boolean;
  /** true when the rule may emit suggestions (a person picks). */
  hasSuggestions: boolean;
  /** Messages keyed by messageId; `{{name}}` is filled from the report's data. */
  messages: Record<M, LocalizedText>;
  /** Included in the `recommended` preset (every rule is in `strict`). */
  recommended: boolean;
  /**
   * The rule's options, as ESLint's `meta.schema`: an object schema with
   * `additionalProperties: false`, each option with its description, default
   * and bounds. The config is checked against it (`validateConfig`) and it is
   * written into schemas/config.schema.json. `NO_OPTIONS` when there are none.
   */
  schema: S;
}

/** The schema of a rule that takes no options: `{}` only. */
export const NO_OPTIONS = Type.Object({}, { additionalProperties: false, description: 'This rule has no options.' });

/** A location given either as a Range or as offsets into the source. */
export type Span = Range | { start: number; end: number };

export type MessageData = Record<string, string | number>;

export interface RuleFix<M extends string> {
  messageId: M;
  data?: MessageData;
  edits: Array<{ span: Span; newText: string }>;
  /** Safe fixes are applied by --fix; others are suggestions. */
  safe: boolean;
}

export interface RuleReport<M extends string> {
  messageId: M;
  data?: MessageData;
  span: Span;
  related?: Array<{ span: Span; messageId: M; data?: MessageData }>;
  fixes?: Array<RuleFix<M>>;
  /** Machine-readable details (the arithmetic, the kind…). */
  details?: Record<string, unknown>;
  /** A milder severity for this report than the rule's (e.g. info for a fill-in offer); never raises it. */
  severity?: Severity;
}

export interface RuleSettings {
  mode: 'draft' | 'final';
  locale: Locale;
  confusables: readonly ConfusableEntry[];
}

export interface RuleContext<M extends string, O = Record<string, unknown>> {
  readonly outline: ReportOutline;
  /** The source text the outline was parsed from. */
  readonly text: string;
  readonly lines: LineIndex;
  /** The options as configured, valid against the rule's `meta.schema` (a key not set is absent: the rule applies the default). */
  readonly options: Readonly<O>;
  readonly settings: RuleSettings;
  readonly segmenter: Segmenter;
  /** True when the span touches code, HTML or a link target. */
  isSkipped(start: number, end: number): boolean;
  report(report: RuleReport<M>): void;
}

export interface Rule<M extends string = string, S extends TObject = TObject> {
  meta: RuleMeta<M, S>;
  check(context: RuleContext<M, Static<S>>): void;
}

/** Identity with inference: keeps messageIds and options typed in each rule file. */
export function defineRule<M extends string, S extends TObject = TObject>(rule: Rule<M, S>): Rule<M, S> {
  return rule;
}

export const DOCS_BASE = 'https://github.com/huibao-dev/huibao/blob/main/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;
