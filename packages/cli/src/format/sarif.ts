/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
 * Columns are UTF-16 code units (declared by run.columnKind), safe fixes become
 * SARIF fixes, and related places become relatedLocations.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { allRules, docsUrl, type Diagnostic, type LintRun, type Range, type Severity } from '@huibao/core';
import { describeDocxPlace } from '../docx.js';
import { isDocx } from '../inputs.js';
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
    for (const d of file.diagnostics) results.push(toResult(d, artifactLocation, ruleIndex.get(d.ruleId), context));
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'huibao', informationUri: 'https://github.com/huibao-dev/huibao', semanticVersion: version, version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
        artifacts: run.files.map((f) => artifact(f.path, f.encoding)),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function toResult(d: Diagnostic, artifactLocation: Sarif.ArtifactLocation, index: number | undefined, context: FormatContext): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: d.ruleId,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d, artifactLocation, context)],
  };
  if (index !== undefined) result.ruleIndex = index;
  const inDocx = typeof d.data?.docxParagraph === 'number';
  if (d.related?.length) {
    result.relatedLocations = d.related.map((r, id) => ({
      id,
      message: { text: r.message },
      physicalLocation: { artifactLocation, region: inDocx ? charRegion(r.range) : region(r.range) },
    }));
  }
  // A fix to a Word file is not a text replacement a SARIF viewer could apply (`huibao lint --fix` does it).
  const safe = inDocx ? [] : (d.fixes?.filter((f) => f.safe) ?? []);
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

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function artifact(path: string, encoding: string): Sarif.Artifact {
  const location = { uri: toUri(path), uriBaseId: SRCROOT };
  // A Word file is a ZIP: it has no text encoding of its own.
  return isDocx(path) ? { location, mimeType: DOCX_MIME } : { location, encoding };
}

/**
 * In a text file, lines and columns. In a Word document they mean nothing, so
 * the region is the paragraph: its text as the snippet, the place (第 3 段) as
 * the region's message, and character offsets into the text Huibao read from
 * the document; the paragraph is also a logical location.
 */
function location(d: Diagnostic, artifactLocation: Sarif.ArtifactLocation, context: FormatContext): Sarif.Location {
  const paragraph = d.data?.docxParagraph;
  if (typeof paragraph !== 'number') return { physicalLocation: { artifactLocation, region: { ...region(d.range), snippet: { text: d.text } } } };
  const place = describeDocxPlace(paragraph, d.data?.docxPlace, context.locale);
  return {
    physicalLocation: {
      artifactLocation,
      region: {
        ...charRegion(d.range),
        snippet: { text: String(d.data?.docxParagraphText ?? d.text) },
        message: { text: `${place}「${String(d.data?.docxSnippet ?? '')}」` },
      },
    },
    logicalLocations: [{ kind: 'element', name: place, fullyQualifiedName: `paragraph[${paragraph}]` }],
    properties: { docxParagraph: paragraph },
  };
}

function charRegion(range: Range): Sarif.Region {
  return { charOffset: range.start.offset, charLength: range.end.offset - range.start.offset };
}

function region(range: Range): Sarif.Region {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  if (path.startsWith('/')) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
