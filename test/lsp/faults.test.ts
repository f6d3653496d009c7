// Faults a writer's editor can throw at the server (issue 7): a 20 MB document
// and a burst of 1,000 edits. The server answers, keeps serving, publishes
// what is true of the final text, gives memory back, and exits 0.
// (Malformed messages, unknown documents and out-of-range edits: robustness.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startClient, uriOf, type Client, type Published } from './lsp-client.mjs';
import { assertServerBuilt, positionOf, ruleOf, seedText, type LspPosition } from './helpers.js';

const MB = 1024 * 1024;

beforeAll(() => assertServerBuilt());

/** The server process's resident set, in MB, as the kernel counts it. */
function rssMb(client: Client): number {
  const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
  const kb = /VmRSS:\s{0,20}(\d{1,12}) kB/.exec(status);
  if (!kb) throw new Error('no VmRSS in /proc status');
  return Number(kb[1]) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends a request and resolves with its answer and how long it took. */
async function timed<T>(request: Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await request;
  return { answer, ms: performance.now() - started };
}

function open(client: Client, uri: string, text: string, languageId = 'plaintext'): number {
  const from = client.published.length;
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return from;
}

/** What a diagnostic says and where, without the fields that name its document or version. */
const gist = (p: Published) => p.diagnostics.map((d) => ({ code: d.code, range: d.range, message: d.message, severity: d.severity }));

describe('a 20 MB document', () => {
  it('does not stop the server answering, is reported as too large, and the server exits 0', async () => {
    // The seed repeated until it weighs 20 MB in UTF-8.
    const copies = Math.ceil((20 * MB) / Buffer.byteLength(seedText));
    const big = `${seedText}\n`.repeat(copies);
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(20 * MB);

    const client = await startClient();
    let exit: { code: number | null; signal: string | null } | undefined;
    try {
      const smallUri = uriOf(join(repoRoot, 'faults-small.md'));
      const small = ['一、基本情况', '', '上半年共走访*户。', '', '二、下一步打算', '', '继续走访。', ''].join('\n');
      await client.waitForDiagnostics(smallUri, (p) => p.version === 1, { from: open(client, smallUri, small, 'markdown') });
      const baseline = rssMb(client);

      const bigUri = uriOf(join(repoRoot, 'faults-big.txt'));
      const from = open(client, bigUri, big);
      // A request right behind the 20 MB open is answered promptly: the server
      // does not lint for a minute (1 MB takes ~3 s) before reading it.
      const symbols = await timed(client.connection.sendRequest<any[]>('textDocument/documentSymbol', { textDocument: { uri: smallUri } }));
      expect(symbols.answer.map((s) => s.name)).toEqual(['一、基本情况', '二、下一步打算']);
      expect(symbols.ms).toBeLessThan(15_000);

      // The big one gets one diagnostic saying it is too large to check here.
      const published = await client.waitForDiagnostics(bigUri, (p) => p.version === 1, { from, timeout: 15_000 });
      expect(published.diagnostics).toHaveLength(1);
      expect(published.diagnostics[0]).toMatchObject({ source: '汇报', code: '文档过大' });
      expect(published.diagnostics[0].message).toContain('huibao lint');
      expect(published.diagnostics[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

      // Requests on it answer at once, with nothing to show.
      const hover = await timed(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: { line: 0, character: 3 } }));
      expect(hover.answer).toBeNull();
      expect(hover.ms).toBeLessThan(5_000);

      // An edit to it is taken and reported the same way; the small one still lints.
      const fromEdit = client.published.length;
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: bigUri, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '截止目前，' }],
      });
      const edited = await client.waitForDiagnostics(bigUri, (p) => p.version === 2, { from: fromEdit, timeout: 15_000 });
      expect(edited.diagnostics.map((d) => d.code)).toEqual(['文档过大']);
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: smallUri, version: 2 },
        contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '另有*户。' }],
      });
      const relinted = await client.waitForDiagnostics(smallUri, (p) => p.version === 2, { from: fromEdit });
      expect(relinted.diagnostics.filter((d) => ruleOf(d) === 'placeholder')).toHaveLength(2);

      // Closed, its diagnostics are cleared.
      const fromClose = client.published.length;
      client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });
      expect((await client.waitForDiagnostics(bigUri, () => true, { from: fromClose })).diagnostics).toEqual([]);
      const peak = rssMb(client);
      await sleep(2_000);
      const settled = rssMb(client);
      console.log(`20 MB document: server RSS ${baseline.toFixed(1)} MB before, ${peak.toFixed(1)} MB after open/edit/close, ${settled.toFixed(1)} MB 2 s later`);
      // The 20 MB message and its string are garbage now, though V8 may not
      // have handed the pages back yet; kept copies of it would show as more.
      expect(settled).toBeLessThan(baseline + 100);
    } finally {
      exit = await client.stop();
    }
    expect(exit).toEqual({ code: 0, signal: null });
  }, 90_000);
});

