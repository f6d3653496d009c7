/**
 * Huibao for VS Code: a thin language client. Every check, fix, outline and
 * hover comes from the bundled language server (dist/server.js); this file only
 * starts it, forwards settings and adds the editor-side commands and status item.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { findContextStart, findPlaceholder, placeholdersTable, sectionPathAt, type PlaceholderRow, type TableLabels } from './placeholder-navigation.js';
import { placeholdersRequest, type InitializationOptions, type PlaceholdersParams, type PlaceholdersResult } from './protocol.js';
import { PlaceholderStatus } from './status-bar.js';

const reportLanguages = ['markdown', 'plaintext'];
const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('huibao');

let client: LanguageClient | undefined;
let status: PlaceholderStatus | undefined;

/** Report files on disk; untitled documents (such as 导出待填清单's table) are not linted. */
export function isReportDocument(document: vscode.TextDocument): boolean {
  return reportLanguages.includes(document.languageId) && document.uri.scheme === 'file';
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const initializationOptions: InitializationOptions = { untrusted: !vscode.workspace.isTrusted };
  const clientOptions: LanguageClientOptions = {
    documentSelector: reportLanguages.map((language) => ({ scheme: 'file', language })),
    initializationOptions,
    synchronize: {
      // Settings are also pulled with workspace/configuration; this push makes a change apply at once.
      configurationSection: 'huibao',
      // The server reloads config when one of these changes on disk.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.huibaorc.json,huibao.config.json,package.json}'),
    },
    outputChannelName: 'Huibao',
  };
  return new LanguageClient('huibao', 'Huibao', serverOptions, clientOptions);
}

/** huibao.enable never (or the old false) stops the server; auto and always are the server's to apply per document. */
function huibaoOn(): boolean {
  const enable = vscode.workspace.getConfiguration('huibao').get<unknown>('enable', 'auto');
  return enable !== 'never' && enable !== false;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (client || !huibaoOn()) return;
  client = createClient(context);
  await client.start();
  status?.refresh();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  status?.refresh();
  if (running) await running.stop();
}

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  await stopClient();
  await startClient(context);
}

/** Asks the server for the placeholders of one document; undefined when it cannot answer. */
export async function requestPlaceholders(document: vscode.TextDocument): Promise<PlaceholdersResult | undefined> {
  if (!client?.isRunning() || !isReportDocument(document)) return undefined;
  const params: PlaceholdersParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
  return (await client.sendRequest<PlaceholdersResult | null>(placeholdersRequest, params)) ?? undefined;
}

function activeReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isReportDocument(editor.document)) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text report first.'));
  return undefined;
}

async function goToPlaceholder(direction: 'next' | 'previous'): Promise<void> {
  const editor = activeReportEditor();
  if (!editor) return;
  const result = await requestPlaceholders(editor.document);
  const cursor = editor.selection.active;
  const target = findPlaceholder(result?.placeholders ?? [], { line: cursor.line, character: cursor.character }, direction);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No placeholders left in this report.'));
    return;
  }
  const { start, end } = target.range;
  editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function fixAll(): Promise<void> {
  const editor = activeReportEditor();
  if (!editor) return;
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value, 1)) ?? [];
  const action = actions.find((a) => a.kind && fixAllKind.contains(a.kind));
  if (!action?.edit || action.edit.size === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix automatically.'));
    return;
  }
  await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function tableLabels(): TableLabels {
  return {
    number: vscode.l10n.t('No.'),
    location: vscode.l10n.t('Line:Col'),
    section: vscode.l10n.t('Section'),
    kind: vscode.l10n.t('Kind'),
    unit: vscode.l10n.t('Unit'),
    sentence: vscode.l10n.t('Sentence (gap marked 【*】)'),
    kinds: {
      number: vscode.l10n.t('figure'),
      name: vscode.l10n.t('name'),
      date: vscode.l10n.t('date'),
      other: vscode.l10n.t('other'),
    },
  };
}

async function exportPlaceholders(): Promise<void> {
  const editor = activeReportEditor();
  if (!editor) return;
  const result = await requestPlaceholders(editor.document);
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The Huibao server is not running.'));
    return;
  }
  const report = editor.document;
  // Section paths come from the same outline the Outline view shows (the server's document symbols).
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', report.uri)) ?? [];
  const rows: PlaceholderRow[] = result.placeholders.map((p) => ({
    ...p,
    contextStart: p.range.start.line < report.lineCount ? findContextStart(report.lineAt(p.range.start.line).text, p) : null,
    sectionPath: sectionPathAt(symbols.filter((s) => 'children' in s), p.range.start),
  }));
  const name = report.uri.path.split('/').pop() ?? report.uri.toString();
  const title = vscode.l10n.t('Placeholders in {0}: {1}', name, rows.length);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: placeholdersTable(title, rows, tableLabels()) });
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  status = new PlaceholderStatus(requestPlaceholders, isReportDocument);
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('huibao.nextPlaceholder', () => goToPlaceholder('next')),
    vscode.commands.registerCommand('huibao.previousPlaceholder', () => goToPlaceholder('previous')),
    vscode.commands.registerCommand('huibao.fixAll', fixAll),
    // The server's document symbols feed the Outline view; this just brings it forward.
    vscode.commands.registerCommand('huibao.showOutline', () => vscode.commands.executeCommand('outline.focus')),
    vscode.commands.registerCommand('huibao.exportPlaceholders', exportPlaceholders),
    vscode.commands.registerCommand('huibao.restartServer', () => restartClient(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('huibao.enable')) return;
      void (huibaoOn() ? startClient(context) : stopClient());
    }),
    // Trust granted: restart so the server loads the workspace's config this time.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartClient(context)),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
