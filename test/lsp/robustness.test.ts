// The server survives what clients and users throw at it: unknown documents,
// out-of-range edits, malformed messages, bad config files. It also honours
// client settings, workspace trust, the client's locale, debouncing, and
// Node IPC as a second transport.
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node';
import { serverBin, startClient, uriOf, type Client } from './lsp-client.mjs';
import { assertServerBuilt, ruleOf } from './helpers.js';

const report = ['一、基本情况', '', '上半年共走访*户。截止目前，完成整改*处。', ''].join('\n');
let tmp: string;

beforeAll(() => {
  assertServerBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'huibao-lsp-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function workspace(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

async function openReport(client: Client, path: string, text = report, version = 1) {
  return openUri(client, uriOf(path), text, version);
}

/** Opens any document, untitled ones included, and waits for its diagnostics. */
async function openUri(client: Client, uri: string, text: string, version = 1) {
  const from = client.published.length;
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  return { uri, diagnostics: (await client.waitForDiagnostics(uri, (p) => p.version === version, { from })).diagnostics };
}

/** The rules of the diagnostics (their ids, from data: the code shows the name). */
const codes = (diagnostics: any[]) => diagnostics.map(ruleOf).sort();

describe('robustness', () => {
  let client: Client;
  beforeAll(async () => {
    client = await startClient();
  });
  afterAll(async () => {
    expect(await client.stop()).toEqual({ code: 0, signal: null });
  });

  it('answers requests for unknown documents with nothing', async () => {
    const textDocument = { uri: 'file:///nowhere/never-opened.md' };
    const position = { line: 0, character: 0 };
    const range = { start: position, end: position };
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument, position })).toBeNull();
    expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument })).toBeNull();
    expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } })).toEqual([]);
    expect(await client.connection.sendRequest('huibao/placeholders', { textDocument })).toBeNull();
    expect(await client.connection.sendRequest('huibao/placeholders', {})).toBeNull();
  });

  it('clamps an edit past the end of the document and re-lints', async () => {
    const { uri } = await openReport(client, join(tmp, 'clamp.md'));
    const from = client.published.length;
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 999, character: 5 }, end: { line: 1200, character: 0 } }, text: '另有*处待定。' }],
    });
    const after = (await client.waitForDiagnostics(uri, (p) => p.version === 2, { from })).diagnostics;
    // The two * of the report plus the appended one.
    expect(after.filter((d) => ruleOf(d) === 'placeholder')).toHaveLength(3);
  });

  it('survives malformed notifications and requests', async () => {
    client.connection.sendNotification('textDocument/didOpen', {});
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///x.md', version: 3 }, contentChanges: [{ text: 1 }] });
    client.connection.sendNotification('textDocument/didClose', { textDocument: null });
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: 'nope' });
    client.connection.sendNotification('workspace/didChangeConfiguration', null);
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 42 }, position: null }).catch(() => undefined);
    await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(join(tmp, 'clamp.md')) }, range: null, context: null }).catch(() => undefined);
    // Still alive and still linting.
    const { diagnostics } = await openReport(client, join(tmp, 'alive.md'));
    expect(codes(diagnostics)).toEqual(['confusable', 'placeholder', 'placeholder']);
  });

  it('publishes only the latest of rapid edits (debounced, stale versions dropped)', async () => {
    const { uri } = await openReport(client, join(tmp, 'typing.md'));
    const from = client.published.length;
    for (let v = 2; v <= 6; v++) {
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: `${report}第${v}稿*份。\n` }] });
    }
    const last = await client.waitForDiagnostics(uri, (p) => p.version === 6, { from });
    expect(last.diagnostics.filter((d) => ruleOf(d) === 'placeholder')).toHaveLength(3);
    expect(client.published.slice(from).filter((p) => p.uri === uri).map((p) => p.version)).toEqual([6]);
  });
});

