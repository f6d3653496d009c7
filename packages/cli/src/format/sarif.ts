/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
 * Columns are UTF-16 code units (declared by run.columnKind), safe fixes become
 * SARIF fixes, and related places become relatedLocations.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { allRules, docsUrl, type Diagnostic, type LintRun, type Range, type Severity } from '@huibao/core';
import type { FormatContext } from './context.js';

const LEVEL: Record<Severity, NonNullable<Sarif.Result['level']>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function formatSarif(run: LintRun, context: FormatContext, version = '0.0.0'): string {
  const zh = context.locale !== 'en';
  const rules: Sarif.ReportingDescriptor[] = allRules.map(({ meta }) => ({
    id: meta.id,
    shortDescription: { text: zh ? meta.description.zh : meta.description.en },
    fullDescription: { text: `${zh ? meta.description.zh : meta.description.en}（${meta.basis}）` },
    helpUri: docsUrl(meta.id),
    help: { text: docsUrl(meta.id) },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { category: meta.category, basis: meta.basis, fixable: meta.fixable },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  for (const file of run.files) {
    const artifactLocation: Sarif.ArtifactLocation = { uri: toUri(file.path), uriBaseId: SRCROOT };
    for (const d of file.diagnostics) results.push(toResult(d, artifactLocation, ruleIndex.get(d.ruleId)));
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'huibao', informationUri: 'https://github.com/huibao-dev/huibao', semanticVersion: version, version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        artifacts: run.files.map((f) => ({ location: { uri: toUri(f.path), uriBaseId: SRCROOT }, encoding: f.encoding })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function toResult(d: Diagnostic, artifactLocation: Sarif.ArtifactLocation, index: number | undefined): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: d.ruleId,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation, region: { ...region(d.range), snippet: { text: d.text } } } }],
  };
  if (index !== undefined) result.ruleIndex = index;
  if (d.related?.length) {
    result.relatedLocations = d.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r.range) } }));
  }
  const safe = d.fixes?.filter((f) => f.safe) ?? [];
  if (safe.length) {
    result.fixes = safe.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        { artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) },
      ],
    }));
  }
  return result;
}

function region(range: Range): Sarif.Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  if (path.startsWith('/')) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
