#!/usr/bin/env node
/**
 * `huibao-language-server --stdio` (or --node-ipc, --socket=N, --pipe=NAME):
 * the transport comes from the command line, the server from server.ts.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_VERSION, startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version')) {
  process.stdout.write(`${SERVER_VERSION}\n`);
} else if (!args.some((a) => /^--(?:stdio|node-ipc|socket|pipe)\b/.test(a))) {
  process.stderr.write('usage: huibao-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n');
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
