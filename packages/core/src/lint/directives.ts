/**
 * Inline control: <!-- huibao-disable rule -->, <!-- huibao-enable rule -->,
 * <!-- huibao-disable-next-line rule -->, <!-- huibao-disable-line rule -->.
 * An empty rule list means every rule.
 */
import type { Diagnostic } from '../model/lint.js';
import type { ReportOutline } from '../model/outline.js';

interface Region {
  rules: string[];
  fromLine: number;
  toLine: number;
}

export function suppressedBy(outline: ReportOutline): (diagnostic: Diagnostic) => boolean {
  if (outline.directives.length === 0) return () => false;
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule ('' for all) → line disabled from
  const nextProseLine = (afterLine: number): number => {
    for (const paragraph of outline.paragraphs) if (paragraph.range.start.line > afterLine) return paragraph.range.start.line;
    return afterLine + 1;
  };
  for (const directive of outline.directives) {
    const line = directive.range.start.line;
    const rules = directive.rules.length > 0 ? directive.rules : [''];
    switch (directive.kind) {
      case 'disable-next-line': {
        const target = nextProseLine(directive.range.end.line);
        regions.push({ rules: directive.rules, fromLine: target, toLine: target });
        break;
      }
      case 'disable-line':
        regions.push({ rules: directive.rules, fromLine: line, toLine: line });
        break;
      case 'disable':
        for (const rule of rules) if (!open.has(rule)) open.set(rule, line);
        break;
      case 'enable':
        for (const rule of rules) {
          const keys = rule === '' ? [...open.keys()] : [rule];
          for (const key of keys) {
            const from = open.get(key);
            if (from === undefined) continue;
            regions.push({ rules: key === '' ? [] : [key], fromLine: from, toLine: line });
            open.delete(key);
          }
        }
        break;
    }
  }
  for (const [rule, from] of open) regions.push({ rules: rule === '' ? [] : [rule], fromLine: from, toLine: Number.POSITIVE_INFINITY });
  return (diagnostic) =>
    regions.some(
      (r) =>
        diagnostic.line >= r.fromLine &&
        diagnostic.line <= r.toLine &&
        (r.rules.length === 0 || r.rules.includes(diagnostic.ruleId)),
    );
}