describe('1,000 rapid edits', () => {
  it('publishes the final version as a fresh lint of the final text would, keeps answering, gives memory back, and exits 0', async () => {
    const client = await startClient();
    let exit: { code: number | null; signal: string | null } | undefined;
    try {
      const uri = uriOf(join(repoRoot, 'faults-typing.txt'));
      const opened = await client.waitForDiagnostics(uri, (p) => p.version === 1, { from: open(client, uri, seedText) });
      const seedPlaceholders = opened.diagnostics.filter((d) => ruleOf(d) === 'placeholder').length;
      // Let the first lint's garbage settle before taking the baseline.
      await sleep(1_000);
      const baseline = rssMb(client);

      // Typing at the end of the first paragraph: every tenth keystroke is a
      // backspace. The mirror string is what the document must become.
      const stream = '截止目前，另有*处待核实，已完成整改*处。'.repeat(60);
      const firstLineEnd = seedText.indexOf('\n');
      const cursor: LspPosition = positionOf(seedText, '\n');
      let typed = '';
      const from = client.published.length;
      for (let version = 2; version <= 1001; version++) {
        const at = { line: cursor.line, character: cursor.character + typed.length };
        if (version % 10 === 1) {
          typed = typed.slice(0, -1);
          const start = { line: at.line, character: at.character - 1 };
          client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start, end: at }, text: '' }] });
        } else {
          const next = stream[typed.length]!;
          typed += next;
          client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: next }] });
        }
      }
      // 900 keystrokes, 100 backspaces.
      expect(typed).toBe(stream.slice(0, 800));
      const finalText = seedText.slice(0, firstLineEnd) + typed + seedText.slice(firstLineEnd);

      // Keeps answering while the edits are being digested.
      const symbols = await client.connection.sendRequest<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
      expect(Array.isArray(symbols)).toBe(true);

      const last = await client.waitForDiagnostics(uri, (p) => p.version === 1001, { from, timeout: 30_000 });
      const afterBurst = rssMb(client);
      await sleep(1_500); // anything stale would have been published by now
      const publishes = client.published.slice(from).filter((p) => p.uri === uri);
      expect(publishes[publishes.length - 1]).toBe(last);
      // Debounced: a handful of publishes at most, not one per keystroke.
      expect(publishes.length).toBeLessThanOrEqual(10);

      // The same as a fresh lint of the final text, opened as a new document.
      const freshUri = uriOf(join(repoRoot, 'faults-fresh.txt'));
      const fresh = await client.waitForDiagnostics(freshUri, (p) => p.version === 1, { from: open(client, freshUri, finalText) });
      expect(gist(last)).toEqual(gist(fresh));
      // 800 typed characters hold 800 / 21 * 2 = 76 placeholders (38 full sentences of two).
      expect([...typed].filter((c) => c === '*')).toHaveLength(76);
      expect(last.diagnostics.filter((d) => ruleOf(d) === 'placeholder')).toHaveLength(seedPlaceholders + 76);

      // Close the fresh copy, let timers and garbage settle, then measure again.
      client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
      await sleep(3_000);
      const settled = rssMb(client);
      console.log(`1,000 edits: server RSS ${baseline.toFixed(1)} MB baseline, ${afterBurst.toFixed(1)} MB after the burst, ${settled.toFixed(1)} MB settled (${publishes.length} publish(es) for the burst)`);
      expect(settled).toBeLessThan(baseline + 60);
    } finally {
      exit = await client.stop();
    }
    expect(exit).toEqual({ code: 0, signal: null });
  }, 90_000);
});
