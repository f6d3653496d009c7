/**
 * Every regular expression in packages/* /src is checked for super-linear
 * backtracking by recheck. The list is collected by parsing the TypeScript
 * sources (regex literals and `new RegExp(…)` / `RegExp(…)` calls), so a new
 * pattern is checked the moment it is written. A `RegExp` whose source cannot
 * be folded to a constant here fails too: it cannot be proved safe.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

interface FoundPattern {
  where: string;
  source: string;
  flags: string;
}
interface DynamicPattern {
  where: string;
  code: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function packageSourceDirs(): string[] {
  const packages = join(repoRoot, 'packages');
  return readdirSync(packages)
    .map((name) => join(packages, name, 'src'))
    .filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());
}

/** Folds an expression to a constant string when it is built only from literals and same-file consts. */
function foldString(node: ts.Expression, consts: Map<string, ts.Expression>, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return foldString(node.expression, consts, depth + 1);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = foldString(node.left, consts, depth + 1);
    const right = foldString(node.right, consts, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const part = foldString(span.expression, consts, depth + 1);
      if (part === undefined) return undefined;
      text += part + span.literal.text;
    }
    return text;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? foldString(init, consts, depth + 1) : undefined;
  }
  // LITERAL_REGEX.source
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') {
    const target = ts.isIdentifier(node.expression) ? consts.get(node.expression.text) : node.expression;
    if (target && ts.isRegularExpressionLiteral(target)) return splitRegexLiteral(target.text).source;
  }
  return undefined;
}

function splitRegexLiteral(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf('/');
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

function collectPatterns(): { found: FoundPattern[]; dynamic: DynamicPattern[] } {
  const found: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const dir of packageSourceDirs()) {
    for (const file of sourceFiles(dir)) {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const where = (node: ts.Node) => `${relative(repoRoot, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const consts = new Map<string, ts.Expression>();
      const collectConsts = (node: ts.Node): void => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) {
          consts.set(node.name.text, node.initializer);
        }
        ts.forEachChild(node, collectConsts);
      };
      collectConsts(sf);
      const visit = (node: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(node)) {
          found.push({ where: where(node), ...splitRegexLiteral(node.text) });
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
          const [sourceArg, flagsArg] = node.arguments ?? [];
          const source = sourceArg && foldString(sourceArg, consts);
          const flags = flagsArg ? foldString(flagsArg, consts) : '';
          if (source !== undefined && flags !== undefined) found.push({ where: where(node), source, flags });
          else if (sourceArg && ts.isRegularExpressionLiteral(sourceArg)) {
            // new RegExp(/…/, 'g'): the literal itself is collected by the visit below.
          } else dynamic.push({ where: where(node), code: node.getText(sf).slice(0, 120) });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return { found, dynamic };
}

/** Flags that change matching; g, y and d only change how matches are reported. */
const matchingFlags = (flags: string) => flags.replace(/[gyd]/g, '');

const { found, dynamic } = collectPatterns();

describe('regular-expression safety (recheck)', () => {
  it('finds the patterns in packages/*/src', () => {
    // The parser itself has patterns: an empty list means the walker broke.
    expect(found.length).toBeGreaterThan(5);
    expect(found.some((p) => p.where.includes('core/src/parse/'))).toBe(true);
  });

  it('every pattern is safe', () => {
    const verdicts = found.map((p) => {
      const result = checkSync(p.source, matchingFlags(p.flags), { timeout: 10_000 });
      const attack = result.status === 'vulnerable' ? ` (${result.complexity.summary}; attack ${JSON.stringify(result.attack.pattern)})` : '';
      return { ...p, status: result.status, line: `${result.status.padEnd(10)} ${p.where}  /${p.source}/${p.flags}${attack}` };
    });
    console.log(`recheck: ${verdicts.length} patterns\n${verdicts.map((v) => v.line).join('\n')}`);
    const unsafe = verdicts.filter((v) => v.status !== 'safe').map((v) => v.line);
    expect(unsafe).toEqual([]);
  });

  it('no RegExp is built from a source that cannot be checked', () => {
    if (dynamic.length) console.log(`dynamic RegExp sources:\n${dynamic.map((d) => `${d.where}  ${d.code}`).join('\n')}`);
    expect(dynamic.map((d) => `${d.where}  ${d.code}`)).toEqual([]);
  });
});

describe('the pattern collector', () => {
  it('is not fooled: it flags a known catastrophic pattern', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
  });
});
