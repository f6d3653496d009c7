/**
 * The lint result model: diagnostics, fixes and the per-file result.
 * Source of truth for `schemas/lint-result.schema.json`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { RangeSchema, EncodingSchema } from './outline.js';

const range = Type.Ref(RangeSchema);

export const SeveritySchema = Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')], { $id: 'Severity' });
export type Severity = Static<typeof SeveritySchema>;

export const CategorySchema = Type.Union(
  [Type.Literal('结构'), Type.Literal('数据'), Type.Literal('用词'), Type.Literal('标点'), Type.Literal('待填')],
  { $id: 'Category', description: 'Grouping for the editor: structure, data, wording, punctuation, to-fill.' },
);
export type Category = Static<typeof CategorySchema>;

export const TextEditSchema = Type.Object(
  {
    range,
    newText: Type.String(),
  },
  { $id: 'TextEdit', additionalProperties: false, description: 'Replace source.slice(range.start.offset, range.end.offset) with newText.' },
);
export type TextEdit = Static<typeof TextEditSchema>;

export const FixSchema = Type.Object(
  {
    title: Type.String({ description: 'What the fix does, in the result locale.' }),
    edits: Type.Array(Type.Ref(TextEditSchema), { minItems: 1 }),
    safe: Type.Boolean({ description: 'true: applied by --fix and fix-on-save; false: a suggestion a person picks.' }),
  },
  { $id: 'Fix', additionalProperties: false },
);
export type Fix = Static<typeof FixSchema>;

export const RelatedSchema = Type.Object(
  { range, message: Type.String() },
  { $id: 'Related', additionalProperties: false },
);
export type Related = Static<typeof RelatedSchema>;

export const DiagnosticSchema = Type.Object(
  {
    ruleId: Type.String(),
    messageId: Type.String(),
    severity: Type.Ref(SeveritySchema),
    category: Type.Ref(CategorySchema),
    message: Type.String(),
    range,
    line: Type.Integer({ minimum: 1, description: 'range.start.line, repeated for flat consumers.' }),
    column: Type.Integer({ minimum: 1 }),
    endLine: Type.Integer({ minimum: 1 }),
    endColumn: Type.Integer({ minimum: 1 }),
    text: Type.String({ description: 'The source text the range covers.' }),
    docsUrl: Type.String(),
    basis: Type.String({ description: 'Norm or usage authority the rule rests on, e.g. GB/T 15834-2011 §4.5.3.5.' }),
    related: Type.Optional(Type.Array(Type.Ref(RelatedSchema))),
    fixes: Type.Optional(Type.Array(Type.Ref(FixSchema))),
    data: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'Machine-readable details, e.g. the arithmetic.' })),
  },
  { $id: 'Diagnostic', additionalProperties: false },
);
export type Diagnostic = Static<typeof DiagnosticSchema>;

export const FileResultSchema = Type.Object(
  {
    path: Type.String(),
    encoding: Type.Ref(EncodingSchema),
    diagnostics: Type.Array(Type.Ref(DiagnosticSchema)),
  },
  { $id: 'FileResult', additionalProperties: false },
);
export type FileResult = Static<typeof FileResultSchema>;

/** What the figure checks looked at: every judged total/part relation by its verdict (the ledger's tally). */
export const FigureChecksSchema = Type.Object(
  {
    checked: Type.Integer({ minimum: 0, description: 'Relations judged (one per dimension of a relation).' }),
    holds: Type.Integer({ minimum: 0 }),
    mismatch: Type.Integer({ minimum: 0 }),
    uncertain: Type.Integer({ minimum: 0, description: 'Open: a figure is still a placeholder.' }),
    notAssessable: Type.Integer({ minimum: 0, description: 'The text does not prove the list complete, so the sum is not judged.' }),
  },
  { $id: 'FigureChecks', additionalProperties: false },
);
export type FigureChecks = Static<typeof FigureChecksSchema>;

export const SummarySchema = Type.Object(
  {
    errors: Type.Integer({ minimum: 0 }),
    warnings: Type.Integer({ minimum: 0 }),
    infos: Type.Integer({ minimum: 0 }),
    fixable: Type.Integer({ minimum: 0 }),
    figures: Type.Optional(Type.Ref(FigureChecksSchema, { description: 'The figure relations checked and their verdicts (核对 N 处数据关系).' })),
  },
  { $id: 'Summary', additionalProperties: false },
);
export type Summary = Static<typeof SummarySchema>;

/** What `lint()` returns for one document. */
export const LintResultSchema = Type.Object(
  {
    diagnostics: Type.Array(Type.Ref(DiagnosticSchema)),
    summary: Type.Ref(SummarySchema),
    encoding: Type.Ref(EncodingSchema),
  },
  { $id: 'LintResult', additionalProperties: false },
);
export type LintResult = Static<typeof LintResultSchema>;

/** What the CLI's `--format json` prints for a run: one object, a file each. */
export const LintRunSchema = Type.Object(
  {
    files: Type.Array(Type.Ref(FileResultSchema)),
    summary: Type.Ref(SummarySchema),
  },
  { $id: 'LintRun', additionalProperties: false },
);
export type LintRun = Static<typeof LintRunSchema>;

export const lintDefinitions = [
  SeveritySchema,
  CategorySchema,
  TextEditSchema,
  FixSchema,
  RelatedSchema,
  DiagnosticSchema,
  FileResultSchema,
  FigureChecksSchema,
  SummarySchema,
  LintResultSchema,
] as const;
