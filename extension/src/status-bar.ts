/**
 * The 待填 N 处 status bar item for the active report. The count comes from
 * the server (huibao/placeholders) after each lint, so it always agrees with
 * the diagnostics; clicking it jumps to the next placeholder.
 */
import * as vscode from 'vscode';
import type { PlaceholdersResult } from './protocol.js';

type Fetch = (document: vscode.TextDocument) => Promise<PlaceholdersResult | undefined>;

export class PlaceholderStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('huibao.placeholders', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Only the answer to the latest request is shown; earlier ones are stale. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly fetch: Fetch,
    private readonly isReport: (document: vscode.TextDocument) => boolean,
  ) {
    this.item.name = vscode.l10n.t('Huibao placeholders');
    this.item.command = 'huibao.nextPlaceholder';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // The server publishes diagnostics after every lint: the moment the count can change.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
    );
  }

  /** Coalesces bursts of diagnostics events into one request. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 100);
  }

  refresh(): void {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isReport(document)) {
      this.item.hide();
      return;
    }
    this.fetch(document).then(
      (result) => {
        if (generation !== this.generation) return;
        if (!result) {
          this.item.hide();
          return;
        }
        this.show(result.placeholders.length);
      },
      () => {
        if (generation === this.generation) this.item.hide();
      },
    );
  }

  private show(count: number): void {
    this.item.text = `${count === 0 ? '$(check)' : '$(edit)'} ${vscode.l10n.t('{0} to fill', count)}`;
    this.item.tooltip =
      count === 0 ? vscode.l10n.t('No placeholders (*) left in this report.') : vscode.l10n.t('{0} placeholders (*) left in this report. Click to go to the next one.', count);
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
