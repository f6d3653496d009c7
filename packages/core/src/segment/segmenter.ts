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
 * The last answers of the segmenter, by text. Reports repeat their short
 * clauses (比上年增长, 其中, 同比增长): a quarter to two fifths of the texts cut
 * in one real report were cut before in it, half of them in a batch of
 * bulletins, and nearly all when the language server parses the document
 * again after a keystroke. A native call costs microseconds; a lookup does
 * not. Bounded: the oldest half is dropped when full. Answers are shared, so
 * callers must not change the arrays they get.
 */
class SegmentMemo<T> {
  private readonly answers = new Map<string, T>();

  constructor(
    private readonly limit: number,
    private readonly maxText: number,
  ) {}

  get(text: string, compute: (text: string) => T): T {
    // A long text seldom repeats and its answer is big: a 1 MB line must not stay in memory.
    if (text.length > this.maxText) return compute(text);
    const known = this.answers.get(text);
    if (known !== undefined) return known;
    const answer = compute(text);
    if (this.answers.size >= this.limit) this.dropOldestHalf();
    this.answers.set(text, answer);
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }

  private dropOldestHalf(): void {
    let toDrop = this.answers.size >> 1;
    for (const key of this.answers.keys()) {
      if (toDrop-- <= 0) break;
      this.answers.delete(key);
    }
  }
}

/**
 * Enough for every clause of a 1 MB report even when none repeats (the bench's
 * 1 MB input sends 23,000 clauses, 1,600 of them distinct); a report is ~300.
 */
const MEMO_LIMIT = 40_000;
/**
 * Only what the parser segments is remembered: the clause before a figure
 * (at most 40 characters) and the span after a placeholder (at most 8).
 * Whole sentences, which duplicate-sentence cuts and keeps in its own cache,
 * are not held twice. At the limit the tag memo holds ~22 MB (measured on the bench's clauses).
 */
const tagMemo = new SegmentMemo<TaggedWord[]>(MEMO_LIMIT, 40);
const cutMemo = new SegmentMemo<string[]>(MEMO_LIMIT, 16);

/** The process-wide segmenter. Loads nodejieba on first use; remembers recent answers. */
export const jiebaSegmenter: Segmenter = {
  tag(text) {
    if (text.length === 0) return [];
    return tagMemo.get(text, (t) => loadNodejieba().tag(t));
  },
  cut(text) {
    if (text.length === 0) return [];
    return cutMemo.get(text, (t) => loadNodejieba().cut(t, true));
  },
};

/** Forgets remembered segmentations (benchmarks measure a first parse with it). */
export function clearSegmenterMemo(): void {
  tagMemo.clear();
  cutMemo.clear();
}

/** Loads the dictionaries now (the language server calls this at start-up). */
export function warmUpSegmenter(): void {
  loadNodejieba();
}

export function isSegmenterLoaded(): boolean {
  return loaded !== undefined;
}
