/**
 * The `huibao` package as a library: what the command line does, as functions.
 */
export { lintFiles, type LintFilesOptions, type LintFilesResult } from './lint-files.js';
export type { FileOutcome, FixMode } from './lint-task.js';
export type { EnableSetting } from './args.js';
export { formatRun, type LintFormat } from './lint-command.js';
export { formatStylish, summaryLine } from './format/stylish.js';
export { formatJson } from './format/json.js';
export { formatSarif } from './format/sarif.js';
export { formatGithub } from './format/github.js';
export type { FormatContext } from './format/context.js';
export { placeholderRows, formatPlaceholders, type PlaceholderRow } from './placeholders.js';
export { metricRows, formatMetrics, type MetricRow } from './metrics.js';
export { readFillValues, fillReport, type FillValue, type FillResult } from './fill.js';
export { openReport, sectionPath, type OpenedReport } from './report.js';
export { main } from './cli.js';
