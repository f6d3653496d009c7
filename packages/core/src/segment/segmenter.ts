/**
 * Chinese word segmentation behind a small interface, with two backends that
 * load the same trimmed dictionary and user words:
 *  - @node-rs/jieba (jieba-rs; the default): prebuilt N-API binaries from the
 *    registry, so it installs without a compiler on every desktop platform;
 *    ~30 ms and ~15 MB to load (bench/results.md, "Segmenter");
 *  - nodejieba (cppjieba): a native addon compiled from source at install
 *    (node-gyp, a C++ toolchain), hence an optional dependency: ~0.15-0.9 s and
 *    ~75 MB to load. Still supported, and the labelled evaluation runs with it.
 * The two cut unknown words with different HMMs; data/jieba/user.utf8 holds the
 * words that made them disagree on the fixtures, mutations and corpus (我镇
 * with a weight of its own: at the median weight cppjieba's HMM still joins 我镇以).
 * Either is loaded once, lazily, and only the spans that need words (the clause
 * before a figure, a sentence compared for duplicates) are cut. Both ship native
 * binaries, so they are required, never bundled, and nodejieba only when selected.
 *
 * The backend is process-wide: `selectSegmenter` (config `segmenter`, the CLI's
 * `--segmenter`) chooses it, HUIBAO_SEGMENTER sets the default, else node-rs.
 */
import { existsSync, readFileSync } from 'node:fs';
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

export const SEGMENTER_BACKENDS = ['nodejieba', 'node-rs'] as const;
export type SegmenterBackend = (typeof SEGMENTER_BACKENDS)[number];
export const DEFAULT_SEGMENTER_BACKEND: SegmenterBackend = 'node-rs';

export function isSegmenterBackend(value: unknown): value is SegmenterBackend {
  return typeof value === 'string' && (SEGMENTER_BACKENDS as readonly string[]).includes(value);
}

interface NodejiebaModule {
  load(dicts: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  /** The second argument is useHMM (nodejieba's .d.ts calls it `strict`). */
  cut(text: string, useHMM?: boolean): string[];
  tag(text: string): TaggedWord[];
}

/** What core uses of @node-rs/jieba's Jieba class (index.d.ts). */
interface NodeRsJieba {
  loadDict(dict: Uint8Array): void;
  cut(sentence: string, hmm?: boolean): string[];
  tag(sentence: string, hmm?: boolean): TaggedWord[];
}
interface NodeRsModule {
  Jieba: { withDict(dict: Uint8Array): NodeRsJieba };
}

let dictDirOverride: string | undefined;
let selected: SegmenterBackend | undefined;
const loaded = new Map<SegmenterBackend, Segmenter>();

/** Where the trimmed dictionary lives; bundlers (the VS Code extension) set it explicitly. */
export function configureSegmenter(options: { dictDir?: string }): void {
  dictDirOverride = options.dictDir;
}

/**
 * Chooses the backend for this process; undefined goes back to the default
 * (HUIBAO_SEGMENTER, else node-rs). What was read from the other backend's
 * words is forgotten, so that no answer mixes the two.
 */
export function selectSegmenter(backend: SegmenterBackend | undefined): void {
  const before = currentSegmenterBackend();
  selected = backend;
  if (currentSegmenterBackend() !== before) clearSegmenterMemo();
}

/** The backend jiebaSegmenter uses now. */
export function currentSegmenterBackend(): SegmenterBackend {
  if (selected) return selected;
  const fromEnv = process.env.HUIBAO_SEGMENTER;
  if (fromEnv === undefined || fromEnv === '') return DEFAULT_SEGMENTER_BACKEND;
  if (!isSegmenterBackend(fromEnv)) throw new Error(`HUIBAO_SEGMENTER=${fromEnv}: must be one of ${SEGMENTER_BACKENDS.join(', ')}`);
  return fromEnv;
}

/** The one lookup both backends use: configureSegmenter, then HUIBAO_JIEBA_DIR, then data/jieba. */
function dictDir(): string {
  if (dictDirOverride) return dictDirOverride;
  if (process.env.HUIBAO_JIEBA_DIR) return process.env.HUIBAO_JIEBA_DIR;
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/segment → ../../data/jieba, and src/segment when run from source by vitest.
  return join(here, '../../data/jieba');
}

function loadBackend(backend: SegmenterBackend): Segmenter {
  let segmenter = loaded.get(backend);
  if (!segmenter) {
    try {
      segmenter = backend === 'node-rs' ? loadNodeRs(dictDir()) : loadNodejieba(dictDir());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.startsWith(`segmenter ${backend}:`)) throw error;
      // Installed but not loadable: nodejieba's package stays when its native build
      // fails, and only its first call says so, in a paragraph. One line instead.
      const sentence = /^[^\n]*?\.(?=\s|$)/.exec(message)?.[0] ?? message.split('\n')[0];
      throw new Error(`segmenter ${backend}: could not be loaded (${sentence}); ${BACKEND_HINT[backend]}.`);
    }
    loaded.set(backend, segmenter);
  }
  return segmenter;
}

