/**
 * The `huibao` command line: commands and options (commander), and the one
 * place where errors become exit codes. A usage or config error is one line on
 * stderr and exit code 2, never a stack trace.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { lint, type Locale, type ReportOutline, type SegmenterBackend } from '@huibao/core';
import { ENABLE_SETTINGS, LOCALES, SEGMENTERS, parseConcurrency, parseMaxWarnings, parseRuleOption } from './args.js';
import { EXIT, UsageError } from './errors.js';
import { causedMessage, fillReport, readFillValues, rejectionMessage } from './fill.js';
import { errorCode } from './inputs.js';
import { runLintCommand, writtenLine, type LintCommandOptions } from './lint-command.js';
import { t } from './messages.js';
import { locateDocxFindings } from './lint-task.js';
import { formatMetrics, metricRows } from './metrics.js';
import { formatLedger } from './ledger.js';
import { formatOutline } from './outline-format.js';
import { formatPlaceholders, placeholderRows } from './placeholders.js';
import { openReport } from './report.js';

export const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

const localeOption = () => new Option('--locale <locale>', '消息语言 / message language').choices(LOCALES).default('zh-CN');
const configOption = () => new Option('-c, --config <file>', '配置文件（不再向上查找）/ config file');
/** Over config `segmenter` and HUIBAO_SEGMENTER; the default is nodejieba. */
const segmenterOption = () => new Option('--segmenter <name>', '分词器 / word segmenter').choices(SEGMENTERS);
const tableFormat = () => new Option('-f, --format <format>', '输出格式 / output format').choices(['table', 'csv', 'json']).default('table');

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('huibao')
    .description('汇报：中文工作汇报检查工具 / lint Chinese work reports')
    .version(version, '-v, --version')
    .exitOverride()
    .showHelpAfterError(false);

  program
    .command('lint')
    .description('检查文件、目录、通配符或标准输入（-）/ lint files, folders, globs or stdin (-)')
    .argument('[paths...]', '文件、目录或通配符 / files, folders or globs')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .addOption(configOption())
    .option('--rule <id:severity>', '设置规则级别，可重复 / set a rule severity (repeatable)', (v: string, prev?: Record<string, 'off' | 'error' | 'warning' | 'info'>) => parseRuleOption(v, prev))
    .option('--final', '定稿模式：未填的占位符算错误 / final mode: unfilled placeholders are errors')
    .option('--fix', '自动修复并写回文件 / apply safe fixes in place')
    .option('--fix-dry-run', '只计算修复，不写文件 / compute fixes without writing')
    .option('--max-warnings <n>', '警告超过 n 个时以 1 退出 / exit 1 above n warnings', parseMaxWarnings)
    .option('--quiet', '只报告错误 / report errors only')
    .addOption(localeOption())
    .addOption(segmenterOption())
    .option('--no-color', '不使用颜色 / no colours')
    .option('--ignore-pattern <glob>', '忽略匹配的文件，可重复 / ignore matching files (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--stdin-filename <path>', '标准输入的文件名（用于查找配置和判断格式）/ name for stdin')
    .option('--concurrency <n>', '同时检查的线程数（默认按文件数和大小自动选择）/ lint threads (default: chosen from the files)', parseConcurrency)
    .addOption(
      new Option('--enable <when>', '目录和通配符找到的文件：auto 只查像中文汇报的，always 全查，never 不查；点名的文件总会检查 / files found by folders and globs: auto (those that look like reports), always, never')
        .choices(ENABLE_SETTINGS)
        .default('auto'),
    )
    .option('--in-place', '.docx：--fix 直接写回原文件（先备份为 报告.backup.docx；默认写 报告.fixed.docx）/ .docx: --fix overwrites the original after a backup')
    .option('--track-changes', '.docx：--fix 以修订（作者“汇报”）写入 / .docx: fixes as tracked changes by 汇报')
    .action(async (paths: string[], options: LintCommandOptions) => {
      exitCode = await runLintCommand(paths, options, version);
    });

  program
    .command('outline')
    .description('显示提纲 / show the outline')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['tree', 'json', 'markdown']).default('tree'))
    .addOption(configOption())
    .addOption(localeOption())
    .addOption(segmenterOption())
    .action(async (file: string, options: { format: 'tree' | 'json' | 'markdown'; config?: string; locale: Locale; segmenter?: SegmenterBackend }) => {
      const { outline } = await openReport(file, openOptions(options));
      print(formatOutline(outline, options.format, options.locale, file));
    });

  program
    .command('placeholders')
    .description('列出待填的占位符，便于分发给各部门 / list what is still to fill')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .option('-o, --output <file>', '写入文件（xlsx 必须指定）/ write to this file (required for xlsx)')
    .addOption(configOption())
    .addOption(localeOption())
    .addOption(segmenterOption())
    .action(async (file: string, options: { format: ListFormat | 'xlsx'; output?: string; config?: string; locale: Locale; segmenter?: SegmenterBackend }) => {
      const { outline, config } = await openReport(file, openOptions(options));
      const rows = placeholderRows(outline, config);
      if (options.format === 'xlsx') {
        if (!options.output) throw new UsageError(t(options.locale, 'xlsxNeedsOutput'));
        const { placeholdersWorkbook } = await import('./xlsx.js');
        await writeNewFile(options.output, await placeholdersWorkbook(rows, options.locale), options.locale);
        process.stderr.write(`huibao: ${t(options.locale, 'xlsxWritten', { path: options.output, count: rows.length })}\n`);
        return;
      }
      const text = formatPlaceholders(rows, options.format, options.locale);
      if (options.output) await writeNewFile(options.output, new TextEncoder().encode(text.endsWith('\n') ? text : `${text}\n`), options.locale);
      else print(text);
    });

  program
    .command('fill')
    .description('把收回的数值填入占位符（按序号）/ write values into the placeholders, by number')
    .argument('<file>')
    .requiredOption('--values <file>', 'xlsx、CSV 或 JSON（placeholders 的输出填上“填写值”）/ xlsx, CSV or JSON values')
    .option('-o, --output <file>', '.docx：填好的副本写到这里（默认 报告.filled.docx）/ .docx: write the filled copy here')
    .option('--in-place', '.docx：直接写回原文件（先备份为 报告.backup.docx）/ .docx: overwrite the original after a backup')
    .option('--track-changes', '.docx：以修订（作者“汇报”）写入 / .docx: as tracked changes by 汇报')
    .option('--check-only', '只检查填写后会出现的问题，不写入 / check what the values would cause; write nothing')
    .addOption(configOption())
    .addOption(localeOption())
    .addOption(segmenterOption())
    .action(async (file: string, options: { values: string; output?: string; inPlace?: boolean; trackChanges?: boolean; checkOnly?: boolean; config?: string; locale: Locale; segmenter?: SegmenterBackend }) => {
      const { locale } = options;
      const checkOnly = options.checkOnly === true;
      const report = await openReport(file, openOptions(options));
      const values = await readFillValues(options.values, locale);
      const result = await fillReport(report, values, options.values, {
        locale,
        checkOnly,
        ...(options.output ? { output: options.output } : {}),
        ...(options.inPlace ? { inPlace: true } : {}),
        ...(options.trackChanges ? { trackChanges: true } : {}),
      });
      for (const r of result.rejected) process.stderr.write(`huibao: ${rejectionMessage(r, options.values, locale)}\n`);
      if (result.filled.length === 0) process.stderr.write(`huibao: ${t(locale, 'fillNothing', { path: file })}\n`);
      else process.stderr.write(`huibao: ${t(locale, checkOnly ? 'wouldFill' : 'filled', { path: file, count: result.filled.length, left: result.left.length })}\n`);
      if (result.writtenTo) process.stderr.write(`huibao: ${writtenLine(result.writtenTo, result.backup, locale)}\n`);
      if (result.left.length) process.stderr.write(`huibao: ${t(locale, 'fillLeft', { numbers: result.left.join(', ') })}\n`);
      for (const c of result.caused) process.stderr.write(`huibao: ${causedMessage(c, file, options.values, locale, checkOnly)}\n`);
      if (result.rejected.length || result.caused.some((c) => c.diagnostic.severity === 'error')) exitCode = EXIT.problems;
    });

  program
    .command('report')
    .description('生成校对报告（HTML，可打印为 A4）/ write a proofreading report (HTML, prints on A4)')
    .argument('<file>')
    .option('-o, --output <file>', '写入文件（默认输出到标准输出）/ write to this file (default: stdout)')
    .option('--final', '定稿模式：未填的占位符算错误 / final mode: unfilled placeholders are errors')
    .addOption(configOption())
    .addOption(localeOption())
    .addOption(segmenterOption())
    .action(async (file: string, options: { output?: string; final?: boolean; config?: string; locale: Locale; segmenter?: SegmenterBackend }) => {
      const { locale } = options;
      const { input, config, outline } = await openReport(file, openOptions(options));
      const found = { path: file, notes: [] as string[], diagnostics: lint(input.text, { path: file, format: input.format, config, locale, ...(options.final ? { mode: 'final' as const } : {}) }).diagnostics };
      locateDocxFindings(input, found, locale);
      for (const note of found.notes) process.stderr.write(`huibao: ${note}\n`);
      const { proofReportHtml } = await import('./proof-report.js');
      const modified = await stat(file).then((s) => s.mtime, () => undefined);
      const html = proofReportHtml(input, found.diagnostics, { locale, version, date: new Date(), outline, ...(modified ? { modified } : {}) });
      if (!options.output) return print(html);
      await writeNewFile(options.output, new TextEncoder().encode(html), locale);
      process.stderr.write(`huibao: ${t(locale, 'reportWritten', { path: options.output, total: found.diagnostics.length })}\n`);
    });

  addListCommand(program, 'metrics', '列出所有数字及其对象、单位和角色 / list every figure', (outline, format, locale) =>
    formatMetrics(metricRows(outline), format, locale),
  );
  addListCommand(program, 'ledger', '列出每处数据关系的算式与核对结论 / list every figure relation with its arithmetic and verdict', (outline, format, locale, text) =>
    formatLedger(outline, text, format, locale),
  );

  try {
    await program.parseAsync([...argv], { from: 'node' });
    return exitCode;
  } catch (error) {
    return exitCodeFor(error);
  }
}

