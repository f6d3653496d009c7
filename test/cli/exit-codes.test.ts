/**
 * Exit codes (0 clean, 1 problems, 2 usage/config/input errors) and the one-line
 * messages of the errors: never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, huibao, root, workspace } from './helpers.js';

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:/);

describe('exit codes', () => {
  it('0 when there are only warnings, 1 with an error', () => {
    expect(huibao(['lint', 'fixtures/cli/small.md']).status).toBe(0);
    expect(huibao(['lint', 'fixtures/cli/small.md', '--rule', 'confusable:error']).status).toBe(1);
  });

  it('1 when warnings exceed --max-warnings, with a line saying so', () => {
    expect(huibao(['lint', 'fixtures/cli/small.md', '--max-warnings', '3']).status).toBe(0);
    const over = huibao(['lint', 'fixtures/cli/small.md', '--max-warnings', '2']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('警告数 3 超过 --max-warnings 2');
  });

  it('--quiet reports errors only, so warnings neither print nor count', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md', '--quiet', '--max-warnings', '0']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('');
    const errors = huibao(['lint', 'fixtures/cli/small.md', '--quiet', '--rule', 'placeholder:error', '--format', 'json']);
    expect(errors.status).toBe(1);
    expect(JSON.parse(errors.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['placeholder']);
  });

  it('--final makes the unfilled placeholder an error', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md', '--final', '--format', 'json']);
    expect(run.status).toBe(1);
    const severities = JSON.parse(run.stdout).files[0].diagnostics.map((d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`);
    expect(severities).toContain('placeholder:error');
  });

  it('2 for an unknown option value, naming the allowed values in one line', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('stylish, json, sarif, github');
  });

  it('2 for a bad --rule, naming the allowed severities', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md', '--rule', 'confusable:loud']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: --rule confusable:loud: severity must be one of off, info, warning, error');
  });

  it('2 for a path that does not exist', () => {
    const run = huibao(['lint', 'no/such/report.md']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: 找不到文件或目录：no/such/report.md');
  });

  it('2 for a bad config: one line naming the file, the key and the allowed values', () => {
    const dir = workspace('small.md');
    writeFileSync(join(dir, '.huibaorc.json'), JSON.stringify({ rules: { confusable: 'loud' } }));
    const run = huibao(['lint', 'small.md'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^huibao: \.huibaorc\.json: rules\.confusable must be one of off, info, warning, error\b/);
  });

  it('2 for a config with a JSON syntax error, naming its line and column', () => {
    const dir = workspace('small.md');
    writeFileSync(join(dir, 'huibao.config.json'), '{\n  "mode": "final",\n}\n');
    const run = huibao(['lint', 'small.md'], { cwd: dir });
    expect(run.status).toBe(2);
    // The trailing comma: V8 stops at the closing brace, line 3 column 1.
    expect(run.stderr).toContain('huibao: huibao.config.json: 第 3 行第 1 列 JSON 语法错误');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    noStack(run.stderr);
  });

  it('finds the config upward from the file, including package.json#huibao', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', huibao: { rules: { confusable: 'error' } } }));
    const sub = join(dir, 'reports', 'h1');
    mkdirSync(sub, { recursive: true });
    cpSync(fixture('small.md'), join(sub, 'small.md'));
    const run = huibao(['lint', 'reports', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const d = JSON.parse(run.stdout).files[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'confusable');
    expect(d.severity).toBe('error');
  });

  it('2 for an unreadable file, still linting the others', () => {
    const dir = workspace('small.md', 'clean.md');
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'small.md'), 0o644);
    chmodSync(join(dir, 'clean.md'), 0o000);
    // root reads any file: run without root's power over permissions so the mode bites (helpers.ts).
    const run = huibao(['lint', 'small.md', 'clean.md', '--format', 'json'], { cwd: dir, permissionsBind: true });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: clean.md：无法读取（EACCES）');
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['small.md']);
  });

  it('2 for a binary file, with one line saying it is not text', () => {
    const dir = workspace('small.md');
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = huibao(['lint', '.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('huibao: image.txt：看来不是文本文件（含 NUL 字节），已跳过');
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['small.md']);
  });

  it('0 for --help and --version', () => {
    const help = huibao(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('lint');
    const version = huibao(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs as `huibao` from the workspace bin link (what `pnpm exec huibao` calls)', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/huibao'), ['lint', 'fixtures/cli/small.md', '--format', 'github'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(3);
  });
});

describe('a check that cannot run', () => {
  it('names the file as read, not unreadable: a segmenter that cannot load is a check failure, exit 2', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md'], { env: { HUIBAO_SEGMENTER: 'bogus' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: fixtures/cli/small.md：读取了，但检查未能完成（HUIBAO_SEGMENTER=bogus: must be one of nodejieba, node-rs）\n');
    const en = huibao(['lint', 'fixtures/cli/small.md', '--locale', 'en'], { env: { HUIBAO_SEGMENTER: 'bogus' } });
    expect(en.stderr).toBe('huibao: fixtures/cli/small.md: read, but the check could not finish (HUIBAO_SEGMENTER=bogus: must be one of nodejieba, node-rs)\n');
  });
});

describe('internal errors', () => {
  /** A bug of ours, made by a preloaded module: writing the report throws. */
  function failingStdout(): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'huibao-internal-'));
    const preload = join(dir, 'failing-stdout.mjs');
    writeFileSync(preload, "process.stdout.write = () => { throw new Error('boom'); };\n");
    return { NODE_OPTIONS: `--import=${preload}` };
  }

  it('are one line and exit 2, without a stack trace', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md'], { env: failingStdout() });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: 内部错误 (internal error): boom\n');
  });

  it('with HUIBAO_DEBUG, add a stack trace that names the TypeScript sources of the bundled command', () => {
    const run = huibao(['lint', 'fixtures/cli/small.md'], { env: { ...failingStdout(), HUIBAO_DEBUG: '1' } });
    expect(run.status).toBe(2);
    const [first, ...stack] = run.stderr.split('\n');
    expect(first).toBe('huibao: 内部错误 (internal error): boom');
    expect(stack[0]).toBe('Error: boom');
    // The frame that wrote the report, mapped from dist/bin.js's chunks back to its source file and line.
    expect(stack.join('\n')).toMatch(new RegExp(`at .*\\(${join(root, 'packages/cli/src/lint-command.ts').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+\\)`));
  });
});
