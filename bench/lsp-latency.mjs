// Language server latency and memory, measured through the protocol as an
// editor sees them (issue 6):
// - p50/p95 from didChange to publishDiagnostics for a one-character edit, on
//   the seed and on a 1 MB report (the seed repeated: a worst case for
//   duplicate-sentence, every sentence occurring 64 times), with the debounce set to
//   0 so the server's own cost is measured (editors add the ~200 ms debounce);
// - RSS of the server process over 10,000 edits of the seed, each re-linted.
// Prints a table and writes bench/tmp/lsp-latency.json. Needs `pnpm build`.
//   node bench/lsp-latency.mjs [--samples N] [--big-samples N] [--edits N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lint, parseReport, warmUpSegmenter } from '@huibao/core';
import { repoRoot, startClient, uriOf } from '../test/lsp/lsp-client.mjs';

const { values } = parseArgs({
  options: {
    samples: { type: 'string', default: '200' },
    'big-samples': { type: 'string', default: '20' },
    edits: { type: 'string', default: '10000' },
  },
});
const samples = Number(values.samples);
const bigSamples = Number(values['big-samples']);
const edits = Number(values.edits);

const seed = readFileSync(join(repoRoot, 'fixtures/reports/seed.txt'), 'utf8');
function megabyteReport() {
  const parts = [];
  let size = 0;
  while (size < 1024 * 1024) {
    parts.push(seed);
    size += Buffer.byteLength(seed);
  }
  return parts.join('\n');
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n) => Math.round(n * 100) / 100;

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kb / 1024);
}

/** A typing session on one document: each call inserts or deletes one character and waits for its diagnostics. */
async function session(client, name, text) {
  const uri = uriOf(join(repoRoot, 'bench/tmp', name));
  let version = 1;
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  await client.waitForDiagnostics(uri, (p) => p.version === 1, { timeout: 120_000 });
  // Type inside the first body paragraph of the last third of the document.
  const lines = text.split('\n');
  const line = Math.floor((lines.length * 2) / 3);
  const at = { line, character: Math.min(4, lines[line].length) };
  let inserted = false;
  const close = () => client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { keystroke, close };
  async function keystroke() {
    version++;
    const range = inserted ? { start: at, end: { line, character: at.character + 1 } } : { start: at, end: at };
    const from = client.published.length;
    const started = performance.now();
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: inserted ? '' : '的' }],
    });
    const v = version;
    const published = await client.waitForDiagnostics(uri, (p) => p.version === v, { from, timeout: 120_000 });
    inserted = !inserted;
    // Keep the record from growing with the benchmark itself.
    client.published.length = 0;
    return published.at - started;
  }
}

/**
 * Keystrokes through the server; with `alongside`, each one is followed by the
 * same parse + lint in this process, so both see the same machine load.
 */
async function latency(client, name, text, count, warmup, alongside = false) {
  if (count === 0) return { samples: 0, p50: null, p95: null, max: null };
  const { keystroke, close } = await session(client, name, text);
  if (alongside) warmUpSegmenter();
  const times = [];
  const direct = [];
  for (let i = 0; i < count + warmup; i++) {
    const ms = await keystroke();
    const core = alongside ? lintInProcess(text) : 0;
    if (i >= warmup) {
      times.push(ms);
      direct.push(core);
    }
  }
  // Closing drops the document and its analysis, so the memory run starts clean.
  close();
  const result = { samples: times.length, ...summary(times) };
  if (alongside) result.coreInProcess = summary(direct);
  return result;
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted.at(-1)) };
}

function lintInProcess(text) {
  const started = performance.now();
  lint(parseReport(text, { format: 'text' }), { text });
  return performance.now() - started;
}

async function memory(client, count) {
  const { keystroke } = await session(client, 'memory.txt', seed);
  for (let i = 0; i < 50; i++) await keystroke();
  const pid = client.child.pid;
  const points = [{ edits: 0, rssMb: rssMb(pid) }];
  const step = Math.max(1, Math.floor(count / 10));
  for (let i = 1; i <= count; i++) {
    await keystroke();
    if (i % step === 0) points.push({ edits: i, rssMb: rssMb(pid) });
  }
  const first = points[0].rssMb;
  const last = points.at(-1).rssMb;
  return { edits: count, startMb: first, endMb: last, maxMb: Math.max(...points.map((p) => p.rssMb)), growthMb: round(last - first), points };
}

const client = await startClient({ initializationOptions: { debounceMs: 0 } });
try {
  const big = megabyteReport();
  const result = {
    node: process.version,
    debounceMs: 0,
    seed: { bytes: Buffer.byteLength(seed), ...(await latency(client, 'seed.txt', seed, samples, 10, true)) },
    oneMegabyte: { bytes: Buffer.byteLength(big), ...(await latency(client, 'one-megabyte.txt', big, bigSamples, 2)) },
    memory: await memory(client, edits),
  };
  result.serverOverheadP50Ms = result.seed.coreInProcess ? round(result.seed.p50 - result.seed.coreInProcess.p50) : null;
  mkdirSync(join(repoRoot, 'bench/tmp'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench/tmp/lsp-latency.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('LSP didChange → publishDiagnostics (debounce 0)');
  console.log(`  seed (${(result.seed.bytes / 1024).toFixed(0)} KB):  p50 ${result.seed.p50} ms  p95 ${result.seed.p95} ms  (n=${result.seed.samples})`);
  if (result.seed.coreInProcess) console.log(`  core parse+lint of the seed in-process, interleaved: p50 ${result.seed.coreInProcess.p50} ms  p95 ${result.seed.coreInProcess.p95} ms → the server adds ${result.serverOverheadP50Ms} ms at p50`);
  console.log(`  1 MB report:     p50 ${result.oneMegabyte.p50} ms  p95 ${result.oneMegabyte.p95} ms  (n=${result.oneMegabyte.samples})`);
  console.log(`  RSS (MB) by edits: ${result.memory.points.map((p) => `${p.edits}:${p.rssMb}`).join('  ')}`);
  console.log(`RSS over ${result.memory.edits} edits of the seed: ${result.memory.startMb} MB → ${result.memory.endMb} MB (max ${result.memory.maxMb} MB, growth ${result.memory.growthMb} MB)`);
  console.log('wrote bench/tmp/lsp-latency.json');
} finally {
  const { code } = await client.stop();
  if (code !== 0) process.exitCode = 1;
}
