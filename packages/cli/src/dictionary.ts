/**
 * Where the word-segmentation dictionaries are. @huibao/core finds its data
 * folder from its own file, but in the bundled command (scripts/build.mjs) the
 * core's code runs from huibao's dist/, so the folder is named here, from where
 * the installed @huibao/core package is. HUIBAO_JIEBA_DIR still wins, as it
 * does for the core itself.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { configureSegmenter } from '@huibao/core';

/** Call before the first lint in each thread that lints. */
export function useCoreDictionary(): void {
  const corePackage = createRequire(import.meta.url).resolve('@huibao/core/package.json');
  configureSegmenter({ dictDir: process.env.HUIBAO_JIEBA_DIR ?? join(dirname(corePackage), 'data/jieba') });
}
