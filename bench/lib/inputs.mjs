// The texts every row is measured on, written to bench/tmp/ so that the
// in-process rows and the whole-process rows read the same bytes.
// Sources are in the repo: the seed report and five public statistical
// bulletins (bench/inputs/, see SOURCES.md there).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MB = 1024 * 1024;

export function sourceTexts(repoRoot) {
  const seed = readFileSync(join(repoRoot, 'fixtures/reports/seed.txt'), 'utf8');
  const inputs = join(repoRoot, 'bench/inputs');
  const corpus = readdirSync(inputs)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(inputs, name), 'utf8'));
  return { seed, pool: [seed, ...corpus] };
}

/** The pool repeated, separated by blank lines, cut at a line break to about `bytes` UTF-8 bytes. */
export function reportOfSize(pool, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = pool[i % pool.length].trimEnd() + '\n\n';
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts.join('');
}

/** 1,000 small reports (a few KB each): runs of consecutive paragraphs of the pool. */
export function smallReports(pool, count) {
  const paragraphs = pool.flatMap((text) => text.split(/\r?\n/).filter((line) => line.trim().length > 0));
  const reports = [];
  for (let i = 0; i < count; i++) {
    const start = (i * 37) % paragraphs.length;
    const length = 8 + (i % 17);
    const body = [];
    for (let k = 0; k < length; k++) body.push(paragraphs[(start + k) % paragraphs.length]);
    reports.push(body.join('\n') + '\n');
  }
  return reports;
}

/** Writes the inputs; returns their paths. All tools read these same files. */
export function writeInputs(repoRoot) {
  const dir = join(repoRoot, 'bench/tmp/inputs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'many'), { recursive: true });
  const { seed, pool } = sourceTexts(repoRoot);
  const files = {
    seed: { path: join(dir, 'seed.md'), text: seed },
    oneMb: { path: join(dir, 'one-mb.md'), text: reportOfSize(pool, MB) },
    fourMb: { path: join(dir, 'four-mb.md'), text: reportOfSize(pool, 4 * MB) },
  };
  for (const file of Object.values(files)) writeFileSync(file.path, file.text);
  const many = smallReports(pool, 1000);
  many.forEach((text, i) => writeFileSync(join(dir, 'many', `report-${String(i).padStart(4, '0')}.md`), text));
  return { dir, files, manyDir: join(dir, 'many'), manyBytes: many.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}