describe('config files', () => {
  it('shows a bad config as one diagnostic on the file and a message, and lints with defaults', async () => {
    const dir = workspace('bad-config', { '.huibaorc.json': '{\n  "rules": {\n    "placeholder": "loud"\n  }\n}\n' });
    const client = await startClient({ rootPath: dir });
    try {
      const configUri = uriOf(join(dir, '.huibaorc.json'));
      const { diagnostics } = await openReport(client, join(dir, 'report.md'));
      expect(codes(diagnostics)).toEqual(['confusable', 'placeholder', 'placeholder']);
      const onConfig = (await client.waitForDiagnostics(configUri)).diagnostics;
      expect(onConfig).toHaveLength(1);
      expect(onConfig[0].message).toContain('rules.placeholder');
      expect(onConfig[0].range.start).toEqual({ line: 2, character: 4 }); // the "placeholder" key
      expect(client.messages).toHaveLength(1);
      expect(client.messages[0]!.message).toContain('.huibaorc.json');

      // Fixed on disk: the watcher's event reloads it, the problem goes, the setting applies.
      writeFileSync(join(dir, '.huibaorc.json'), '{ "rules": { "placeholder": "off" } }\n');
      const from = client.published.length;
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      expect((await client.waitForDiagnostics(configUri, () => true, { from })).diagnostics).toEqual([]);
      const relinted = await client.waitForDiagnostics(uriOf(join(dir, 'report.md')), () => true, { from });
      expect(codes(relinted.diagnostics)).toEqual(['confusable']);
      expect(client.messages).toHaveLength(1);
    } finally {
      expect(await client.stop()).toEqual({ code: 0, signal: null });
    }
  });

  it('places a JSON syntax error on its line', async () => {
    const dir = workspace('syntax-config', { 'huibao.config.json': '{\n  "mode": "final",\n  oops\n}\n' });
    const client = await startClient({ rootPath: dir });
    try {
      await openReport(client, join(dir, 'report.md'));
      const onConfig = (await client.waitForDiagnostics(uriOf(join(dir, 'huibao.config.json')))).diagnostics;
      expect(onConfig).toHaveLength(1);
      expect(onConfig[0].range.start.line).toBe(2);
    } finally {
      await client.stop();
    }
  });

  it('applies a package.json "huibao" key found upward, and ignores it in an untrusted workspace', async () => {
    const dir = workspace('pkg-config', { 'package.json': '{ "name": "x", "huibao": { "rules": { "confusable": "off" } } }' });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    const trusted = await startClient({ rootPath: dir });
    try {
      expect(codes((await openReport(trusted, join(dir, 'docs/report.md'))).diagnostics)).toEqual(['placeholder', 'placeholder']);
    } finally {
      await trusted.stop();
    }
    const untrusted = await startClient({ rootPath: dir, initializationOptions: { untrusted: true } });
    try {
      expect(codes((await openReport(untrusted, join(dir, 'docs/report.md'))).diagnostics)).toEqual(['confusable', 'placeholder', 'placeholder']);
    } finally {
      await untrusted.stop();
    }
  });
});

describe('client settings and locale', () => {
  it('reads huibao.rules, huibao.mode and huibao.enable from workspace/configuration', async () => {
    const dir = workspace('settings', {});
    const client = await startClient({ rootPath: dir, settings: { rules: { confusable: 'off' }, mode: 'final' } });
    try {
      const { diagnostics } = await openReport(client, join(dir, 'report.md'));
      expect(codes(diagnostics)).toEqual(['placeholder', 'placeholder']);
      // Final mode: an unfilled placeholder is an error.
      expect(diagnostics.every((d) => d.severity === 1)).toBe(true);
    } finally {
      await client.stop();
    }
    const off = await startClient({ rootPath: dir, settings: { enable: false } });
    try {
      expect((await openReport(off, join(dir, 'report.md'))).diagnostics).toEqual([]);
    } finally {
      await off.stop();
    }
  });

  it('sends placeholders as hints while drafting and as errors in final mode', async () => {
    const severities = (diagnostics: ReadonlyArray<{ data?: unknown; severity?: number }>, ruleId: string) => diagnostics.filter((d) => ruleOf(d) === ruleId).map((d) => d.severity);
    const draft = workspace('hints-draft', {});
    const client = await startClient({ rootPath: draft });
    try {
      const { diagnostics } = await openReport(client, join(draft, 'report.md'));
      // Hint (4) keeps them out of VS Code's Problems panel; other rules keep their severity.
      expect(severities(diagnostics, 'placeholder')).toEqual([4, 4]);
      expect(severities(diagnostics, 'confusable')).toEqual([2]);
    } finally {
      await client.stop();
    }
    const final = workspace('hints-final', { '.huibaorc.json': JSON.stringify({ mode: 'final' }) });
    const finalClient = await startClient({ rootPath: final });
    try {
      expect(severities((await openReport(finalClient, join(final, 'report.md'))).diagnostics, 'placeholder')).toEqual([1, 1]);
    } finally {
      await finalClient.stop();
    }
  });

  it('speaks English to an English client', async () => {
    const dir = workspace('english', {});
    const client = await startClient({ rootPath: dir, locale: 'en-US' });
    try {
      const { uri, diagnostics } = await openReport(client, join(dir, 'report.md'), `${report}截止目前，另有*处。\n`);
      const confusable = diagnostics.filter((d) => ruleOf(d) === 'confusable');
      expect(confusable).toHaveLength(2);
      expect(confusable[0].message).toContain(' should be ');
      // English names, source and code alike; the id stays in data.
      expect(confusable[0]).toMatchObject({ source: 'Huibao', code: 'Confusable word', data: { ruleId: 'confusable' } });
      const actions: any[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: confusable[0].range, context: { diagnostics: [confusable[0]] } });
      expect(actions.map((a) => a.title)).toContain('Fix all “Confusable word” problems in this file');
      expect(actions.map((a) => a.title)).toContain('Disable “Confusable word” for this line');
      const hover: any = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: confusable[0].range.start });
      expect(hover.contents.value).toContain('**Confusable word** · 用词：');
    } finally {
      await client.stop();
    }
  });
});

