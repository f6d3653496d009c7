/**
 * The slips a reader sees in a run of ordinals (headings 一、二、三…, items
 * 一是、二是…): a wrong start, a gap, a repeat, a step backwards, two numbers
 * swapped. Shared by heading-sequence and enumeration-sequence so that both
 * report one slip once, with the same words.
 */
import type { RuleContext, Span } from '../rule.js';

export type SequenceSlip =
  /** The first ordinal is not 1: 二是… with no 一是. */
  | 'start'
  /** A number is left out: 一、二、四. */
  | 'gap'
  /** The same number twice: 一、二、二. */
  | 'repeat'
  /** A number below the one before it that is not a repeat: 一、二、三、二. */
  | 'backwards'
  /** Two neighbours written in each other's place: 一、三、二、四 (reported once, at the first). */
  | 'swap';

export interface SequenceFinding {
  /** Index of the ordinal the finding is about. */
  index: number;
  slip: SequenceSlip;
  /** The ordinal a reader expects here. */
  expected: number;
  /** Index of the ordinal before it (-1 at the start). */
  previous: number;
  /** For a swap: index of the other ordinal of the pair. */
  other?: number;
}

/**
 * Reads a run of ordinals that should count 1, 2, 3…. An ordinal is right when
 * it follows the one before it or when it fits its place (1-based position):
 * after 一、二、四 the 五 is right, and after 一、二、二 the 四 is right, so one
 * slip gives one finding, never a knock-on one on the next number.
 */
export function findSequenceSlips(ordinals: readonly number[]): SequenceFinding[] {
  const findings: SequenceFinding[] = [];
  for (let i = 0; i < ordinals.length; i++) {
    const ordinal = ordinals[i]!;
    const previous = i > 0 ? ordinals[i - 1]! : 0;
    const expected = previous + 1;
    if (ordinal === expected || ordinal === i + 1) continue;
    const next = ordinals[i + 1];
    // 一、三、二、四: the pair is one slip.
    if (next !== undefined && ordinal === expected + 1 && next === expected) {
      findings.push({ index: i, slip: 'swap', expected, previous: i - 1, other: i + 1 });
      i++;
      continue;
    }
    let slip: SequenceSlip;
    if (i === 0) slip = 'start';
    else if (ordinal === previous) slip = 'repeat';
    else if (ordinal < previous) slip = 'backwards';
    else slip = 'gap';
    findings.push({ index: i, slip, expected, previous: i - 1 });
  }
  return findings;
}

/** The messages a rule reporting sequence slips declares. */
export type SequenceMessageId = SequenceSlip | 'renumber' | 'reorder';

export interface NumberedEntry {
  ordinal: number;
  /** The marker as written: 三是, （二）. */
  marker: string;
  span: Span;
}

/**
 * Reports each slip of `entries` once, with a suggestion: renumber the one
 * marker, or for a swap write both in order. `markerFor` writes the marker an
 * ordinal should have. Data: previous, next, actual (and other, after for a swap).
 */
export function reportSequenceSlips(
  context: RuleContext<SequenceMessageId>,
  entries: readonly NumberedEntry[],
  markerFor: (ordinal: number) => string,
  details: Record<string, unknown> = {},
): void {
  for (const finding of findSequenceSlips(entries.map((e) => e.ordinal))) {
    const entry = entries[finding.index]!;
    const next = markerFor(finding.expected);
    const facts = { ...details, expected: finding.expected, actual: entry.ordinal };
    const other = finding.other !== undefined ? entries[finding.other] : undefined;
    if (finding.slip === 'swap' && other) {
      const after = markerFor(finding.expected + 1);
      context.report({
        messageId: 'swap',
        data: { actual: entry.marker, other: other.marker, next, after },
        span: entry.span,
        related: [{ span: other.span, messageId: 'renumber', data: { next: after } }],
        fixes: [
          {
            messageId: 'reorder',
            data: { next, after },
            edits: [
              { span: entry.span, newText: next },
              { span: other.span, newText: after },
            ],
            safe: false,
          },
        ],
        details: facts,
      });
      continue;
    }
    context.report({
      messageId: finding.slip,
      data: { previous: entries[finding.previous]?.marker ?? '', next, actual: entry.marker },
      span: entry.span,
      fixes: [{ messageId: 'renumber', data: { next }, edits: [{ span: entry.span, newText: next }], safe: false }],
      details: facts,
    });
  }
}
