#!/usr/bin/env node
/** The `huibao` executable (bundled by scripts/build.mjs). */

// Stack traces (printed with HUIBAO_DEBUG) name the TypeScript sources through the
// bundle's source maps. Maps are read as modules load, so this comes before the
// imports below; a plain run does not pay for reading them.
if (process.env.HUIBAO_DEBUG) process.setSourceMapsEnabled(true);

const { useCoreDictionary } = await import('./dictionary.js');
useCoreDictionary();
const { main } = await import('./cli.js');
process.exitCode = await main(process.argv);
