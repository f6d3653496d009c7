/**
 * The Huibao language server: open documents and config in, diagnostics,
 * code actions, symbols, hovers and the placeholder list out. Every check is
 * core's; this file only wires LSP events to it.
 *
 * `startServer(connection)` works on any connection (stdio, Node IPC, or one
 * the VS Code extension creates when it bundles the server).
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { looksLikeReport, warmUpSegmenter, type Locale } from '@huibao/core';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from './analysis.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { builtinDefaults, ConfigCache, isConfigFileName, type LoadedConfig } from './config-files.js';
import { configDiagnostic } from './config-problems.js';
import { sourceOf, toLspDiagnostic } from './convert.js';
import { hoverAt } from './hover.js';
import { localeFromClient, t } from './i18n.js';
import { listPlaceholders, PlaceholdersRequest } from './placeholders.js';
import { defaultSettings, normalizeSettings, type ClientSettings } from './settings.js';
import { documentSymbols } from './symbols.js';

export const SERVER_NAME = 'huibao-language-server';
export const SERVER_VERSION = '0.1.0';
const DEFAULT_DEBOUNCE_MS = 200;
const REPORT_LANGUAGES = new Set(['markdown', 'plaintext']);
const REPORT_EXTENSIONS = /\.(?:md|markdown|txt)$/i;
const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;
/**
 * Lint runs on the event loop and costs ~3 s per MB: past this many UTF-16
 * units (~6 MB of Chinese UTF-8) the server would stop answering for tens of
 * seconds, so it reports the document as too large instead and leaves it to
 * the command line, which has no keystrokes to keep up with.
 */
export const MAX_LINT_CHARS = 2_000_000;

/** What a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** The `huibao` settings, for clients without workspace/configuration. */
  settings?: Partial<ClientSettings>;
  /** Workspace trust: built-in defaults only, no workspace config files. */
  untrusted?: boolean;
  /** Delay between the last keystroke and the lint (benchmarks use 0). */
  debounceMs?: number;
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Markdown and plain-text reports; also by extension, for clients whose ids differ (Neovim says "text"). */
function isReport(document: TextDocument): boolean {
  return REPORT_LANGUAGES.has(document.languageId) || REPORT_EXTENSIONS.test(document.uri);
}

function isTooLarge(document: TextDocument): boolean {
  return document.getText().length > MAX_LINT_CHARS;
}

function isMarkdown(document: TextDocument): boolean {
  return document.languageId === 'markdown' || MARKDOWN_EXTENSIONS.test(document.uri);
}

