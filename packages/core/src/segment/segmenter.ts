/**
 * Chinese word segmentation behind a small interface.
 *
 * nodejieba is a native addon that costs ~0.7 s and ~80 MB to load even with the
 * trimmed dictionary, so it is loaded once, lazily, and only the spans that need
 * words (the clause before a figure, a sentence compared for duplicates) are cut.
 * It leaks globals and ships a native binary, so it is required, never bundled.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TaggedWord {
  word: string;
  /** jieba's POS tag: n noun, v verb, m numeral, q measure word, x punctuation… */
  tag: string;
}

export interface Segmenter {
  /** Words with part-of-speech tags. */
  tag(text: string): TaggedWord[];
  /** Words only. */
  cut(text: string): string[];
}

interface NodejiebaModule {
  load(dicts: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  /** The second argument is useHMM (nodejieba's .d.ts calls it `strict`). */
  cut(text: string, useHMM?: boolean): string[];
  tag(text: string): TaggedWord[];
}

let dictDirOverride: string | undefined;
let loaded: NodejiebaModule | undefined;

/** Where the trimmed dictionary lives; bundlers (the VS Code extension) set it explicitly. */
export function configureSegmenter(options: { dictDir?: string }): void {
  dictDirOverride = options.dictDir;
}

function defaultDictDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/segment → ../../data/jieba, and src/segment when run from source by vitest.
  return join(here, '../../data/jieba');
}

function loadNodejieba(): NodejiebaModule {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba') as NodejiebaModule;
  const dir = dictDirOverride ?? process.env.HUIBAO_JIEBA_DIR ?? defaultDictDir();
  const fullDir = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
  const trimmed = join(dir, 'dict.utf8');
  jieba.load({
    dict: existsSync(trimmed) ? trimmed : join(fullDir, 'jieba.dict.utf8'),
    hmmDict: existsSync(join(dir, 'hmm_model.utf8')) ? join(dir, 'hmm_model.utf8') : join(fullDir, 'hmm_model.utf8'),
    userDict: join(dir, 'user.utf8'),
    // Keyword extraction is never used: load one-line stand-ins instead of 6 MB of IDF.
    idfDict: join(dir, 'idf.utf8'),
    stopWordDict: join(dir, 'stop.utf8'),
  });
  loaded = jieba;
  return jieba;
}

/**
 * Memos of what core reads from jiebaSegmenter's answers (the parser's
 * clause readings, duplicate-sentence's cut sentences), emptied together.
 * The segmenter itself remembers nothing: what is kept is the reading,
 * a few objects, not the words, a dozen.
 */
const memos: Array<{ clear(): void }> = [];

/** A memo of answers derived from jiebaSegmenter, emptied with the segmenter's own by clearSegmenterMemo. */
export function registerSegmenterMemo(memo: { clear(): void }): void {
  memos.push(memo);
}

/** The process-wide segmenter. Loads nodejieba on first use. */
export const jiebaSegmenter: Segmenter = {
  tag(text) {
    if (text.length === 0) return [];
    return loadNodejieba().tag(text);
  },
  cut(text) {
    if (text.length === 0) return [];
    return loadNodejieba().cut(text, true);
  },
};

/** Forgets remembered segmentations and what was read from them (benchmarks measure a first parse with it). */
export function clearSegmenterMemo(): void {
  for (const memo of memos) memo.clear();
}

/** Loads the dictionaries now (the language server calls this at start-up). */
export function warmUpSegmenter(): void {
  loadNodejieba();
}

export function isSegmenterLoaded(): boolean {
  return loaded !== undefined;
}
