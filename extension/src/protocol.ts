/**
 * The custom requests the Huibao language server answers beyond LSP.
 * Kept free of `vscode` imports so the pure helpers can be unit-tested in Node.
 */

/** LSP position: 0-based line, UTF-16 character. */
export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** One unfilled `*` as the server reports it (from core's outline.placeholders). */
export interface PlaceholderInfo {
  range: LspRange;
  mark: string;
  kind: 'number' | 'name' | 'date' | 'other';
  unit: string | null;
  /** The sentence that holds the placeholder. */
  context: string;
}

export interface PlaceholdersParams {
  textDocument: { uri: string };
}

export interface PlaceholdersResult {
  uri: string;
  /** The document version the ranges belong to. */
  version: number;
  placeholders: PlaceholderInfo[];
}

export const placeholdersRequest = 'huibao/placeholders';

/** Options the client hands the server at start-up. */
export interface InitializationOptions {
  /** An untrusted workspace: lint with built-in defaults, never load workspace config. */
  untrusted: boolean;
}
