#!/usr/bin/env node
/** The `huibao` executable. */
import { main } from './cli.js';

process.exitCode = await main(process.argv);
