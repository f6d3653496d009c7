/**
 * Every output format of `huibao lint`, on fixtures/cli/small.md whose three
 * findings were checked by hand: line 5 is
 * `截止目前，全镇共排查企业*家;整改隐患12处。` — 截止 at columns 1–3 (confusable),
 * `*` at 13 (placeholder), the half-width `;` at 15 (punctuation).
 */
import { describe, expect, it } from 'vitest';
import stringWidth from '../../packages/cli/node_modules/string-width/index.js';
import { fixture, huibao, json, noFigures, schemaValidator } from './helpers.js';

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  fixes?: Array<{ safe: boolean; edits: Array<{ newText: string }> }>;
}
interface Run {
  files: Array<{ path: string; encoding: string; diagnostics: Finding[] }>;
  summary: { errors: number; warnings: number; infos: number; fixable: number };
}

const small = 'fixtures/cli/small.md';
const expected = [
  { ruleId: 'confusable', line: 5, column: 1, endLine: 5, endColumn: 3, text: '截止' },
  { ruleId: 'placeholder', line: 5, column: 13, endLine: 5, endColumn: 14, text: '*' },
  { ruleId: 'punctuation', line: 5, column: 15, endLine: 5, endColumn: 16, text: ';' },
];

describe('--format json', () => {
  it('prints one LintRun that validates against schemas/lint-result.schema.json', () => {
    const run = huibao(['lint', small, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = json<Run>(run.stdout);
    const validate = schemaValidator('lint-result');
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.files.map((f) => [f.path, f.encoding])).toEqual([[small, 'utf-8']]);
    expect(result.files[0]!.diagnostics.map(({ ruleId, line, column, endLine, endColumn, text }) => ({ ruleId, line, column, endLine, endColumn, text }))).toEqual(expected);
    expect(result.summary).toEqual({ errors: 0, warnings: 3, infos: 0, fixable: 2, figures: noFigures });
    const fix = result.files[0]!.diagnostics[0]!.fixes?.find((f) => f.safe);
    expect(fix?.edits.map((e) => e.newText)).toEqual(['截至']);
  });

  it('on the seed: the same run as the stylish summary counts', () => {
    const asJson = json<Run>(huibao(['lint', 'fixtures/reports/seed.txt', '--format', 'json']).stdout);
    const stylish = huibao(['lint', 'fixtures/reports/seed.txt']).stdout;
    const { errors, warnings, infos, fixable } = asJson.summary;
    expect(stylish).toContain(`✖ ${errors + warnings + infos} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示），其中 ${fixable} 个可自动修复`);
    // 截止目前 stands on lines 32, 34 and 37 of the seed.
    const confusables = asJson.files[0]!.diagnostics.filter((d) => d.ruleId === 'confusable' && d.text === '截止');
    expect(confusables.map((d) => d.line)).toEqual([32, 34, 37]);
  });
});

describe('--format stylish', () => {
  it('groups by file, aligns columns by display width and ends with the summary', () => {
    const run = huibao(['lint', small]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(small);
    const rows = lines.filter((l) => /^ {2}\d+:\d+/.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^ {2}5:1 +警告 +“截止”应为“截至”/);
    expect(rows[0]!.trimEnd().endsWith('confusable')).toBe(true);
    // The severity column starts at the same display column in every row.
    const severityAt = rows.map((r) => stringWidth(r.slice(0, r.indexOf('警告'))));
    expect(new Set(severityAt).size).toBe(1);
    // A message wider than the cap (60 columns) is not padded further; the rule id follows it.
    expect(rows[0]).toMatch(/条）  confusable$/);
    expect(run.stdout).toContain('✖ 3 个问题（0 个错误，3 个警告，0 个提示），其中 2 个可自动修复');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('lines the rule ids up by display width where messages are shorter than the cap', () => {
    const rows = huibao(['lint', 'fixtures/reports/seed.txt']).stdout.split('\n').filter((l) => l.endsWith(' placeholder'));
    expect(rows.length).toBeGreaterThan(100);
    const ruleAt = new Set(rows.map((r) => stringWidth(r.slice(0, r.length - 'placeholder'.length))));
    expect(ruleAt.size).toBe(1);
  });

  it('speaks English with --locale en', () => {
    const run = huibao(['lint', small, '--locale', 'en']);
    expect(run.stdout).toContain('✖ 3 problems (0 errors, 3 warnings, 0 infos), 2 fixable with --fix');
    expect(run.stdout).toMatch(/5:1 +warning +/);
  });

  it('colours only when asked: FORCE_COLOR on a pipe, never with --no-color', () => {
    const forced = huibao(['lint', small], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
    const off = huibao(['lint', small, '--no-color'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain('\u001b[');
  });

  it('prints nothing for a clean file', () => {
    const run = huibao(['lint', fixture('clean.md')]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('');
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding, escaping what GitHub requires', () => {
    const run = huibao(['lint', small, '--format', 'github']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`::warning file=${small},line=5,col=13,endLine=5,endColumn=14,title=placeholder::数值待填：全镇共排查企业 * 家`);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0: rules with help URIs, results with UTF-16 regions, fixes from safe fixes', () => {
    const run = huibao(['lint', small, '--format', 'sarif']);
    expect(run.status).toBe(0);
    const log = json<SarifLog>(run.stdout);
    expect(checkSarif(log)).toEqual([]);
    const [sarifRun] = log.runs;
    expect(sarifRun!.columnKind).toBe('utf16CodeUnits');
    const rules = sarifRun!.tool.driver.rules;
    const results = sarifRun!.results;
    expect(results.map((r) => r.ruleId)).toEqual(['confusable', 'placeholder', 'punctuation']);
    expect(results.map((r) => r.level)).toEqual(['warning', 'warning', 'warning']);
    const region = results[2]!.locations[0]!.physicalLocation.region;
    expect(region).toMatchObject({ startLine: 5, startColumn: 15, endLine: 5, endColumn: 16 });
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(small);
    expect(rules[results[0]!.ruleIndex!]!.id).toBe('confusable');
    expect(rules.find((r) => r.id === 'confusable')!.helpUri).toMatch(/docs\/rules\/confusable\.md$/);
    expect(results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 3 },
      insertedContent: { text: '截至' },
    });
    expect(results[1]!.fixes).toBeUndefined();
  });
});

interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{
    columnKind?: string;
    tool: { driver: { name: string; rules: Array<{ id: string; helpUri?: string; shortDescription?: { text: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      fixes?: Array<{ artifactChanges: Array<{ replacements: unknown[] }> }>;
    }>;
  }>;
}

/**
 * A structural check of the SARIF 2.1.0 parts GitHub code scanning reads (no
 * SARIF schema package is installed and none is downloaded): returns the problems.
 */
function checkSarif(log: SarifLog): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(log.version === '2.1.0', 'version must be 2.1.0');
  need(typeof log.$schema === 'string', '$schema');
  need(Array.isArray(log.runs) && log.runs.length === 1, 'one run');
  for (const run of log.runs ?? []) {
    need(run.tool?.driver?.name === 'huibao', 'tool.driver.name');
    const ids = new Set<string>();
    for (const rule of run.tool.driver.rules) {
      need(typeof rule.id === 'string' && !ids.has(rule.id), `rule id ${rule.id} unique`);
      ids.add(rule.id);
      need(typeof rule.helpUri === 'string' && /^https:\/\//.test(rule.helpUri), `rule ${rule.id} helpUri`);
      need(typeof rule.shortDescription?.text === 'string' && rule.shortDescription.text.length > 0, `rule ${rule.id} shortDescription`);
    }
    for (const result of run.results) {
      need(ids.has(result.ruleId), `result rule ${result.ruleId} declared`);
      need(['error', 'warning', 'note', 'none'].includes(result.level), `level ${result.level}`);
      need(typeof result.message?.text === 'string', 'message.text');
      for (const location of result.locations) {
        const r = location.physicalLocation.region;
        need(r.startLine! >= 1 && r.startColumn! >= 1 && r.endLine! >= r.startLine! && r.endColumn! >= 1, 'region 1-based');
        need(!/^\//.test(location.physicalLocation.artifactLocation.uri), 'relative uri');
      }
    }
  }
  return problems;
}
