#!/usr/bin/env node
// The two word segmenters side by side (issue 15): nodejieba and @node-rs/jieba, each in
// fresh processes of the BUILT core (run `pnpm build` first), with the same trimmed
// dictionary and user words.
//   - load: warmUpSegmenter() after importing @huibao/core, and the process's RSS after it;
//   - tag: the seed's clauses (fixtures/reports/seed.txt cut at ，。；：！？ and line ends)
//     tagged five times over;
//   - what core reads with each: the section tree, every figure's subject and role, every
//     relation (cue, totals, parts) and every finding on the rule cases, the reports, the
//     mutations and the corpus. Each difference is listed.
//
//   node bench/segmenters.mjs [--runs n] [--write]
//     --runs n  fresh processes per backend for the timings (default 5; medians are shown)
//     --write   also put the table and the differences into bench/results.md, "## Segmenter"
//
// Never part of `pnpm test`: timings are reported, not asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..');
const BACKENDS = ['nodejieba', 'node-rs'];
const args = process.argv.slice(2);

if (args[0] === '--probe') await probe(args.includes('--dump'));
else await compare();

/** One fresh process: timings on stdout as JSON, and with --dump what core read from every input. */
async function probe(dump) {
  const core = await import('@huibao/core');
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  core.warmUpSegmenter();
  const loadMs = performance.now() - start;
  const rss = process.memoryUsage().rss;
  const seed = readFileSync(join(repoRoot, 'fixtures/reports/seed.txt'), 'utf8');
  const clauses = seed.split(/[，。；：！？\n]/u).filter((c) => c.trim() !== '');
  const tagStart = performance.now();
  for (let i = 0; i < 5; i++) for (const clause of clauses) core.jiebaSegmenter.tag(clause);
  const tagMs = performance.now() - tagStart;
  const result = { backend: core.currentSegmenterBackend(), loadMs, rssMb: rss / 2 ** 20, rssAddedMb: (rss - rssBefore) / 2 ** 20, tagMs, clauses: clauses.length };
  if (dump) result.inputs = await readAll(core);
  process.stdout.write(JSON.stringify(result));
}

/** Every input the labelled evaluation reads, with the config it reads it with. */
async function inputs(core) {
  const lib = await import('../scripts/lib/labelled-fixtures.mjs');
  const severity = new Map(core.allRules.map((r) => [r.meta.id, r.meta.severity]));
  const strict = { extends: 'strict' };
  const list = [];
  for (const c of lib.loadRuleCases()) list.push({ id: `rules/${c.ruleId}/${c.name}`, text: c.source, config: lib.caseConfig(c, severity.get(c.ruleId) ?? 'warning') });
  const { readdirSync } = await import('node:fs');
  for (const file of readdirSync(join(repoRoot, 'fixtures/reports')).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
    list.push({ id: `reports/${file}`, text: readFileSync(join(repoRoot, 'fixtures/reports', file), 'utf8'), config: strict });
  }
  for (const m of lib.loadMutations()) list.push({ id: `mutations/${m.name}`, text: lib.applyMutation(m).text, config: strict });
  for (const r of lib.corpusReports()) list.push({ id: r.path, text: r.text, config: strict });
  return list;
}

/** What core read from each input, as lines that compare: sections, subjects, relations, findings. */
async function readAll(core) {
  const out = {};
  for (const input of await inputs(core)) {
    const outline = core.parseReport(input.text, { path: input.id });
    const metric = new Map(outline.metrics.map((m) => [m.id, m]));
    const sections = [];
    const walk = (list, depth) => {
      for (const s of list) {
        sections.push(`${'  '.repeat(depth)}${s.marker}${s.title ?? ''}`);
        walk(s.children, depth + 1);
      }
    };
    walk(outline.sections, 0);
    const figure = (id) => (metric.has(id) ? metric.get(id).text : `#${id}`);
    out[input.id] = {
      sections,
      subjects: outline.metrics.map((m) => `${m.range.start.line}: ${m.text} — subject ${m.subject ?? '∅'}, ${m.role}${m.roleWord ? ` (${m.roleWord})` : ''}`),
      relations: outline.relations.map(
        (r) => `${r.range.start.line}: ${r.form} ${r.cue} ${r.totals.map(figure).join('/')} = ${r.parts.map((p) => `${p.name}[${p.subject ?? '∅'}] ${p.metrics.map(figure).join('/')}`).join(' + ')}`,
      ),
      findings: core.lint(input.text, { path: input.id, config: input.config }).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
    };
  }
  return out;
}

