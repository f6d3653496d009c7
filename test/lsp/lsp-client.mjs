// A minimal LSP client over stdio for tests and benchmarks: spawns the built
// server, answers its requests (workspace/configuration, registerCapability)
// and records what it publishes. Shared by test/lsp/*.test.ts and bench/lsp-latency.mjs.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ConfigurationRequest,
  RegistrationRequest,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const serverBin = fileURLToPath(new URL('../../packages/language-server/dist/bin.js', import.meta.url));
export const uriOf = (path) => pathToFileURL(path).href;

/**
 * @param {object} [options]
 * @param {Record<string, unknown> | null} [options.settings] answer to workspace/configuration for section huibao
 * @param {Record<string, unknown>} [options.initializationOptions]
 * @param {string} [options.locale]
 * @param {string} [options.rootPath]
 * @param {boolean} [options.dynamicWatchers]
 */
export async function startClient(options = {}) {
  const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: repoRoot });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** @type {Array<{uri: string, version?: number, diagnostics: any[], at: number}>} */
  const published = [];
  /** @type {Array<() => void>} */
  const waiters = [];
  const messages = [];
  const registrations = [];
  const logs = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push({ ...params, at: performance.now() });
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onNotification(ShowMessageNotification.type, (params) => messages.push(params));
  connection.onNotification('window/logMessage', (params) => logs.push(params));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => options.settings ?? null));
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
    return null;
  });
  connection.listen();

  const rootPath = options.rootPath ?? repoRoot;
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(rootPath),
    workspaceFolders: [{ uri: uriOf(rootPath), name: 'ws' }],
    locale: options.locale ?? 'zh-cn',
    initializationOptions: options.initializationOptions ?? {},
    capabilities: {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: options.dynamicWatchers ?? true },
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    },
  });
  connection.sendNotification(InitializedNotification.type, {});

  /**
   * Resolves with the first publish for `uri` (after index `from`) that satisfies `accept`.
   * @param {string} uri
   * @param {(p: {uri: string, version?: number, diagnostics: any[]}) => boolean} [accept]
   */
  function waitForDiagnostics(uri, accept = () => true, { from = 0, timeout = 20_000 } = {}) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms (got ${published.filter((p) => p.uri === uri).length} publishes)\n${stderr}`)), timeout);
      const check = () => {
        const hit = published.slice(from).find((p) => p.uri === uri && accept(p));
        if (hit) {
          clearTimeout(timer);
          resolve(hit);
        } else waiters.push(check);
      };
      check();
    });
  }

  async function stop() {
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    const result = await exited;
    connection.dispose();
    return result;
  }

  return { connection, child, init, published, messages, registrations, logs, exited, waitForDiagnostics, stop, stderr: () => stderr };
}