// huibao.enable: under `auto` (the default) only documents that look like a
// Chinese report are checked; `always` checks every Markdown and text file,
// `never` none. The booleans of earlier versions still work.
describe('huibao.enable', () => {
  /** An English README quoting a report line outside code: a placeholder when checked. */
  const readme = ['# Huibao', '', 'Huibao lints Chinese work reports. A line such as 共计拆违*处 is flagged.', '', '1. Open a report.', '2. Read the diagnostics.', ''].join('\n');
  const codesOf = async (client: Client, uri: string, text: string) => codes((await openUri(client, uri, text)).diagnostics);

  it('auto (the default): an English README gets no diagnostics, a Chinese report does', async () => {
    const dir = workspace('enable-auto', {});
    const client = await startClient({ rootPath: dir });
    try {
      expect(await codesOf(client, uriOf(join(dir, 'README.md')), readme)).toEqual([]);
      expect(await codesOf(client, uriOf(join(dir, 'report.md')), report)).toEqual(['confusable', 'placeholder', 'placeholder']);
      // Untitled documents follow the same rule.
      expect(await codesOf(client, 'untitled:Untitled-1', readme)).toEqual([]);
      expect(await codesOf(client, 'untitled:Untitled-2', report)).toEqual(['confusable', 'placeholder', 'placeholder']);
      // Nor does the placeholder list answer for a document that is not checked.
      expect(await client.connection.sendRequest('huibao/placeholders', { textDocument: { uri: uriOf(join(dir, 'README.md')) } })).toBeNull();
    } finally {
      await client.stop();
    }
  });

  it('auto: a config file in the folder chain makes any document a report', async () => {
    const dir = workspace('enable-configured', { '.huibaorc.json': '{}\n' });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    const client = await startClient({ rootPath: dir, settings: { enable: 'auto' } });
    try {
      expect(await codesOf(client, uriOf(join(dir, 'docs/README.md')), readme)).toEqual(['placeholder']);
    } finally {
      await client.stop();
    }
  });

  // always checks the README, never not even a report; true and false are the old booleans.
  it.each([
    ['always', readme, ['placeholder']],
    [true, readme, ['placeholder']],
    ['never', report, []],
    [false, report, []],
  ])('enable %s', async (enable, text, expected) => {
    const dir = workspace(`enable-${String(enable)}`, {});
    const client = await startClient({ rootPath: dir, settings: { enable } });
    try {
      expect(await codesOf(client, uriOf(join(dir, 'doc.md')), text)).toEqual(expected);
    } finally {
      await client.stop();
    }
  });
});

describe('Node IPC transport', () => {
  it('initializes, lints and exits cleanly over --node-ipc', async () => {
    const child = fork(serverBin, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const published = new Promise<any>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.listen();
    const init: any = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    expect(init.serverInfo.name).toBe('huibao-language-server');
    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'plaintext', version: 1, text: report } });
    expect(codes((await published).diagnostics)).toEqual(['confusable', 'placeholder', 'placeholder']);
    await connection.sendRequest('shutdown');
    connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });
});