/** One diagnostic at the top of a document too large to lint here. */
function tooLargeDiagnostic(document: TextDocument, locale: Locale): Diagnostic {
  const mb = (chars: number) => (chars / (1024 * 1024)).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: sourceOf(locale),
    code: t(locale, 'tooLargeCode'),
    message: t(locale, 'tooLarge', { size: mb(document.getText().length), limit: mb(MAX_LINT_CHARS) }),
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigCache();
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** How long the last lint of each document took: a huge report waits longer between lints. */
  const lintCost = new Map<string, number>();
  const settingsCache = new Map<string, Promise<ClientSettings>>();
  const justOpened = new Set<string>();
  /** Config files we published problems on, by path, with the problems' signature. */
  const configProblems = new Map<string, string>();
  const shownMessages = new Set<string>();

  let locale: Locale = 'zh-CN';
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let initSettings: ClientSettings = defaultSettings;
  let pushedSettings: ClientSettings | null = null;
  let canPullConfiguration = false;
  let canRegisterWatchers = false;
  let canRegisterConfigurationChange = false;
  let workspaceRoot: string | undefined;
  let configGeneration = 0;

  const log = (error: unknown) => connection.console.error(`huibao: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  /** A failing request answers `fallback` and logs; it never takes the server down. */
  const guard =
    <P, R>(fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        log(error);
        return fallback;
      }
    };

  connection.onInitialize((params): InitializeResult => {
    locale = localeFromClient(params.locale);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    initSettings = normalizeSettings(options.settings ?? {}, defaultSettings);
    if (options.untrusted === true) initSettings = { ...initSettings, untrusted: true };
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0 && options.debounceMs <= 10_000) debounceMs = options.debounceMs;
    const capabilities = params.capabilities ?? {};
    canPullConfiguration = capabilities.workspace?.configuration === true;
    canRegisterWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const rootUri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = rootUri ? filePathOf(rootUri) : params.rootPath ?? undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Huibao' },
        hoverProvider: true,
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfigurationChange) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'huibao' }).catch(log);
    }
    if (canRegisterWatchers) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/{.huibaorc.json,huibao.config.json,package.json}' }],
        })
        .catch(log);
    }
    // The segmenter costs 30 ms (node-rs) to 0.7 s (nodejieba) to load: do it now, not on the writer's first keystroke.
    setImmediate(() => {
      try {
        warmUpSegmenter();
      } catch (error) {
        log(error);
      }
    });
  });

  function settingsFor(uri: string): Promise<ClientSettings> {
    const trusted = (s: ClientSettings): ClientSettings => (initSettings.untrusted ? { ...s, untrusted: true } : s);
    if (!canPullConfiguration) return Promise.resolve(trusted(pushedSettings ?? initSettings));
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'huibao' })
        .then((raw: unknown) => trusted(normalizeSettings(raw, initSettings)))
        .catch((error: unknown) => {
          log(error);
          return trusted(initSettings);
        });
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  function reportConfigProblems(loaded: LoadedConfig): void {
    const path = loaded.configPath;
    if (!path) return;
    const signature = loaded.problems.join('\n');
    if (configProblems.get(path) === signature) return;
    configProblems.set(path, signature);
    const diagnostic = configDiagnostic(loaded, locale);
    connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: diagnostic ? [diagnostic] : [] });
    if (diagnostic && !shownMessages.has(`${path}\n${signature}`)) {
      shownMessages.add(`${path}\n${signature}`);
      // A notification, not showMessageRequest: nothing waits on the writer's answer.
      connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `${t(locale, 'badConfig', { path })}\n${diagnostic.message}` });
    }
  }

  function configFor(uri: string, settings: ClientSettings): LoadedConfig {
    if (settings.untrusted) return builtinDefaults;
    let loaded = builtinDefaults;
    if (settings.configPath) {
      const path = isAbsolute(settings.configPath) || !workspaceRoot ? settings.configPath : resolve(workspaceRoot, settings.configPath);
      loaded = configs.explicit(path);
    } else {
      const path = filePathOf(uri);
      if (path) loaded = configs.forFile(path);
    }
    reportConfigProblems(loaded);
    return loaded;
  }

  function analysisOf(document: TextDocument, settings: ClientSettings): Analysis {
    const loaded = configFor(document.uri, settings);
    const key = [configGeneration, loaded.configPath, settings.mode, JSON.stringify(settings.rules)].join('|');
    const cached = analyses.get(document.uri);
    if (cached && cached.version === document.version && cached.key === key) return cached;
    const analysis = analyze(
      {
        text: document.getText(),
        version: document.version,
        format: isMarkdown(document) ? 'markdown' : 'text',
        path: filePathOf(document.uri),
        // A config with problems is ignored whole: built-in defaults, as the message says.
        config: loaded.problems.length > 0 ? {} : loaded.config,
        mode: settings.mode,
        locale,
        ruleOverrides: settings.rules,
      },
      key,
    );
    analyses.set(document.uri, analysis);
    return analysis;
  }

  /**
   * Whether Huibao checks this document under the settings: never, always, or
   * (auto) when core says it looks like a report: mostly Han text, a 一、 or
   * （一） marker, or a config file up its folder chain. Untitled documents
   * have no folder, and untrusted workspaces no config: only the text decides.
   */
  function isChecked(document: TextDocument, settings: ClientSettings): boolean {
    if (settings.enable === 'never' || !isReport(document)) return false;
    if (settings.enable === 'always') return true;
    const path = settings.untrusted ? undefined : filePathOf(document.uri);
    const configFound = path !== undefined && configs.forFile(path).configPath !== null;
    return looksLikeReport(document.getText(), { configFound });
  }

  /** The analysis of a document's current version, or null when it is not a report or Huibao is off. */
  async function currentAnalysis(uri: string): Promise<{ document: TextDocument; analysis: Analysis } | null> {
    const document = documents.get(uri);
    if (!document || !isReport(document)) return null;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || !isChecked(current, settings) || isTooLarge(current)) return null;
    return { document: current, analysis: analysisOf(current, settings) };
  }

  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    // A newer version arrived while the settings were on their way: its own lint will publish.
    if (!current || current.version !== version) return;
    if (!isChecked(current, settings)) {
      analyses.delete(uri);
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    if (isTooLarge(current)) {
      analyses.delete(uri);
      connection.sendDiagnostics({ uri, version, diagnostics: [tooLargeDiagnostic(current, locale)] });
      return;
    }
    const started = performance.now();
    const analysis = analysisOf(current, settings);
    lintCost.set(uri, performance.now() - started);
    const diagnostics = analysis.result.diagnostics.map((d) => toLspDiagnostic(d, uri, version, analysis.mode, analysis.locale));
    connection.sendDiagnostics({ uri, version, diagnostics });
  }

  const validateSafely = (uri: string) => validate(uri).catch(log);

  function schedule(uri: string): void {
    clearTimeout(timers.get(uri));
    // Lint runs on the event loop; for a report that takes longer to lint than
    // the debounce, wait as long as the last lint took so typing stays fluid.
    // (A debounce of 0, as benchmarks set it, measures the raw cost instead.)
    const delay = debounceMs === 0 ? 0 : Math.max(debounceMs, Math.min(lintCost.get(uri) ?? 0, 2_000));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void validateSafely(uri);
      }, delay),
    );
  }

  function revalidateAll(): void {
    for (const document of documents.all()) void validateSafely(document.uri);
  }

  documents.onDidOpen(({ document }) => {
    justOpened.add(document.uri);
    void validateSafely(document.uri);
  });

  documents.onDidChangeContent(({ document }) => {
    // TextDocuments reports an open as a change as well; onDidOpen handled it.
    if (justOpened.delete(document.uri)) return;
    settingsFor(document.uri)
      .then((settings) => {
        if (settings.run === 'onType') schedule(document.uri);
      })
      .catch(log);
  });

  documents.onDidSave(({ document }) => {
    settingsFor(document.uri)
      .then((settings) => {
        if (settings.run === 'onSave') return validateSafely(document.uri);
      })
      .catch(log);
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    lintCost.delete(document.uri);
    justOpened.delete(document.uri);
    analyses.delete(document.uri);
    settingsCache.delete(document.uri);
    connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    settingsCache.clear();
    if (!canPullConfiguration) {
      const pushed = (params?.settings as { huibao?: unknown } | null | undefined)?.huibao;
      pushedSettings = normalizeSettings(pushed, initSettings);
    }
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    if (!changes.some((change) => typeof change?.uri === 'string' && isConfigFileName(filePathOf(change.uri) ?? change.uri))) return;
    configs.clear();
    configGeneration++;
    // Clear old config diagnostics; the next lints publish the ones still true.
    for (const path of configProblems.keys()) connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics: [] });
    configProblems.clear();
    revalidateAll();
  });

  connection.onCodeAction(
    guard([], async (params) => {
      const found = await currentAnalysis(params.textDocument.uri);
      if (!found) return [];
      return codeActions(params, { ...found, markdown: isMarkdown(found.document), locale });
    }),
  );

  connection.onDocumentSymbol(
    guard(null, async (params) => {
      const found = await currentAnalysis(params.textDocument.uri);
      return found ? documentSymbols(found.analysis.outline, locale) : null;
    }),
  );

  connection.onHover(
    guard(null, async (params) => {
      const found = await currentAnalysis(params.textDocument.uri);
      if (!found) return null;
      return hoverAt(found.analysis, found.document.offsetAt(params.position), locale);
    }),
  );

  connection.onRequest(
    PlaceholdersRequest,
    guard(null, async (params) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      const found = await currentAnalysis(uri);
      if (!found) return null;
      return { uri, version: found.document.version, placeholders: listPlaceholders(found.analysis.outline) };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
