import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { ChildProcess } from 'node:child_process';

export interface Published {
  uri: string;
  version?: number;
  diagnostics: any[];
  at: number;
}
export interface Client {
  connection: ProtocolConnection;
  child: ChildProcess;
  init: any;
  published: Published[];
  messages: Array<{ type: number; message: string }>;
  registrations: Array<{ id: string; method: string; registerOptions?: any }>;
  logs: Array<{ type: number; message: string }>;
  exited: Promise<{ code: number | null; signal: string | null }>;
  waitForDiagnostics(uri: string, accept?: (p: Published) => boolean, options?: { from?: number; timeout?: number }): Promise<Published>;
  stop(): Promise<{ code: number | null; signal: string | null }>;
  stderr(): string;
}
export declare const repoRoot: string;
export declare const serverBin: string;
export declare function uriOf(path: string): string;
export declare function startClient(options?: {
  settings?: Record<string, unknown> | null;
  initializationOptions?: Record<string, unknown>;
  locale?: string;
  rootPath?: string;
  dynamicWatchers?: boolean;
}): Promise<Client>;
