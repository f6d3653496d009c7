#!/usr/bin/env node
// The `huibao-language-server` command. A committed file (not dist/bin.js itself) so that
// pnpm links the bin at install time, before the first build has run.
import "../dist/bin.js";
