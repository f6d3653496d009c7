// Times @huibao/core on one file in a process of its own and prints the medians
// as JSON: bench/run.mjs runs it once per input, so that the other linters it
// loads and the heaps they leave do not weigh on these timings.
//
//   node bench/lib/core-probe.mjs <file> <runs> [--no-lint]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timeSideBySide } from './measure.mjs';

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg);
const withLint = !process.argv.includes('--no-lint');
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
const fromCore = createRequire(join(repoRoot, 'packages/core/package.json'));
const importFrom = (id) => import(pathToFileURL(fromCore.resolve(id)).href);

const core = await import('@huibao/core');
const { unified } = await importFrom('unified');
const { default: remarkParse } = await importFrom('remark-parse');
const remark = unified().use(remarkParse);
const text = readFileSync(file, 'utf8');
core.warmUpSegmenter();

// Each timed parse starts with the segmentation memo empty, as a first parse of
// the text would: repeats inside the text still hit it, earlier runs do not.
const firstParse = () => {
  core.clearSegmenterMemo();
  return core.parseReport(text);
};
// The same loaded segmenter (whichever backend is selected) without core's memo, which is
// kept only for jiebaSegmenter itself: what every clause costs when none repeats.
const unmemoized = {
  tag: (t) => core.jiebaSegmenter.tag(t),
  cut: (t) => core.jiebaSegmenter.cut(t),
};
// A first lint: every memo emptied, duplicate-sentence's cut cache with them.
const firstLint = () => {
  core.clearSegmenterMemo();
  return core.lint(text);
};
// Linting the same text again, as the language server does after a keystroke: every cache warm.
const relint = () => core.lint(text);

const parse = timeSideBySide({ parse: firstParse, parseNoMemo: () => core.parseReport(text, { segmenter: unmemoized }), remark: () => remark.parse(text) }, runs);
const lint = withLint ? timeSideBySide({ lint: firstLint, relint, parse: firstParse }, runs) : null;
console.log(JSON.stringify({ parse, lint }));