type ListFormat = 'table' | 'csv' | 'json';

/** placeholders, metrics and ledger: one report in, a table, CSV or JSON list out. */
function addListCommand(
  program: Command,
  name: string,
  description: string,
  render: (outline: ReportOutline, format: ListFormat, locale: Locale, text: string) => string,
): void {
  program
    .command(name)
    .description(description)
    .argument('<file>')
    .addOption(tableFormat())
    .addOption(configOption())
    .addOption(localeOption())
    .addOption(segmenterOption())
    .action(async (file: string, options: { format: ListFormat; config?: string; locale: Locale; segmenter?: SegmenterBackend }) => {
      const { outline, input } = await openReport(file, openOptions(options));
      print(render(outline, options.format, options.locale, input.text));
    });
}

function openOptions(options: { config?: string; locale: Locale; segmenter?: SegmenterBackend }) {
  return { locale: options.locale, ...(options.config ? { configPath: options.config } : {}) };
}


/** Writes a new output file atomically; an existing file is never overwritten. */
async function writeNewFile(path: string, bytes: Uint8Array, locale: Locale): Promise<void> {
  if (existsSync(path)) throw new UsageError(t(locale, 'docxOutputExists', { path }));
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new UsageError(t(locale, 'cannotWrite', { path, reason: errorCode(error) }));
  }
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has printed its one line (or the help) already.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    for (const line of error.message.split('\n')) process.stderr.write(`huibao: ${line}\n`);
    return EXIT.usage;
  }
  // A bug of ours: still one line, with the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`huibao: 内部错误 (internal error): ${message}\n`);
  if (process.env.HUIBAO_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  return EXIT.usage;
}
