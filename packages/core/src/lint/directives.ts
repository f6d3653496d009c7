/**
 * Inline control, as markdownlint and ESLint users write it:
 *   <!-- huibao-disable rule-a rule-b -->   off from here (no ids: every rule)
 *   <!-- huibao-enable rule-a -->           on again from here (no ids: every rule)
 *   <!-- huibao-disable-next-line rule-a --> off on the next line with text
 *   <!-- huibao-disable-line rule-a -->     off on the comment's own line
 * A disable of every rule followed by `enable rule-a` turns rule-a back on and
 * leaves the others off, as in ESLint. A diagnostic is judged by where it starts.
 */
import type { Diagnostic } from '../model/lint.js';
import type { Directive, ReportOutline } from '../model/outline.js';

/** What is off after a directive. */
interface State {
  /** Every rule is off… */
  all: boolean;
  /** …except these (enabled one by one after a disable-all). */
  except: ReadonlySet<string>;
  /** Rules turned off one by one. */
  rules: ReadonlySet<string>;
}

const NOTHING_OFF: State = { all: false, except: new Set(), rules: new Set() };

function apply(state: State, directive: Directive): State {
  const ids = directive.rules;
  if (directive.kind === 'disable') {
    if (ids.length === 0) return { all: true, except: new Set(), rules: state.rules };
    const except = new Set(state.except);
    const rules = new Set(state.rules);
    for (const id of ids) {
      except.delete(id);
      rules.add(id);
    }
    return { all: state.all, except, rules };
  }
  if (ids.length === 0) return NOTHING_OFF;
  const except = new Set(state.except);
  const rules = new Set(state.rules);
  for (const id of ids) {
    if (state.all) except.add(id);
    rules.delete(id);
  }
  return { all: state.all, except, rules };
}

const isOff = (state: State, ruleId: string) => (state.all && !state.except.has(ruleId)) || state.rules.has(ruleId);

export function suppressedBy(outline: ReportOutline): (diagnostic: Diagnostic) => boolean {
  if (outline.directives.length === 0) return () => false;
  const ordered = [...outline.directives].sort((a, b) => a.range.start.offset - b.range.start.offset);

  // disable/enable: the state after each, keyed by the offset where it takes effect.
  const timeline: Array<{ offset: number; state: State }> = [];
  let state = NOTHING_OFF;
  for (const directive of ordered) {
    if (directive.kind !== 'disable' && directive.kind !== 'enable') continue;
    state = apply(state, directive);
    timeline.push({ offset: directive.range.end.offset, state });
  }

  // disable-line / disable-next-line: rules off on one line (empty list: every rule).
  const lineRules = new Map<number, string[] | 'all'>();
  for (const directive of ordered) {
    if (directive.kind !== 'disable-line' && directive.kind !== 'disable-next-line') continue;
    const line = directive.kind === 'disable-line' ? directive.range.start.line : nextTextLine(outline, directive.range.end.line);
    const current = lineRules.get(line);
    if (directive.rules.length === 0 || current === 'all') lineRules.set(line, 'all');
    else lineRules.set(line, [...(current ?? []), ...directive.rules]);
  }

  return (diagnostic) => {
    const onLine = lineRules.get(diagnostic.line);
    if (onLine === 'all' || onLine?.includes(diagnostic.ruleId)) return true;
    const at = stateAt(timeline, diagnostic.range.start.offset);
    return at !== undefined && isOff(at, diagnostic.ruleId);
  };
}

/** The state in force at an offset: the last directive that ends at or before it. */
function stateAt(timeline: ReadonlyArray<{ offset: number; state: State }>, offset: number): State | undefined {
  let low = 0;
  let high = timeline.length - 1;
  let found: State | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (timeline[mid]!.offset <= offset) {
      found = timeline[mid]!.state;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The line a disable-next-line comment governs: the first line of text after it.
 * A blank line between the comment and its paragraph (usual in Markdown) is skipped.
 */
function nextTextLine(outline: ReportOutline, afterLine: number): number {
  const paragraphs = outline.paragraphs;
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]!.range.end.line <= afterLine) low = mid + 1;
    else high = mid;
  }
  const paragraph = paragraphs[low];
  if (!paragraph) return afterLine + 1;
  return Math.max(paragraph.range.start.line, afterLine + 1);
}
