/**
 * Units and multipliers (src/data/units.json plus the config's extra units),
 * matched by the longest entry that starts at an offset: 个百分点 before 个,
 * 千瓦时 before 千瓦, 人次 before 人.
 */
import type { UnitEntry } from '../model/config.js';
import type { UnitsFile } from '../model/wordlists.js';
import unitsFile from '../data/units.json' with { type: 'json' };

const builtin = unitsFile as UnitsFile;

export interface UnitMatch {
  unit: string;
  dimension: string;
  factor: number;
  end: number;
}

export interface MultiplierMatch {
  prefix: string;
  factor: number;
  end: number;
}

/**
 * Longest-match tables. Entries are grouped by their first code unit, longest
 * first, so a lookup compares in place (startsWith) the few entries that can
 * start there: figures are looked up several times each, and slicing every
 * candidate length made a string per try.
 */
export class UnitTable {
  private readonly unitsByFirst: ReadonlyMap<number, readonly UnitEntry[]>;
  private readonly multipliersByFirst: ReadonlyMap<number, ReadonlyArray<{ prefix: string; factor: number }>>;

  constructor(extra: readonly UnitEntry[] = []) {
    // A later entry of the same unit (the config's) replaces the built-in one.
    const units = new Map<string, UnitEntry>();
    for (const entry of [...builtin.units, ...extra]) units.set(entry.unit, entry);
    this.unitsByFirst = groupByFirst([...units.values()], (entry) => entry.unit);
    this.multipliersByFirst = groupByFirst(builtin.multipliers, (entry) => entry.prefix);
  }

  unitAt(text: string, at: number): UnitMatch | null {
    const candidates = this.unitsByFirst.get(text.charCodeAt(at));
    if (!candidates) return null;
    for (const entry of candidates) {
      const { unit } = entry;
      if (!text.startsWith(unit, at)) continue;
      const end = at + unit.length;
      // m, km, M: only a whole Latin word is a unit (5G, PM2.5 are not figures).
      if (isLatin(unit.charCodeAt(unit.length - 1)) && isLatin(text.charCodeAt(end))) continue;
      return { unit, dimension: entry.dimension ?? unit, factor: entry.factor ?? 1, end };
    }
    return null;
  }

  multiplierAt(text: string, at: number): MultiplierMatch | null {
    const candidates = this.multipliersByFirst.get(text.charCodeAt(at));
    if (!candidates) return null;
    for (const { prefix, factor } of candidates) {
      if (text.startsWith(prefix, at)) return { prefix, factor, end: at + prefix.length };
    }
    return null;
  }
}

let builtinTable: UnitTable | undefined;

/** The table for these extra units; without any, one table shared by every parse. */
export function unitTableFor(extra: readonly UnitEntry[]): UnitTable {
  if (extra.length > 0) return new UnitTable(extra);
  return (builtinTable ??= new UnitTable());
}

/** Entries by the code unit they start with, longest first within each group. */
function groupByFirst<T>(entries: readonly T[], key: (entry: T) => string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const entry of entries) {
    const text = key(entry);
    if (text.length === 0) continue;
    const first = text.charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(entry);
    else groups.set(first, [entry]);
  }
  for (const group of groups.values()) group.sort((a, b) => key(b).length - key(a).length);
  return groups;
}

export function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
