/**
 * --fix writes back in the file's own encoding, BOM and line endings, changes
 * only the fixed spans, and a second run changes nothing. Reports in GBK read
 * exactly as their UTF-8 twins.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, huibao, iconv, json, seed, workspace } from './helpers.js';

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  text: string;
  fixes?: Array<{ safe: boolean; edits: Array<{ range: { start: { offset: number }; end: { offset: number } }; newText: string }> }>;
}
type Run = { files: Array<{ path: string; encoding: string; diagnostics: Finding[] }> };

const smallText = readFileSync(fixture('small.md'), 'utf8');
// By hand: 截止 → 截至 and the half-width ; → ；, nothing else.
const smallFixed = smallText.replace('截止目前，全镇共排查企业*家;', '截至目前，全镇共排查企业*家；');

const brief = (run: Run) => run.files[0]!.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column} ${d.text}`);

describe('--fix', () => {
  it('applies the safe fixes in place and nothing else; a second run changes nothing', () => {
    expect(smallFixed).not.toBe(smallText);
    const dir = workspace('small.md');
    const run = huibao(['lint', '--fix', 'small.md', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'small.md'), 'utf8')).toBe(smallFixed);
    expect(run.stderr).toContain('已修复 small.md：2 处');
    // What is left is reported: the placeholder.
    expect(brief(json<Run>(run.stdout))).toEqual(['placeholder 5:13 *']);
    const again = huibao(['lint', '--fix', 'small.md'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(readFileSync(join(dir, 'small.md'), 'utf8')).toBe(smallFixed);
  });

  it('on the seed, changes exactly the spans of the safe fixes it reported', () => {
    const dir = workspace();
    const path = join(dir, 'seed.txt');
    const before = readFileSync(seed, 'utf8');
    writeFileSync(path, before);
    const reported = json<Run>(huibao(['lint', 'seed.txt', '--format', 'json'], { cwd: dir }).stdout);
    const edits = reported.files[0]!.diagnostics.flatMap((d) => d.fixes?.find((f) => f.safe)?.edits ?? []);
    expect(edits.length).toBeGreaterThanOrEqual(4);
    // Applied here independently, from the end, so the text outside the spans is the original's.
    let expected = before;
    for (const e of [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) {
      expected = expected.slice(0, e.range.start.offset) + e.newText + expected.slice(e.range.end.offset);
    }
    huibao(['lint', '--fix', 'seed.txt'], { cwd: dir });
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(readFileSync(path, 'utf8')).toContain('截至目前，*镇通过地毯式摸排');
  });

  it('keeps CRLF line endings', () => {
    const dir = workspace();
    const crlf = smallText.replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'crlf.md'), crlf);
    huibao(['lint', '--fix', 'crlf.md'], { cwd: dir });
    expect(readFileSync(join(dir, 'crlf.md'), 'utf8')).toBe(smallFixed.replace(/\n/g, '\r\n'));
  });

  it('keeps a UTF-8 BOM', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'bom.md'), `\ufeff${smallText}`);
    huibao(['lint', '--fix', 'bom.md'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'bom.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(smallFixed);
  });

  it('--fix-dry-run reports what would change and writes nothing', () => {
    const dir = workspace('small.md');
    const run = huibao(['lint', '--fix-dry-run', 'small.md'], { cwd: dir });
    expect(run.stderr).toContain('将修复 small.md：2 处');
    expect(readFileSync(join(dir, 'small.md'), 'utf8')).toBe(smallText);
  });

  it('on stdin, prints the fixed text', () => {
    const run = huibao(['lint', '--fix', '-', '--stdin-filename', 'draft.md'], { input: smallText });
    expect(run.stdout).toBe(smallFixed);
  });
});

describe('GBK', () => {
  it('reads a GBK report with the same findings as its UTF-8 twin, and fixes it in place still in GBK', () => {
    const dir = workspace('small.md');
    writeFileSync(join(dir, 'gbk.md'), iconv.encode(smallText, 'gbk'));
    const utf8 = json<Run>(huibao(['lint', 'small.md', '--format', 'json'], { cwd: dir }).stdout);
    const gbk = json<Run>(huibao(['lint', 'gbk.md', '--format', 'json'], { cwd: dir }).stdout);
    expect(gbk.files[0]!.encoding).toBe('gb18030');
    expect(brief(gbk)).toEqual(brief(utf8));
    expect(brief(gbk)).toHaveLength(3);

    huibao(['lint', '--fix', 'gbk.md'], { cwd: dir });
    const bytes = readFileSync(join(dir, 'gbk.md'));
    expect(bytes.equals(iconv.encode(smallFixed, 'gbk'))).toBe(true);
  });
});

describe('stdin', () => {
  it('lints `-` under --stdin-filename, with the same findings as the file', () => {
    const run = huibao(['lint', '-', '--stdin-filename', 'draft.md', '--format', 'json'], { input: smallText });
    expect(run.status).toBe(0);
    const result = json<Run>(run.stdout);
    expect(result.files[0]!.path).toBe('draft.md');
    expect(brief(result)).toEqual(brief(json<Run>(huibao(['lint', 'fixtures/cli/small.md', '--format', 'json']).stdout)));
  });
});
