/**
 * Entry of the bundled language server (dist/server.js), started by the
 * client over Node IPC. The server and @huibao/core are bundled into one file;
 * the segmenter, @node-rs/jieba, is not (a native addon), so it ships beside the
 * bundle in dist/node_modules/@node-rs (loader and linux-x64-gnu binary) and
 * the trimmed dictionary and user words in dist/jieba.
 */
import { join } from 'node:path';
import { configureSegmenter } from '@huibao/core';
import { startServer } from '@huibao/language-server/dist/server.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

// Must run before the first lint: the bundle cannot find core's data folder by itself.
configureSegmenter({ dictDir: join(__dirname, 'jieba') });
// createConnection reads the transport (--node-ipc) from the command line the client passes.
startServer(createConnection(ProposedFeatures.all));