function runProbe(backend, dump) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--probe', ...(dump ? ['--dump'] : [])], {
    cwd: repoRoot,
    env: { ...process.env, HUIBAO_SEGMENTER: backend },
    encoding: 'utf8',
    maxBuffer: 512 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`segmenters: the ${backend} probe failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function compare() {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const timings = Object.fromEntries(BACKENDS.map((b) => [b, []]));
  // Alternated, so that a slow spell of a shared machine hits both.
  for (let i = 0; i < runs; i++) for (const b of BACKENDS) timings[b].push(runProbe(b, false));
  const dumps = Object.fromEntries(BACKENDS.map((b) => [b, runProbe(b, true).inputs]));

  const lines = [];
  lines.push(`Fresh processes of the built core, same trimmed dictionary and user words; medians of ${runs} runs per backend, alternated. Tag: the seed's ${timings.nodejieba[0].clauses} clauses, five times over.`, '');
  lines.push('| backend | load | RSS after load | RSS added by load | tag seed clauses ×5 |', '|---|---|---|---|---|');
  for (const b of BACKENDS) {
    const t = timings[b];
    const m = (key) => median(t.map((r) => r[key]));
    lines.push(`| ${b} | ${m('loadMs').toFixed(0)} ms | ${m('rssMb').toFixed(0)} MB | ${m('rssAddedMb').toFixed(0)} MB | ${m('tagMs').toFixed(1)} ms |`);
  }

  const [a, b] = BACKENDS;
  const diffs = [];
  const counts = { sections: 0, subjects: 0, relations: 0, findings: 0 };
  const ids = Object.keys(dumps[a]);
  for (const id of ids) {
    for (const kind of Object.keys(counts)) {
      const left = dumps[a][id][kind];
      const right = dumps[b][id][kind];
      const onlyLeft = without(left, right);
      const onlyRight = without(right, left);
      if (onlyLeft.length === 0 && onlyRight.length === 0) continue;
      counts[kind] += Math.max(onlyLeft.length, onlyRight.length);
      diffs.push(`- ${id}, ${kind}:`);
      for (const line of onlyLeft) diffs.push(`  - ${a}: ${line}`);
      for (const line of onlyRight) diffs.push(`  - ${b}: ${line}`);
    }
  }
  lines.push('', `Inputs compared: ${ids.length} (rule cases, fixtures/reports, mutations, corpus). Differences (lines only one backend gives): sections ${counts.sections}, subjects ${counts.subjects}, relations ${counts.relations}, findings ${counts.findings}.`, '');
  lines.push(...(diffs.length ? diffs : ['No differences.']));
  const text = lines.join('\n');
  console.log(text);
  if (args.includes('--write')) writeSection(text);
}

/** The lines of `list` that `other` lacks, as many times as they are missing. */
function without(list, other) {
  const left = new Map();
  for (const line of other) left.set(line, (left.get(line) ?? 0) + 1);
  const missing = [];
  for (const line of list) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else missing.push(line);
  }
  return missing;
}

/**
 * Replaces the measured part of "## Segmenter" in bench/results.md: from the heading down to
 * "### Recommendation" (written by hand) or the next "## " section. bench/run.mjs keeps the section.
 */
function writeSection(measured) {
  const path = join(repoRoot, 'bench/results.md');
  const old = readFileSync(path, 'utf8');
  const heading = '## Segmenter';
  const at = old.indexOf(`\n${heading}\n`);
  const generated = `${heading}\n\nGenerated by \`node bench/segmenters.mjs --write\` on ${new Date().toISOString()}.\n\n${measured}\n`;
  if (at < 0) return writeFileSync(path, `${old.trimEnd()}\n\n${generated}`);
  const rest = old.slice(at + heading.length + 2);
  const keep = rest.search(/^(### Recommendation|## )/m);
  writeFileSync(path, `${old.slice(0, at + 1)}${generated}${keep >= 0 ? `\n${rest.slice(keep)}` : ''}`);
}
