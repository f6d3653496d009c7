import { Type } from '@sinclair/typebox';
import { defineRule, type RuleContext } from '../rule.js';
import type { Metric, Relation, RelationVerdict } from '../../model/outline.js';
import { formatLike, formatNumber, inUnitOf, unitLabel } from '../../parse/metric-bounds.js';
import { DEFAULT_ABOUT_TOLERANCE, judgeRelation } from '../../checks/verdicts.js';
import { trimDecimalZeros } from '../../parse/numerals.js';

type MessageId = 'sumMismatch' | 'subsetExceeds' | 'partExceeds' | 'unnamedPartExceeds' | 'knownExceed' | 'fillTotal' | 'fill' | 'total' | 'part';

/**
 * The parts a report lists after 其中 against their total, per dimension (处
 * and 平方米 are checked separately). Exhaustive parts must add up to the
 * total, a subset must not exceed it, and no single part may. Rounding of
 * every figure and approximation words (余, 约) widen each value to an
 * interval, so only a certain mismatch is reported.
 */
const schema = Type.Object(
  {
    aboutTolerance: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        default: DEFAULT_ABOUT_TOLERANCE,
        description: 'The relative error allowed to an approximate figure (约, 左右): 0.1 reads 约100 as 90 to 110.',
      }),
    ),
  },
  { additionalProperties: false },
);

export default defineRule<MessageId, typeof schema>({
  meta: {
    id: 'total-mismatch',
    name: { zh: '合计不符', en: 'Parts vs total' },
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '“其中”所列各项与总数相符：分项之和等于（或不超过）总数', en: 'The parts listed after 其中 add up to (or stay within) their total' },
    basis: 'GB/T 8170-2008《数值修约规则与极限数值的表示和判定》（按所示精度比较）；统计公报“其中”分项口径',
    fixable: true,
    hasSuggestions: false,
    recommended: true,
    schema,
    messages: {
      sumMismatch: {
        zh: '{{expression}} = {{sum}}，与总数 {{total}} 不符',
        en: '{{expression}} = {{sum}}, not the total {{total}}',
      },
      subsetExceeds: {
        zh: '{{expression}} = {{sum}}，超过总数 {{total}}',
        en: '{{expression}} = {{sum}}, more than the total {{total}}',
      },
      partExceeds: {
        zh: '“{{part}}” {{value}}，超过总数 {{total}}',
        en: 'The part “{{part}}” ({{value}}) exceeds the total {{total}}',
      },
      unnamedPartExceeds: {
        zh: '分项 {{value}} 超过总数 {{total}}',
        en: 'A part, {{value}}, exceeds the total {{total}}',
      },
      knownExceed: {
        zh: '已填各项 {{expression}} = {{sum}}，已超过总数 {{total}}',
        en: 'The filled-in parts already add up to more than the total {{total}}: {{expression}} = {{sum}}',
      },
      fillTotal: {
        zh: '总数待填；其中各项 {{expression}} = {{sum}}',
        en: 'The total is still to fill in; the parts add up to {{expression}} = {{sum}}',
      },
      fill: { zh: '填入合计 {{sum}}', en: 'Fill in the sum {{sum}}' },
      total: { zh: '总数 {{text}}', en: 'Total {{text}}' },
      part: { zh: '分项 {{text}}', en: 'Part {{text}}' },
    },
  },
  check(context) {
    const { outline } = context;
    const aboutTolerance = context.options.aboutTolerance ?? DEFAULT_ABOUT_TOLERANCE;
    for (const relation of outline.relations) {
      // The outline holds the verdicts at the default tolerance; another one is judged again, the same way.
      const verdicts = aboutTolerance === DEFAULT_ABOUT_TOLERANCE ? relation.verdicts : judgeRelation(outline, relation, aboutTolerance);
      for (const verdict of verdicts) report(context, relation, verdict);
    }
  },
});

/** A name set inside “”: quotes it holds become ‘’ (GB/T 15834-2011 §4.1.3.2). */
function quotable(name: string): string {
  return name.replace(/“/g, '‘').replace(/”/g, '’');
}

