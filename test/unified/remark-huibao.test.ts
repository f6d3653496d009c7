/**
 * remarkHuibao through remark-cli, as a unified user adds it to a pipeline:
 * the same findings as the CLI, at the same places, with rule id and source.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const plugin = join(root, 'packages/core/dist/unified/remark-huibao.js');
const remark = join(root, 'node_modules/.bin/remark');

function runRemark(args: string[]) {
  const result = spawnSync(remark, ['--no-stdout', '--no-color', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  // remark-cli reports on stderr.
  return { status: result.status, report: result.stderr };
}

function lines(report: string) {
  return report
    .split('\n')
    .filter((l) => /^\d+:\d+-\d+:\d+/.test(l))
    .map((l) => {
      const [place, severity] = l.trim().split(/\s+/, 2);
      const [rule, source] = l.trim().split(/\s+/).slice(-2);
      return `${place} ${severity} ${rule} ${source}`;
    });
}

describe('remarkHuibao in remark-cli', () => {
  it('reports the CLI findings of fixtures/cli/small.md as vfile messages', () => {
    const run = runRemark(['--use', plugin, 'fixtures/cli/small.md']);
    expect(run.status).toBe(0);
    // The places the CLI reports (5:1–5:3 截止, 5:13 *, 5:15 ;), in remark's start-end form.
    expect(lines(run.report)).toEqual([
      '5:1-5:3 warning confusable huibao',
      '5:13-5:14 warning placeholder huibao',
      '5:15-5:16 warning punctuation huibao',
    ]);
    expect(run.report).toContain('数值待填：全镇共排查企业 * 家');
  });

  it('takes options from the pipeline: an error fails remark-cli', () => {
    const run = runRemark(['--use', `${plugin}=ruleOverrides:{confusable:'error'}`, 'fixtures/cli/small.md']);
    expect(run.status).toBe(1);
    expect(lines(run.report)[0]).toBe('5:1-5:3 error confusable huibao');
  });

  it('--frail fails on warnings, as remark-lint users expect', () => {
    expect(runRemark(['--frail', '--use', plugin, 'fixtures/cli/small.md']).status).toBe(1);
    expect(runRemark(['--frail', '--use', plugin, 'fixtures/cli/clean.md']).status).toBe(0);
  });
});
