/**
 * The 错误示例 and 正确示例 blocks of every rule's docs page run as test cases
 * (as remark-lint runs its docs' examples), so a page cannot drift from what
 * the rule does:
 *
 *   - an 错误示例 block is linted with annotations taken out. An annotation at
 *     the end of a line (`……。   ← 只列举了三项`) announces a finding of the
 *     page's rule on that line (`← … ×2`: two); one alone on its line
 *     (`  ← 占比应约为 40%…`) announces one anywhere in the example above it.
 *     An annotation that opens with 不报 explains why a line is NOT reported
 *     (`← 不报告：说明段，不打断列举`): that line must have no finding;
 *   - a 正确示例 block gives no finding of the page's rule.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';

const repoRoot = join(import.meta.dirname, '../../..');
const docsDir = join(repoRoot, 'docs/rules');

interface Example {
  section: '错误示例' | '正确示例';
  /** The block's language as fenced (text, markdown). */
  format: 'text' | 'markdown';
  source: string;
  /** How many findings the annotations alone on their line announce, anywhere in the block. */
  announced: number;
  /** Lines (1-based, in the linted source) announced to hold findings, with how many. */
  onLines: Map<number, number>;
  /** Lines an annotation says are not reported. */
  silentLines: number[];
  /** 1-based line of the block's opening fence in the page. */
  line: number;
}

const ANNOTATION = '←';
/** `× 2`, `×2` at an annotation's end: two findings on that line. */
function findingsIn(annotation: string): number {
  const times = annotation.lastIndexOf('×');
  if (times < 0) return 1;
  const count = Number(annotation.slice(times + 1).trim());
  return Number.isInteger(count) && count > 0 ? count : 1;
}

/** The fenced blocks under `## 错误示例` and `## 正确示例`, annotations taken out. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  let section: Example['section'] | null = null;
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) {
      const title = line.slice(3).trim();
      section = title === '错误示例' || title === '正确示例' ? title : null;
      continue;
    }
    if (!section || !line.startsWith('```')) continue;
    const lang = line.slice(3).trim();
    const body: string[] = [];
    let announced = 0;
    const onLines = new Map<number, number>();
    const silentLines: number[] = [];
    const opening = i + 1;
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) {
      const text = lines[i]!;
      const at = text.indexOf(ANNOTATION);
      if (at < 0) {
        body.push(text);
        continue;
      }
      const note = text.slice(at + ANNOTATION.length).trim();
      const example = text.slice(0, at).trimEnd();
      if (example.trim() !== '') body.push(example);
      const line = body.length;
      if (note.startsWith('不报')) silentLines.push(line);
      else if (example.trim() === '') announced += findingsIn(note);
      else onLines.set(line, findingsIn(note));
    }
    if (lang === 'json') continue;
    const format = lang === 'markdown' || lang === 'md' ? 'markdown' : 'text';
    examples.push({ section, format, source: body.join('\n') + '\n', announced, onLines, silentLines, line: opening });
  }
  return examples;
}

const pages = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ id: name.slice(0, -3), page: readFileSync(join(docsDir, name), 'utf8') }));

describe.each(pages.map((p) => [p.id, p.page] as const))('docs/rules/%s.md', (id, page) => {
  const examples = examplesOf(page);

  it('has an 错误示例 and a 正确示例 block', () => {
    expect(examples.some((e) => e.section === '错误示例')).toBe(true);
    expect(examples.some((e) => e.section === '正确示例')).toBe(true);
  });

  it.each(examples.map((e) => ({ ...e, name: `${e.section} at line ${e.line}` })))('$name', (example) => {
    const path = example.format === 'markdown' ? 'example.md' : 'example.txt';
    const findings = lint(example.source, { path }).diagnostics.filter((d) => d.ruleId === id);
    const shown = findings.map((d) => `${d.line}:${d.column} ${d.message}`);
    if (example.section === '正确示例') {
      expect(shown).toEqual([]);
      return;
    }
    const onLine = (line: number) => findings.filter((d) => d.line <= line && line <= d.endLine).length;
    for (const [line, count] of example.onLines) expect(onLine(line), `line ${line} of the block\n${shown.join('\n')}`).toBeGreaterThanOrEqual(count);
    for (const line of example.silentLines) expect(onLine(line), `line ${line} of the block is not reported\n${shown.join('\n')}`).toBe(0);
    const inline = [...example.onLines.values()].reduce((sum, n) => sum + n, 0);
    expect(findings.length, shown.join('\n')).toBeGreaterThanOrEqual(Math.max(1, inline + example.announced));
  });
});
