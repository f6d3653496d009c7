// Writes data/jieba/dict.utf8: nodejieba's dictionary without its rare words.
// The full dictionary (349k words) takes ~1.5 s and ~280 MB to load; words seen
// fewer than MIN_FREQ times in jieba's corpus barely change how report prose is cut.
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MIN_FREQ = 10;
const require = createRequire(import.meta.url);
const outDir = join(dirname(fileURLToPath(import.meta.url)), '../data/jieba');
let source;
try {
  source = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
} catch {
  // nodejieba is optional (its native build may fail, or be skipped): the trimmed
  // dictionary is committed, so the build goes on with it rather than failing.
  console.log('trim-dict: nodejieba is not installed; keeping the committed data/jieba/dict.utf8');
  process.exit(0);
}
mkdirSync(outDir, { recursive: true });

const kept = [];
for await (const line of createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Infinity })) {
  const freq = Number(line.split(' ')[1]);
  if (freq >= MIN_FREQ) kept.push(line);
}
writeFileSync(join(outDir, 'dict.utf8'), kept.join('\n') + '\n');
console.log(`trim-dict: kept ${kept.length} words with frequency >= ${MIN_FREQ}`);
