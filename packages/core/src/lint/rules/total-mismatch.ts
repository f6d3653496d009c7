import { defineRule, type RuleContext } from '../rule.js';
import type { Metric, Relation } from '../../model/outline.js';
import { boundsOf, formatNumber, inUnitOf, unitLabel, type Bounds } from '../../parse/metric-bounds.js';
import { trimDecimalZeros } from '../../parse/numerals.js';

type MessageId = 'sumMismatch' | 'subsetExceeds' | 'partExceeds' | 'knownExceed' | 'fillTotal' | 'fill' | 'total' | 'part';

/**
 * The parts a report lists after 其中 against their total, per dimension (处
 * and 平方米 are checked separately). Exhaustive parts must add up to the
 * total, a subset must not exceed it, and no single part may. Rounding of
 * every figure and approximation words (余, 约) widen each value to an
 * interval, so only a certain mismatch is reported.
 */
export default defineRule<MessageId>({
  meta: {
    id: 'total-mismatch',
    category: '数据',
    severity: 'warning',
    finalSeverity: 'error',
    description: { zh: '“其中”所列各项与总数相符：分项之和等于（或不超过）总数', en: 'The parts listed after 其中 add up to (or stay within) their total' },
    basis: 'GB/T 8170-2008 数值修约规则（按所示精度比较）；统计公报“其中”分项口径',
    fixable: true,
    hasSuggestions: false,
    recommended: true,
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
    const aboutTolerance = typeof context.options.aboutTolerance === 'number' ? context.options.aboutTolerance : 0.1;
    for (const relation of outline.relations) {
      relation.totals.forEach((totalId, index) => {
        const total = outline.metrics[totalId]!;
        const parts = relation.parts
          .map((p) => ({ subject: p.subject, name: p.name, metric: p.metrics.map((id) => outline.metrics[id]!).find((m) => m.dimension === relation.dimensions[index]) }))
          .filter((p): p is PartFigure => p.metric !== undefined);
        if (parts.length > 0) checkDimension(context, relation, total, parts, aboutTolerance);
      });
    }
  },
});

interface PartFigure {
  subject: string | null;
  name: string;
  metric: Metric;
}

/** A name set inside “”: quotes it holds become ‘’ (GB/T 15834-2011 §4.1.3.2). */
function quotable(name: string): string {
  return name.replace(/“/g, '‘').replace(/”/g, '’');
}

function checkDimension(context: RuleContext<MessageId>, relation: Relation, total: Metric, parts: PartFigure[], aboutTolerance: number): void {
  const metrics = parts.map((p) => p.metric);
  const unit = unitLabel(total);
  const known = metrics.filter((m) => m.value !== null);
  const sumIn = (list: readonly Metric[]) => list.reduce((s, m) => s + inUnitOf(m, total)!, 0);
  // The figures as written, so a writer can find each one; the sum in the total's unit, to compare.
  const expression = (list: readonly Metric[]) => list.map((m) => m.text).join(' + ');
  const related = [
    { span: total.range, messageId: 'total' as const, data: { text: total.text } },
    ...metrics.map((m) => ({ span: m.range, messageId: 'part' as const, data: { text: m.text } })),
  ];
  const details = (sum: number, list: readonly Metric[]) => ({
    relation: relation.id,
    coverage: relation.coverage,
    dimension: total.dimension,
    total: total.value,
    parts: list.map((m) => inUnitOf(m, total)),
    sum: Number(formatNumber(sum)),
    unit,
  });

  const totalBounds = boundsOf(total, aboutTolerance);
  if (!totalBounds) {
    offerFill(context, relation, total, metrics, unit, related);
    return;
  }
  const bounds = known.map((m) => boundsOf(m, aboutTolerance)!);
  const low = bounds.reduce((s, b) => s + b.low, 0);
  const high = bounds.reduce((s, b) => s + b.high, 0);
  const sum = sumIn(known);
  const data = { sum: formatNumber(sum) + unit, total: total.text, expression: expression(known) };
  const complete = known.length === metrics.length;

  if (!complete) {
    if (relation.coverage !== 'overlapping' && known.length > 1 && exceeds(low, totalBounds)) {
      context.report({ messageId: 'knownExceed', data, span: total.range, related, details: details(sum, known) });
      return;
    }
  } else if (relation.coverage === 'exhaustive' && (exceeds(low, totalBounds) || high < totalBounds.low - epsilon(totalBounds))) {
    context.report({ messageId: 'sumMismatch', data, span: total.range, related, details: details(sum, known) });
    return;
  } else if (relation.coverage === 'subset' && known.length > 1 && exceeds(low, totalBounds) && !prefixMakesTotal(bounds, totalBounds)) {
    context.report({ messageId: 'subsetExceeds', data, span: total.range, related, details: details(sum, known) });
    return;
  }
  // Whatever the coverage, one part alone never exceeds its total.
  for (const part of parts) {
    const b = part.metric.value === null ? null : boundsOf(part.metric, aboutTolerance);
    if (!b || !exceeds(b.low, totalBounds)) continue;
    context.report({
      messageId: 'partExceeds',
      data: { part: quotable(part.name || part.subject || part.metric.text), value: part.metric.text, total: total.text },
      span: part.metric.range,
      related,
      details: details(inUnitOf(part.metric, total)!, [part.metric]),
    });
  }
}

/**
 * 其中小学部1572人，初中部1042人，寄宿生836人 (of 2614): when the first
 * parts already make up the total, what follows cuts across them (a second
 * classification); only each part alone is then bounded.
 */
function prefixMakesTotal(bounds: readonly Bounds[], total: Bounds): boolean {
  let low = 0;
  let high = 0;
  for (let k = 0; k < bounds.length - 1; k++) {
    low += bounds[k]!.low;
    high += bounds[k]!.high;
    if (k >= 1 && low <= total.high + epsilon(total) && high >= total.low - epsilon(total)) return true;
  }
  return false;
}

/** Float sums of decimals are off in the last bits; never report those. */
function epsilon(bounds: Bounds): number {
  return Math.abs(bounds.value) * 1e-9 + 1e-9;
}

function exceeds(low: number, total: Bounds): boolean {
  return low > total.high + epsilon(total);
}

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
  const text = trimDecimalZeros(sum.toFixed(Math.min(decimals, 6)));
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
