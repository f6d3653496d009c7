/**
 * `remarkHuibao`: Huibao as a unified plugin, for pipelines that already run
 * remark (remark-cli, unified-engine). It lints the file's own text, so it
 * reports exactly what the CLI reports, as vfile messages with the rule id,
 * source `huibao`, the exact place and the rule's docs URL.
 *
 * Pure like the rest of the core: pass the config in the options
 * (`remark --use ./node_modules/@huibao/core/dist/unified/remark-huibao.js`);
 * nothing is read from disk.
 */
import type { Transformer } from 'unified';
import type { Diagnostic } from '../model/lint.js';
import { lint, type LintOptions } from '../lint/engine.js';

type VFile = Parameters<Transformer>[1];

export type RemarkHuibaoOptions = Omit<LintOptions, 'path' | 'text' | 'format'>;

export function remarkHuibao(options: RemarkHuibaoOptions = {}) {
  return (_tree: unknown, file: VFile): void => {
    const text = String(file.value ?? '');
    const { diagnostics } = lint(text, { ...options, format: 'markdown', ...(file.path ? { path: file.path } : {}) });
    for (const diagnostic of diagnostics) report(file, diagnostic);
  };
}

function report(file: VFile, diagnostic: Diagnostic): void {
  const { start, end } = diagnostic.range;
  const message = file.message(diagnostic.message, {
    place: {
      start: { line: start.line, column: start.column, offset: start.offset },
      end: { line: end.line, column: end.column, offset: end.offset },
    },
    ruleId: diagnostic.ruleId,
    source: 'huibao',
  });
  message.url = diagnostic.docsUrl;
  message.actual = diagnostic.text;
  const safe = diagnostic.fixes?.find((f) => f.safe);
  if (safe) message.expected = safe.edits.map((e) => e.newText);
  // vfile: true is an error, false a warning, undefined an info (as remark-lint maps severities).
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
}

export default remarkHuibao;
