export { startServer, SERVER_NAME, SERVER_VERSION, type InitializationOptions } from './server.js';
export { PlaceholdersRequest, type PlaceholdersParams, type PlaceholdersResult, type PlaceholderItem } from './placeholders.js';
export { FIX_ALL_KIND } from './code-actions.js';
export type { HuibaoDiagnosticData, LspFix } from './convert.js';
export type { ClientSettings } from './settings.js';