/** A mismatch becomes a finding, and an open total of a complete split an offer to fill it; nothing else is said. */
function report(context: RuleContext<MessageId>, relation: Relation, verdict: RelationVerdict): void {
  const { outline } = context;
  const total = outline.metrics[verdict.total]!;
  const metrics = verdict.parts.map((id) => outline.metrics[id]!);
  const unit = unitLabel(total);
  const related = [
    { span: total.range, messageId: 'total' as const, data: { text: total.text } },
    ...metrics.map((m) => ({ span: m.range, messageId: 'part' as const, data: { text: m.text } })),
  ];
  if (verdict.verdict === 'uncertain' && total.value === null) {
    offerFill(context, relation, total, metrics, unit, related);
    return;
  }
  if (verdict.verdict !== 'mismatch') return;
  const known = metrics.filter((m) => m.value !== null);
  const sumIn = (list: readonly Metric[]) => list.reduce((s, m) => s + inUnitOf(m, total)!, 0);
  const details = (sum: number, list: readonly Metric[]) => ({
    relation: relation.id,
    coverage: relation.coverage,
    dimension: total.dimension,
    total: total.value,
    parts: list.map((m) => inUnitOf(m, total)),
    sum: Number(formatNumber(sum)),
    unit,
  });
  if (verdict.reason === 'part-exceeds') {
    for (const id of verdict.exceeding ?? []) {
      const metric = outline.metrics[id]!;
      const part = relation.parts.find((p) => p.metrics.includes(id));
      // 其中9个村被评为示范村: a part the text names only after its figure is quoted by the figure alone.
      const name = part?.name || part?.subject;
      context.report({
        messageId: name ? 'partExceeds' : 'unnamedPartExceeds',
        data: { part: quotable(name || metric.text), value: metric.text, total: total.text },
        span: metric.range,
        related,
        details: details(inUnitOf(metric, total)!, [metric]),
      });
    }
    return;
  }
  // The figures as written, so a writer can find each one; the sum in the total's unit, to compare.
  const sum = sumIn(known);
  const data = { sum: formatLike(sum, total, placesOf(known, unit)) + unit, total: total.text, expression: known.map((m) => m.text).join(' + ') };
  const messageId = verdict.reason === 'known-exceed' ? 'knownExceed' : verdict.reason === 'subset-exceeds' ? 'subsetExceeds' : 'sumMismatch';
  context.report({ messageId, data, span: total.range, related, details: details(sum, known) });
}

/** The most decimal places a filled-in total is written with. */
const MAX_FILL_DECIMALS = 6;

/** Every part is a plain number and the list is exhaustive: the total can be filled in. */
function offerFill(
  context: RuleContext<MessageId>,
  relation: Relation,
  total: Metric,
  metrics: readonly Metric[],
  unit: string,
  related: Parameters<RuleContext<MessageId>['report']>[0]['related'],
): void {
  if (relation.coverage !== 'exhaustive' || relation.parts.length < 2 || total.upper) return;
  if (metrics.length !== relation.parts.length || metrics.some((m) => m.value === null || m.approx !== 'none')) return;
  const values = metrics.map((m) => inUnitOf(m, total)!);
  const sum = values.reduce((s, v) => s + v, 0);
  const decimals = Math.max(0, ...metrics.map((m) => m.decimals + Math.round(Math.log10(total.multiplier * (total.unitFactor ?? 1) / (m.multiplier * (m.unitFactor ?? 1))))));
  // A sum that needs more places than a report writes (parts in 平方米, the total in 亿平方米) is no
  // safe fill: rounded, it would not be the sum (52 + 18 平方米 would become 0 亿平方米).
  if (decimals > MAX_FILL_DECIMALS) return;
  const text = trimDecimalZeros(sum.toFixed(decimals));
  const expression = metrics.map((m) => m.text).join(' + ');
  context.report({
    messageId: 'fillTotal',
    data: { sum: text + unit, expression },
    span: total.valueRange,
    related,
    severity: 'info',
    fixes: [{ messageId: 'fill', data: { sum: text }, edits: [{ span: total.valueRange, newText: text }], safe: true }],
    details: { relation: relation.id, coverage: relation.coverage, dimension: total.dimension, total: null, parts: values, sum: Number(text), unit },
  });
}

/** Parts all written in the total's unit are summed to the most places any of them shows; else as computed. */
function placesOf(parts: readonly Metric[], unit: string): number | undefined {
  return parts.length > 0 && parts.every((m) => unitLabel(m) === unit) ? Math.max(...parts.map((m) => m.decimals)) : undefined;
}
