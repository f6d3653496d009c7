/**
 * The custom requests the Huibao language server answers beyond LSP. The
 * types are the server's own (type-only imports: nothing of the server is
 * bundled from here), so the two sides cannot drift apart. Free of `vscode`
 * imports so the pure helpers can be unit-tested in Node.
 */
import type { PlaceholderItem } from '@huibao/language-server';

export type { PlaceholdersParams, PlaceholdersResult, InitializationOptions } from '@huibao/language-server';

/** One unfilled `*` as the server reports it (from core's outline.placeholders). */
export type PlaceholderInfo = PlaceholderItem;
/** LSP position: 0-based line, UTF-16 character. */
export type LspPosition = PlaceholderItem['range']['start'];
export type LspRange = PlaceholderItem['range'];

/** The request's method name (the server's PlaceholdersRequest.method). */
export const placeholdersRequest = 'huibao/placeholders';
