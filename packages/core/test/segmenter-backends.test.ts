/**
 * The @node-rs/jieba backend loads the trimmed dictionary and the user words,
 * tags as nodejieba does on plain report prose, and reads the seed into the
 * same outline. Differences on unknown words are listed by bench/segmenters.mjs.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { currentSegmenterBackend, isSegmenterLoaded, jiebaSegmenter, parseReport, selectSegmenter, validateConfig } from '../src/index.js';
import { medianFrequency, userWordsWithFrequency } from '../src/segment/segmenter.js';

const seed = readFileSync(new URL('../../../fixtures/reports/seed.txt', import.meta.url), 'utf8');

describe('segmenter backends', () => {
  afterAll(() => selectSegmenter(undefined));

  it('node-rs loads and tags a report clause with the trimmed dictionary', () => {
    selectSegmenter('node-rs');
    expect(currentSegmenterBackend()).toBe('node-rs');
    expect(jiebaSegmenter.tag('全镇共排查企业12家')).toEqual([
      { word: '全镇', tag: 'n' },
      { word: '共', tag: 'd' },
      { word: '排查', tag: 'vn' },
      { word: '企业', tag: 'n' },
      { word: '12', tag: 'm' },
      { word: '家', tag: 'q' },
    ]);
    expect(isSegmenterLoaded()).toBe(true);
    // A user word (data/jieba/user.utf8) is one word.
    expect(jiebaSegmenter.cut('开展拆违行动')).toContain('拆违');
  });

  it('parses the seed into the same section tree with both backends', () => {
    selectSegmenter('nodejieba');
    const withNodejieba = parseReport(seed).sections;
    selectSegmenter('node-rs');
    const withNodeRs = parseReport(seed).sections;
    expect(withNodeRs.length).toBeGreaterThan(0);
    expect(withNodeRs).toEqual(withNodejieba);
  });

  it('gives user words without a frequency the median, as cppjieba does', () => {
    expect(userWordsWithFrequency('拆违 v\n经营户\n\n违建 5 n\r\n', 49)).toBe('拆违 49 v\n经营户 49\n违建 5 n\n');
    expect(medianFrequency(Buffer.from('甲 5 n\n乙 1 n\n丙 9\n丁\n', 'utf8'))).toBe(5);
    const dict = readFileSync(new URL('../data/jieba/dict.utf8', import.meta.url));
    const frequencies = dict.toString('utf8').split('\n').map((line) => Number(line.split(' ')[1])).filter((n) => n > 0).sort((a, b) => a - b);
    expect(medianFrequency(dict)).toBe(frequencies[frequencies.length >> 1]);
  });

  it('accepts segmenter in the config and names the choices otherwise', () => {
    expect(validateConfig({ segmenter: 'node-rs' }).problems).toEqual([]);
    expect(validateConfig({ segmenter: 'jieba' }).problems.map((p) => p.message)).toEqual(['segmenter must be one of nodejieba, node-rs']);
  });
});
