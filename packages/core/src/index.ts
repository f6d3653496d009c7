export * from './model/outline.js';
export * from './model/lint.js';
export * from './model/config.js';
export { parseReport, type ParseOptions } from './parse/parse-report.js';
export { looksLikeReport, REPORT_SAMPLE_CHARS, type ReportSignals } from './parse/looks-like-report.js';
export { judgeRelation, DEFAULT_ABOUT_TOLERANCE } from './checks/verdicts.js';
export { ledgerOf, tallyLedger, figureChecksOf, type LedgerEntry, type LedgerVerdict } from './checks/ledger.js';
export { LEDGER_KIND_LABELS, LEDGER_REASON_LABELS, LEDGER_VERDICT_LABELS } from './checks/ledger-labels.js';
export { scaledValue, dimensionValue, inUnitOf, shiftPoint, unitLabel } from './parse/metric-bounds.js';
export { LineIndex } from './text/line-index.js';
export { decodeBytes, encodeText, type DecodedText } from './text/decode.js';
export {
  configureSegmenter,
  selectSegmenter,
  currentSegmenterBackend,
  isSegmenterBackend,
  SEGMENTER_BACKENDS,
  DEFAULT_SEGMENTER_BACKEND,
  warmUpSegmenter,
  isSegmenterLoaded,
  clearSegmenterMemo,
  jiebaSegmenter,
  type Segmenter,
  type SegmenterBackend,
  type TaggedWord,
} from './segment/segmenter.js';
export { lint, summarize, rebuildText, type LintOptions } from "./lint/engine.js";
export { validateConfig, resolveRuleSettings, ruleOptionSchemas, type ConfigProblem } from "./lint/config.js";
export { allRules, ruleIds, ruleName } from "./lint/rules/index.js";
export { defineRule, docsUrl, NO_OPTIONS, type Rule, type RuleMeta, type RuleContext, type RuleReport, type RuleFix, type Locale, type LocalizedText, type Span } from "./lint/rule.js";
export { formatMessage, localizeText } from "./lint/messages.js";
export { builtinConfusables } from "./lint/confusables.js";
export { readReport } from './node/read-report.js';
export { loadConfigFor, findConfigFile, readConfigFile, CONFIG_FILE_NAMES, type LoadedConfig, type LoadConfigOptions } from './node/config-files.js';
export { applyFixes, fixText, MAX_FIX_PASSES, type ApplyFixesOptions, type AppliedFixes, type FixTextResult } from './lint/apply-fixes.js';
export { remarkHuibao, type RemarkHuibaoOptions } from './unified/remark-huibao.js';
