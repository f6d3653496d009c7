import type { Directive } from '../model/outline.js';
import type { ParseContext } from './context.js';
import { rangeOf } from './context.js';

const KINDS = ['disable-next-line', 'disable-line', 'disable', 'enable'] as const;

/** `<!-- huibao-disable rule-a rule-b -->`, as markdownlint and ESLint users write them. */
export function readDirectives(ctx: ParseContext, comments: Array<{ start: number; end: number; value: string }>): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const body = comment.value.trim();
    if (!body.startsWith('huibao-')) continue;
    const words = body.slice('huibao-'.length).split(/[\s,]+/).filter(Boolean);
    const kind = KINDS.find((k) => k === words[0]);
    if (!kind) continue;
    directives.push({ kind, rules: words.slice(1), range: rangeOf(ctx, comment.start, comment.end) });
  }
  return directives;
}
