import { describe, expect, it } from 'vitest';
import { looksLikeReport, REPORT_SAMPLE_CHARS } from '../src/index.js';

const readme = '# Huibao\n\nHuibao lints *Chinese* work reports. Install it with `pnpm add huibao`.\n\n1. Open a report.\n2. Read the diagnostics.\n';

describe('looksLikeReport', () => {
  it('is false for an English README, numbered lists and all', () => {
    expect(looksLikeReport(readme)).toBe(false);
  });

  it('is true for mostly Han text', () => {
    expect(looksLikeReport('今年我们已陆续取缔非法塑料加工经营户23户，其中洗料9户。')).toBe(true);
    // Han characters against Latin letters: a few English terms do not make it English.
    expect(looksLikeReport('我们推进了 GDP 核算和 API 对接工作。')).toBe(true);
  });

  it('is true for an English text with a Chinese section marker at a line start', () => {
    expect(looksLikeReport(`${readme}\n一、Overview\n`)).toBe(true);
    expect(looksLikeReport(`${readme}\n## （一）Progress\n`)).toBe(true);
    // Not in the middle of a line.
    expect(looksLikeReport(`${readme}\nSee 一、 in the docs.\n`)).toBe(false);
  });

  it('is true whenever a config file governs the folder, and false for empty text without one', () => {
    expect(looksLikeReport(readme, { configFound: true })).toBe(true);
    expect(looksLikeReport('', { configFound: true })).toBe(true);
    expect(looksLikeReport('')).toBe(false);
    expect(looksLikeReport('   \n\n')).toBe(false);
  });

  it('reads only the start of a huge document', () => {
    const english = 'word '.repeat(REPORT_SAMPLE_CHARS / 5);
    expect(looksLikeReport(english + '中'.repeat(REPORT_SAMPLE_CHARS))).toBe(false);
  });
});
