/**
 * Bad input never throws: parseReport returns an outline, with a `problems`
 * entry saying what limited the parse. No timing is asserted here (speed is
 * measured in `pnpm bench`); the suite's test timeout catches a hang.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseReport, type ReportOutline } from '../packages/core/src/index.js';

const execFileAsync = promisify(execFile);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const codes = (outline: ReportOutline) => outline.problems.map((p) => p.code);

/** Every range in the outline's main lists slices the source to its text. */
function expectExactRanges(outline: ReportOutline, text: string): void {
  // Every input here has text: a parse that lost all of it must not pass by checking nothing.
  expect(outline.paragraphs.length, 'paragraphs to check').toBeGreaterThan(0);
  for (const node of [...outline.paragraphs, ...outline.sentences]) {
    expect(text.slice(node.range.start.offset, node.range.end.offset)).toBe(node.text);
  }
}

function parseSafely(input: string | Uint8Array): ReportOutline {
  let outline: ReportOutline | undefined;
  expect(() => {
    outline = parseReport(input);
  }).not.toThrow();
  return outline!;
}

describe('bad input', () => {
  it('empty and blank input: an empty outline with empty-input', () => {
    for (const input of ['', ' \n\t\r\n　', new Uint8Array(0)]) {
      const outline = parseSafely(input);
      expect(codes(outline)).toEqual(['empty-input']);
      expect(outline.paragraphs).toEqual([]);
      expect(outline.sections).toEqual([]);
    }
  });

  it('a binary file (NUL bytes, random bytes): binary-input', () => {
    const bytes = new Uint8Array(64 * 1024);
    // A fixed xorshift sequence: the same "file" every run.
    let x = 0x9e3779b9;
    for (let i = 0; i < bytes.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[i] = x & 0xff;
    }
    bytes[10] = 0;
    const outline = parseSafely(bytes);
    expect(codes(outline)).toContain('binary-input');
  });

  it('NUL characters inside a text string do not throw and keep ranges exact', () => {
    const text = '一、总体\u0000情况\n共计\u00005处。\u0000\u0000';
    const outline = parseSafely(text);
    expect(outline.sections[0]?.marker).toBe('一、');
    expectExactRanges(outline, text);
  });

  it('lone surrogates: lone-surrogate problems pointing at each one', () => {
    const text = '一、总体\n共计\uD800拆违*处。\uDC00其中新建*处。\n二、其他\n尾\uD83D';
    const outline = parseSafely(text);
    const surrogates = outline.problems.filter((p) => p.code === 'lone-surrogate');
    expect(surrogates.map((p) => text.slice(p.range!.start.offset, p.range!.end.offset))).toEqual(['\uD800', '\uDC00', '\uD83D']);
    expect(outline.sections.map((s) => s.marker)).toEqual(['一、', '二、']);
    expectExactRanges(outline, text);
  });

  it('unbalanced quotes: unbalanced-quote, and 10⁵ of them do not make 10⁵ problems', () => {
    const few = parseSafely('突出“一个重点，强化”三大攻坚”。');
    expect(codes(few)).toContain('unbalanced-quote');
    const many = parseSafely('“'.repeat(100_000) + '正文。' + '”'.repeat(3));
    const unbalanced = many.problems.filter((p) => p.code === 'unbalanced-quote');
    expect(unbalanced.length).toBeGreaterThan(0);
    expect(unbalanced.length).toBeLessThanOrEqual(100);
  });

  it('10⁵ nested brackets (full-width and Markdown [ ]) parse', () => {
    for (const text of ['（'.repeat(100_000) + '共计5处。' + '）'.repeat(100_000), '['.repeat(100_000) + '共计5处。' + ']'.repeat(100_000)]) {
      const outline = parseSafely(text);
      expect(outline.paragraphs.length).toBeGreaterThan(0);
      expectExactRanges(outline, text);
    }
  });

  it('10⁴ nested block quotes on one line: read as text, with a problem', () => {
    const text = '>'.repeat(10_000) + ' 一、标题\n正文共计5处。\n';
    const outline = parseSafely(text);
    expect(codes(outline)).toEqual(['too-deep']);
    expect(outline.source.format).toBe('text');
    expectExactRanges(outline, text);
  });

  it('10⁴ nested list levels: read as text, with a problem', () => {
    for (const text of ['- '.repeat(10_000) + '项目', '1. '.repeat(10_000) + '项目', Array.from({ length: 10_000 }, (_, i) => '>'.repeat((i % 100) + 1) + ' 共5处。').join('\n')]) {
      const outline = parseSafely(text);
      expect(codes(outline)).toEqual(['too-deep']);
      expect(outline.source.format).toBe('text');
      expectExactRanges(outline, text);
    }
  });

  it('ordinary nesting stays Markdown', () => {
    const outline = parseSafely('> 一、总体\n>\n> - 项目共计5处。\n>   - 其中新建3处。\n');
    expect(codes(outline)).toEqual([]);
    expect(outline.source.format).toBe('markdown');
  });

  it('a 1 MB line without punctuation: one paragraph, one sentence', () => {
    const text = '汇报内容'.repeat(256 * 1024);
    const outline = parseSafely(text);
    expect(outline.paragraphs).toHaveLength(1);
    expect(outline.sentences).toHaveLength(1);
    expect(outline.sentences[0]!.range.end.offset).toBe(text.length);
  });

  // 50 MB takes tens of seconds in one synchronous call, longer than vitest's
  // worker may go without answering: it runs in a child process on the built
  // core (scripts/setup.sh builds it), so this worker stays responsive.
  it('a 50 MB file: parsed as text, with too-large', async () => {
    const probe = `
      const { parseReport } = await import('@huibao/core');
      const line = '上半年共计拆违120处，拆除总面积3600平方米，“三大攻坚”取得成效。\\n';
      const text = line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)));
      const outline = parseReport(text);
      const last = outline.paragraphs.at(-1);
      console.log(JSON.stringify({
        bytes: Buffer.byteLength(text),
        lines: text.split('\\n').length - 1,
        codes: outline.problems.map((p) => p.code),
        format: outline.source.format,
        paragraphs: outline.paragraphs.length,
        lastText: text.slice(last.range.start.offset, last.range.end.offset),
        line: line.trimEnd(),
      }));`;
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', probe], { cwd: repoRoot, maxBuffer: 1024 * 1024 });
    const result = JSON.parse(stdout) as { bytes: number; lines: number; codes: string[]; format: string; paragraphs: number; lastText: string; line: string };
    expect(result.bytes).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(result.codes).toContain('too-large');
    expect(result.format).toBe('text');
    expect(result.paragraphs).toBe(result.lines);
    expect(result.lastText).toBe(result.line);
  }, 600_000);
});
