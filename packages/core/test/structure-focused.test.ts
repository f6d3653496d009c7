/**
 * Small focused reports, one per marker form (fixtures/reports/markers), each
 * with its expected section tree beside it.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Section } from '../src/index.js';
import { listFixtures, readFixture } from './helpers.js';

interface ExpectedSection {
  marker: string;
  style: string;
  level: number;
  ordinal: number;
  title: string;
  line: number;
  lead?: string;
  children: ExpectedSection[];
}

function shape(section: Section, withLead: boolean): ExpectedSection {
  const out: ExpectedSection = {
    marker: section.marker,
    style: section.markerStyle,
    level: section.level,
    ordinal: section.ordinal,
    title: section.title,
    line: section.range.start.line,
    children: section.children.map((c) => shape(c, withLead)),
  };
  if (withLead && section.lead) out.lead = section.lead.text;
  return out;
}

const inputs = listFixtures('reports', 'markers').filter((f) => /\.(txt|md)$/.test(f));

describe('focused marker fixtures', () => {
  it.each(inputs)('%s has its expected section tree', (name) => {
    const source = readFixture('reports', 'markers', name);
    const expected = JSON.parse(readFixture('reports', 'markers', name.replace(/\.(txt|md)$/, '.expected.json'))) as {
      title?: string;
      sections: ExpectedSection[];
    };
    const outline = parseReport(source, { path: name });
    const withLead = expected.sections.some(function hasLead(s): boolean {
      return s.lead !== undefined || s.children.some(hasLead);
    });
    expect(outline.sections.map((s) => shape(s, withLead))).toEqual(expected.sections);
    if (expected.title !== undefined) expect(outline.title?.text).toBe(expected.title);
    for (const section of outline.sections.flatMap(function all(s): Section[] {
      return [s, ...s.children.flatMap(all)];
    })) {
      expect(source.slice(section.markerRange.start.offset, section.markerRange.end.offset)).toBe(section.marker);
      expect(source.slice(section.titleRange.start.offset, section.titleRange.end.offset)).toBe(section.title);
    }
  });
});