/** What to do about a backend that cannot be used, for the one-line error. */
const BACKEND_HINT: Record<SegmenterBackend, string> = {
  nodejieba:
    'it is an optional dependency compiled at install (node-gyp, a C++ toolchain); install or rebuild it (npm rebuild nodejieba), or use the default segmenter node-rs',
  'node-rs': "reinstall huibao so that @node-rs/jieba's prebuilt binary for this platform is installed, or select the segmenter nodejieba",
};

/**
 * Requires a backend's package; "not installed" becomes one line that names
 * the backend: nodejieba is optional, and its native build may have failed or
 * been skipped at install, which should read as a choice to make, not a bug.
 */
function requireBackend<T>(backend: SegmenterBackend, name: string): { module: T; path: string } {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve(name);
  } catch {
    throw new Error(`segmenter ${backend}: ${name} is not installed; ${BACKEND_HINT[backend]}.`);
  }
  return { module: require(path) as T, path };
}

function loadNodejieba(dir: string): Segmenter {
  const { module: jieba, path } = requireBackend<NodejiebaModule>('nodejieba', 'nodejieba');
  const fullDir = join(dirname(path), 'submodules/cppjieba/dict');
  const trimmed = join(dir, 'dict.utf8');
  jieba.load({
    dict: existsSync(trimmed) ? trimmed : join(fullDir, 'jieba.dict.utf8'),
    hmmDict: existsSync(join(dir, 'hmm_model.utf8')) ? join(dir, 'hmm_model.utf8') : join(fullDir, 'hmm_model.utf8'),
    userDict: join(dir, 'user.utf8'),
    // Keyword extraction is never used: load one-line stand-ins instead of 6 MB of IDF.
    idfDict: join(dir, 'idf.utf8'),
    stopWordDict: join(dir, 'stop.utf8'),
  });
  return { tag: (text) => jieba.tag(text), cut: (text) => jieba.cut(text, true) };
}

function loadNodeRs(dir: string): Segmenter {
  const require = createRequire(import.meta.url);
  const { Jieba } = requireBackend<NodeRsModule>('node-rs', '@node-rs/jieba').module;
  const trimmed = join(dir, 'dict.utf8');
  // The package's own dictionary (jieba's full one) when the trimmed one was not built.
  const dict = existsSync(trimmed) ? readFileSync(trimmed) : (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  const jieba = Jieba.withDict(dict);
  const user = join(dir, 'user.utf8');
  if (existsSync(user)) jieba.loadDict(Buffer.from(userWordsWithFrequency(readFileSync(user, 'utf8'), medianFrequency(dict)), 'utf8'));
  // HMM on, as cppjieba's tagger and nodejieba's cut(text, true) have it.
  return { tag: (text) => jieba.tag(text, true), cut: (text) => jieba.cut(text, true) };
}

/**
 * cppjieba gives a user word written without a frequency ("拆违 v") the
 * median weight of the dictionary; jieba-rs rejects such a line. Write the
 * median in, so both backends weigh user words alike.
 */
export function userWordsWithFrequency(userDict: string, frequency: number): string {
  const lines: string[] = [];
  for (const line of userDict.split(/\r?\n/)) {
    const [word, second, third] = line.trim().split(/\s+/);
    if (!word) continue;
    if (second === undefined) lines.push(`${word} ${frequency}`);
    else if (/^\d+$/.test(second)) lines.push(third ? `${word} ${second} ${third}` : `${word} ${second}`);
    else lines.push(`${word} ${frequency} ${second}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The dictionary's median frequency: cppjieba's default weight of user words,
 * the middle of the sorted weights. Read from the bytes (a line is "word freq
 * tag"), because splitting 100,000 lines into strings took longer than
 * jieba-rs takes to load them.
 */
export function medianFrequency(dict: Uint8Array): number {
  const SPACE = 0x20;
  const NEWLINE = 0x0a;
  const frequencies = new Uint32Array(dict.length >> 2);
  let count = 0;
  let i = 0;
  while (i < dict.length) {
    while (i < dict.length && dict[i] !== SPACE && dict[i] !== NEWLINE) i++;
    let frequency = 0;
    let digits = 0;
    if (dict[i] === SPACE) {
      for (i++; i < dict.length && dict[i]! >= 0x30 && dict[i]! <= 0x39; i++, digits++) frequency = frequency * 10 + dict[i]! - 0x30;
    }
    if (digits > 0 && frequency > 0) frequencies[count++] = frequency;
    while (i < dict.length && dict[i] !== NEWLINE) i++;
    i++;
  }
  const sorted = frequencies.subarray(0, count).sort();
  return count ? sorted[count >> 1]! : 1;
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

/** The process-wide segmenter: the selected backend, loaded on first use. */
export const jiebaSegmenter: Segmenter = {
  tag(text) {
    if (text.length === 0) return [];
    return loadBackend(currentSegmenterBackend()).tag(text);
  },
  cut(text) {
    if (text.length === 0) return [];
    return loadBackend(currentSegmenterBackend()).cut(text);
  },
};

/** Forgets remembered segmentations and what was read from them (benchmarks measure a first parse with it). */
export function clearSegmenterMemo(): void {
  for (const memo of memos) memo.clear();
}

/** Loads the selected backend's dictionaries now (the language server calls this at start-up). */
export function warmUpSegmenter(): void {
  loadBackend(currentSegmenterBackend());
}

export function isSegmenterLoaded(): boolean {
  return loaded.has(currentSegmenterBackend());
}
